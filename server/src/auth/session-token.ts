import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { LuotError } from '@luot/shared'
import type { RevocationStore } from './revocation-store.js'

export interface SessionClaims {
  userId: string
  /** The account generation the cookie was issued for: a later account with the same id never matches. */
  generation: string
  tokenVersion: number
  expiresAt: number
  nonce: string
}

/** The account a session is issued for. */
export interface SessionSubject {
  id: string
  generation: string
  tokenVersion: number
}

/**
 * Signed session tokens: stateless, so they survive a restart and work across server processes that
 * share the secret. A token names the user id, the account generation and the token version (a
 * password reset or a deactivation bumps it); logout revokes the token's nonce, durably.
 */
export class SessionTokens {
  private readonly revoked: Map<string, number>
  private readonly revokeListeners = new Set<() => void>()

  constructor(
    private readonly secret: Buffer,
    private readonly store: RevocationStore,
    revoked: Record<string, number>,
    readonly ttlMs = 12 * 3600_000,
  ) {
    this.revoked = new Map(Object.entries(revoked))
  }

  issue(user: SessionSubject, now = Date.now()): string {
    const body = Buffer.from(JSON.stringify({ u: user.id, g: user.generation, v: user.tokenVersion, e: now + this.ttlMs, n: randomBytes(12).toString('base64url') })).toString('base64url')
    return `${body}.${this.sign(body)}`
  }

  verify(token: string, now = Date.now()): SessionClaims | null {
    const [body, sig] = token.split('.')
    if (!body || !sig) return null
    const expected = Buffer.from(this.sign(body))
    const given = Buffer.from(sig)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
    try {
      const c = JSON.parse(Buffer.from(body, 'base64url').toString()) as { u: unknown; g: unknown; v: unknown; e: unknown; n: unknown }
      if (typeof c.u !== 'string' || typeof c.g !== 'string' || typeof c.v !== 'number' || typeof c.e !== 'number' || typeof c.n !== 'string') return null
      if (c.e <= now || this.revoked.has(c.n)) return null
      return { userId: c.u, generation: c.g, tokenVersion: c.v, expiresAt: c.e, nonce: c.n }
    } catch {
      return null
    }
  }

  /** True when the claims still name this exact account, generation and token version. */
  static matches(claims: SessionClaims, user: SessionSubject): boolean {
    return claims.userId === user.id && claims.generation === user.generation && claims.tokenVersion === user.tokenVersion
  }

  /**
   * Revokes one session until it would have expired. It ends in this process at once (and its
   * sockets are told); resolves once stored durably, rejects with STORAGE_FAILED if it could not be.
   */
  async revoke(claims: SessionClaims, now = Date.now()): Promise<void> {
    this.revoked.set(claims.nonce, claims.expiresAt)
    for (const [n, exp] of this.revoked) if (exp <= now) this.revoked.delete(n)
    for (const fn of this.revokeListeners) fn()
    try {
      await this.store.persist(Object.fromEntries(this.revoked))
    } catch {
      throw new LuotError('STORAGE_FAILED', 'the logout could not be stored')
    }
  }

  /** A logout made through another server process: refuse that session here too, and end its sockets here. */
  noteRevoked(nonce: string, expiresAt: number): void {
    this.revoked.set(nonce, expiresAt)
    for (const fn of this.revokeListeners) fn()
  }

  /** Called after every revocation (the socket server ends that session's sockets). */
  onRevoke(fn: () => void): () => void {
    this.revokeListeners.add(fn)
    return () => this.revokeListeners.delete(fn)
  }

  /**
   * The key a rating pad shows to join its counter's room (in its URL, ?key=…): without it a device
   * on the network could receive other citizens' one-off rating tokens. 96 bits, derived from the
   * secret and the counter's rotation count, so rotating it (Admin → Counters) retires the old one.
   */
  padKey(counterId: string, rotation = 0): string {
    return this.sign(rotation ? `pad:${counterId}:${rotation}` : `pad:${counterId}`).slice(0, 16)
  }

  isPadKey(counterId: string, rotation: number, key: string): boolean {
    const expected = Buffer.from(this.padKey(counterId, rotation))
    const given = Buffer.from(key)
    return expected.length === given.length && timingSafeEqual(expected, given)
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url')
  }
}
