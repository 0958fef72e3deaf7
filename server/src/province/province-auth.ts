import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import { LuotError, type ProvinceRole, type ProvinceUser } from '@luot/shared'
import { SessionTokens } from '../auth/session-token.js'
import type { PgShared } from '../store/pg/pg-shared.js'
import { PgStore } from '../store/pg/pg-store.js'
import { pgRevocations, pgSecret } from '../store/pg/pg-sessions.js'
import { isActive, type ProvinceAccount } from './province-records.js'

/** The province's session cookie: its own name, so it never stands in for a centre's `luot_session`. */
export const PROVINCE_COOKIE = 'luot_province'

/** The key the province's own rows carry in the shared tables (secrets, logouts): not a valid centre slug. */
const PROVINCE_KEY = '*province'

/**
 * Province sessions: signed with the province's own secret (kept in PostgreSQL, shared by every
 * process), logouts shared like a centre's. A centre's cookie is not signed with it, so it never
 * opens a province route, and a province cookie opens no centre's route.
 */
export async function provinceTokens(shared: PgShared): Promise<{ tokens: SessionTokens; unwatch: () => void }> {
  const store = PgStore.attach(shared, PROVINCE_KEY)
  const revocations = await pgRevocations(store)
  const tokens = new SessionTokens(await pgSecret(store, undefined), revocations, await revocations.load())
  return { tokens, unwatch: revocations.watch((nonce, expiresAt) => tokens.noteRevoked(nonce, expiresAt)) }
}

export const publicAccount = (a: ProvinceAccount, province: string): ProvinceUser => ({ id: a.id, username: a.username, displayName: a.displayName, role: a.role, province })

/** The account a province cookie names, if it is still valid. */
export function accountFromToken(accounts: () => ProvinceAccount[], tokens: SessionTokens, token: string | undefined): ProvinceAccount | null {
  const claims = token ? tokens.verify(token) : null
  if (!claims) return null
  const account = accounts().find((a) => a.id === claims.userId)
  return account && isActive(account) && SessionTokens.matches(claims, account) ? account : null
}

const RANK: Record<ProvinceRole, number> = { 'province-manager': 1, 'province-admin': 2 }

declare module 'fastify' {
  interface FastifyRequest {
    provinceUser: ProvinceAccount | null
  }
  interface FastifyContextConfig {
    /** The province role a route needs (`needsProvinceRole`); the OpenAPI document shows it. */
    provinceRole?: ProvinceRole
  }
}

/** Route options: 401 without a province session, 403 below `role` (a province admin may do what a province manager may). */
export function needsProvinceRole(role: ProvinceRole) {
  return {
    onRequest: async (req: FastifyRequest, _reply: FastifyReply): Promise<void> => {
      if (!req.provinceUser) throw new LuotError('UNAUTHENTICATED')
      if (RANK[req.provinceUser.role] < RANK[role]) throw new LuotError('FORBIDDEN')
    },
    config: { provinceRole: role },
  }
}

/** onRoute hook: a route that needs a province role shows it in the OpenAPI document (security and a line of its description). */
export function documentProvinceRoles(route: RouteOptions): void {
  const role = route.config?.provinceRole
  if (!role) return
  const schema = (route.schema ?? {}) as Record<string, unknown>
  route.schema = { ...schema, security: [{ provinceSession: [] }], description: [schema.description, `Requires role: ${role} (or higher). Cần vai trò: ${role} trở lên.`].filter(Boolean).join(' ') }
}
