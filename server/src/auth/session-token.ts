import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export interface SessionClaims {
  userId: string
  tokenVersion: number
  expiresAt: number
  nonce: string
}

/**
 * Signed session tokens: stateless, so they survive a restart and work across server processes that
 * share the secret. A password reset bumps the user's tokenVersion; logout revokes the token's nonce,
 * and the revocations are kept (`persist`) so a restart does not bring a logged-out cookie back.
 */
export class SessionTokens {
  private readonly revoked: Map<string, number>

  constructor(
    private readonly secret: Buffer,
    readonly ttlMs = 12 * 3600_000,
    revoked: Record<string, number> = {},
    private readonly persist: (revoked: Record<string, number>) => Promise<void> = async () => undefined,
  ) {
    this.revoked = new Map(Object.entries(revoked))
  }

  issue(userId: string, tokenVersion: number, now = Date.now()): string {
    const body = Buffer.from(JSON.stringify({ u: userId, v: tokenVersion, e: now + this.ttlMs, n: randomBytes(12).toString('base64url') })).toString('base64url')
    return `${body}.${this.sign(body)}`
  }

  verify(token: string, now = Date.now()): SessionClaims | null {
    const [body, sig] = token.split('.')
    if (!body || !sig) return null
    const expected = Buffer.from(this.sign(body))
    const given = Buffer.from(sig)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
    try {
      const c = JSON.parse(Buffer.from(body, 'base64url').toString()) as { u: string; v: number; e: number; n: string }
      if (typeof c.u !== 'string' || typeof c.e !== 'number' || c.e <= now || this.revoked.has(c.n)) return null
      return { userId: c.u, tokenVersion: c.v, expiresAt: c.e, nonce: c.n }
    } catch {
      return null
    }
  }

  /** Revokes one session until it would have expired; resolves once the revocation is stored. */
  async revoke(claims: SessionClaims, now = Date.now()): Promise<void> {
    this.revoked.set(claims.nonce, claims.expiresAt)
    for (const [n, exp] of this.revoked) if (exp <= now) this.revoked.delete(n)
    await this.persist(Object.fromEntries(this.revoked))
  }

  /** A logout made through another server process: refuse that session here too. */
  noteRevoked(nonce: string, expiresAt: number): void {
    this.revoked.set(nonce, expiresAt)
  }

  /**
   * The key a rating pad shows to join its counter's room (in its URL, ?key=…): without it a device
   * on the network could receive other citizens' one-off rating tokens. 96 bits, derived from the secret.
   */
  padKey(counterId: string): string {
    return this.sign(`pad:${counterId}`).slice(0, 16)
  }

  isPadKey(counterId: string, key: string): boolean {
    const expected = Buffer.from(this.padKey(counterId))
    const given = Buffer.from(key)
    return expected.length === given.length && timingSafeEqual(expected, given)
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url')
  }
}
