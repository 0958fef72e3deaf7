import { LuotError, type Role } from '@luot/shared'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { SessionTokens } from '../auth/session-token.js'
import type { StoredUser } from '../domain/types.js'
import type { QueueService } from '../queue-service.js'

export const SESSION_COOKIE = 'luot_session'

declare module 'fastify' {
  interface FastifyRequest {
    user: StoredUser | null
  }
}

/** The active user a session token names, if the token is valid and not outdated by a password reset. */
export function userFromToken(service: QueueService, tokens: SessionTokens, token: string | undefined): StoredUser | null {
  if (!token) return null
  const claims = tokens.verify(token)
  if (!claims) return null
  const user = service.config.users.find((u) => u.id === claims.userId)
  return user && user.active && user.tokenVersion === claims.tokenVersion ? user : null
}

/** Which roles may do what: an admin may do what a manager may, a manager what a clerk may. */
const RANK: Record<Role, number> = { clerk: 1, manager: 2, admin: 3 }

export function hasRole(user: StoredUser, role: Role): boolean {
  return RANK[user.role] >= RANK[role]
}

/** preHandler: 401 without a session, 403 below the role. */
export function requireRole(role: Role) {
  return async (req: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (!req.user) throw new LuotError('UNAUTHENTICATED')
    if (!hasRole(req.user, role)) throw new LuotError('FORBIDDEN')
  }
}
