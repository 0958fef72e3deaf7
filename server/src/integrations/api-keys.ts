import { createHash, randomBytes } from 'node:crypto'
import { LuotError, type ApiKeyView, type ApiScope, type CreatedApiKey, type NewApiKey, type StoredApiKey } from '@luot/shared'
import type { IntegrationStore } from '../store/integration/port.js'

/** How often a key's "last used" time is written at most (every request would be a write). */
const TOUCH_EVERY_MS = 60_000

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** What the admin sees of a key: never its hash. */
export function apiKeyView(k: StoredApiKey): ApiKeyView {
  const { hash: _hash, ...view } = k
  return view
}

/**
 * API keys for integrations (the province's one-stop software). A key is 32 random bytes, shown once
 * as `luot_<base64url>`; only its SHA-256 is stored, so a copied data directory or database leaks no
 * usable key. A revoked key stops working at once, in every process (each request looks it up).
 */
export class ApiKeys {
  private readonly touched = new Map<string, number>()

  constructor(
    private readonly store: IntegrationStore,
    private readonly clock: () => Date,
  ) {}

  async list(): Promise<ApiKeyView[]> {
    return (await this.store.keys()).map(apiKeyView).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  }

  async create(input: NewApiKey): Promise<CreatedApiKey> {
    const secret = `luot_${randomBytes(32).toString('base64url')}`
    const key: StoredApiKey = { id: `k-${randomBytes(6).toString('hex')}`, name: input.name, scopes: input.scopes, prefix: secret.slice(0, 12), hash: sha256(secret), createdAt: this.clock().toISOString() }
    await this.store.putKey(key)
    return { key: apiKeyView(key), secret }
  }

  async revoke(id: string): Promise<ApiKeyView> {
    const key = (await this.store.keys()).find((k) => k.id === id)
    if (!key) throw new LuotError('NOT_FOUND', 'no API key has this id')
    if (key.revokedAt) return apiKeyView(key)
    const revoked = { ...key, revokedAt: this.clock().toISOString() }
    await this.store.putKey(revoked)
    return apiKeyView(revoked)
  }

  /** The key a bearer token is, if active and holding `scope`: 401 API_KEY_INVALID otherwise, 403 without the scope. */
  async verify(secret: string, scope: ApiScope): Promise<StoredApiKey> {
    const key = secret.startsWith('luot_') ? await this.store.keyByHash(sha256(secret)) : undefined
    if (!key || key.revokedAt) throw new LuotError('API_KEY_INVALID')
    if (!key.scopes.includes(scope)) throw new LuotError('FORBIDDEN', `the key lacks the "${scope}" scope`)
    const now = this.clock()
    if (now.getTime() - (this.touched.get(key.id) ?? 0) >= TOUCH_EVERY_MS) {
      this.touched.set(key.id, now.getTime())
      await this.store.touchKey(key.id, now.toISOString())
    }
    return key
  }
}
