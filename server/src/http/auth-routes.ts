import '@fastify/cookie'
import Type from 'typebox'
import { LoginBody, LuotError, PublicUser } from '@luot/shared'
import { DUMMY_HASH, verifyPassword } from '../auth/password.js'
import type { StoredUser } from '../domain/types.js'
import type { App, RouteDeps } from './context.js'
import { SESSION_COOKIE } from './auth.js'
import { rateLimitConfig, replies } from './schemas.js'

export function publicUser(u: StoredUser): PublicUser {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, counterId: u.counterId, active: u.active }
}

/** Sign-in with a cookie session. Login is rate-limited hard: 10 tries a minute per address. */
export async function authRoutes(app: App, deps: RouteDeps): Promise<void> {
  const { service, tokens } = deps
  // scoped to where Lượt is mounted: one browser may hold the sessions of several centres of a province
  const path = `${app.prefix.replace(/\/+$/, '')}/`
  const cookie = { path, httpOnly: true, sameSite: 'strict' as const, secure: deps.secureCookies, maxAge: Math.floor(tokens.ttlMs / 1000) }
  const loginLimit = rateLimitConfig(deps.publicRateLimit > 0 ? 10 : 0)

  app.post('/api/auth/login', { config: loginLimit, schema: { tags: ['session'], body: LoginBody, response: replies(PublicUser) } }, async (req, reply) => {
    const user = service.config.users.find((u) => u.username === req.body.username.toLowerCase())
    const ok = await verifyPassword(req.body.password, user?.passwordHash ?? DUMMY_HASH)
    if (!user || !ok || !user.active) throw new LuotError('BAD_CREDENTIALS')
    void reply.setCookie(SESSION_COOKIE, tokens.issue(user), cookie)
    return { ok: true as const, data: publicUser(user) }
  })

  app.post('/api/auth/logout', { schema: { tags: ['session'], summary: 'End this session; answered only once the logout is stored (503 STORAGE_FAILED if it cannot be)', response: replies(Type.Object({})) } }, async (req, reply) => {
    // the browser forgets the cookie whatever happens next, even if storing the logout fails
    void reply.clearCookie(SESSION_COOKIE, { path })
    const claims = tokens.verify(req.cookies[SESSION_COOKIE] ?? '')
    if (claims) await tokens.revoke(claims)
    return { ok: true as const, data: {} }
  })

  app.get('/api/auth/me', { schema: { tags: ['session'], response: replies(PublicUser) } }, async (req) => {
    if (!req.user) throw new LuotError('UNAUTHENTICATED')
    return { ok: true as const, data: publicUser(req.user) }
  })
}
