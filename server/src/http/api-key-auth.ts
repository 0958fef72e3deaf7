import type { ApiScope, DossierActor, Role, StoredApiKey } from '@luot/shared'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ApiKeys } from '../integrations/api-keys.js'
import { requireRole } from './auth.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The integration's API key a request came with (`Authorization: Bearer luot_…`), once verified. */
    apiKey?: StoredApiKey
  }
  interface FastifyContextConfig {
    /** The API-key scope that also opens the route (set by `needsRoleOrKey`); shown in the OpenAPI document. */
    apiScope?: ApiScope
  }
}

const BEARER = /^Bearer\s+(\S+)$/i

/**
 * Route options for a route that staff (with `role`) or an integration (an API key with `scope`)
 * may call. A request with an Authorization header is judged by its key alone: a wrong or revoked
 * key is 401 API_KEY_INVALID even when a session cookie comes along. Checked onRequest, before the
 * body is parsed, like `needsRole`.
 */
export function needsRoleOrKey(role: Role, scope: ApiScope, keys: ApiKeys) {
  const staff = requireRole(role)
  return {
    onRequest: async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
      const header = req.headers.authorization
      if (header === undefined) return staff(req, reply)
      req.apiKey = await keys.verify(BEARER.exec(header)?.[1] ?? '', scope)
    },
    config: { role, apiScope: scope },
  }
}

/** Who made a change: the integration whose key came with the request, else the signed-in user. */
export function actorOf(req: FastifyRequest): DossierActor {
  if (req.apiKey) return { kind: 'integration', id: req.apiKey.id, name: req.apiKey.name }
  return { kind: 'staff', id: req.user?.id ?? '', name: req.user?.displayName ?? '' }
}
