import { LuotError, type Role } from '@luot/shared'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { SessionTokens } from '../auth/session-token.js'
import type { StoredUser } from '../domain/types.js'
import type { QueueService } from '../queue-service.js'

export const SESSION_COOKIE = 'luot_session'

declare module 'fastify' {
  interface FastifyRequest {
    user: StoredUser | null
  }
  interface FastifyContextConfig {
    /** The role a route needs (set by `needsRole`); shown in the OpenAPI document. */
    role?: Role
  }
}

/** The active user a session token names: the exact account (id and generation) and token version, not revoked, not expired. */
export function userFromToken(service: QueueService, tokens: SessionTokens, token: string | undefined): StoredUser | null {
  if (!token) return null
  const claims = tokens.verify(token)
  if (!claims) return null
  const user = service.config.users.find((u) => u.id === claims.userId)
  return user && user.active && SessionTokens.matches(claims, user) ? user : null
}

/** Which roles may do what: an admin may do what a manager may, a manager what a clerk may. */
const RANK: Record<Role, number> = { clerk: 1, manager: 2, admin: 3 }

export function hasRole(user: StoredUser, role: Role): boolean {
  return RANK[user.role] >= RANK[role]
}

/** 401 without a session, 403 below the role. */
export function requireRole(role: Role) {
  return async (req: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (!req.user) throw new LuotError('UNAUTHENTICATED')
    if (!hasRole(req.user, role)) throw new LuotError('FORBIDDEN')
  }
}

/**
 * Route options for a route that needs a role. The check runs onRequest, before the body is even
 * parsed: a stranger learns nothing about a route's input (401/403 before any 400). `config.role`
 * is what the OpenAPI document shows (see `documentRoles`).
 */
export function needsRole(role: Role) {
  return { onRequest: requireRole(role), config: { role } }
}
