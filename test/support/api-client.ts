/** A small HTTP client for tests: keeps the session cookie like a browser would. */
export class ApiClient {
  cookie = ''
  constructor(readonly base: string) {}

  async request<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: { ok: boolean; data: T; error: { code: string } } }> {
    const res = await fetch(this.base + path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const set = res.headers.get('set-cookie')
    if (set) this.cookie = set.split(';')[0]!
    return { status: res.status, body: (await res.json()) as never }
  }

  async login(username: string, password: string): Promise<void> {
    const r = await this.request('POST', '/api/auth/login', { username, password })
    if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status}`)
  }

  get = <T = unknown>(path: string) => this.request<T>('GET', path)
  post = <T = unknown>(path: string, body: unknown = {}, headers?: Record<string, string>) => this.request<T>('POST', path, body, headers)
}
