import type { RouteOptions } from 'fastify'
import { SESSION_COOKIE } from './auth.js'

/** The OpenAPI security scheme: the httpOnly session cookie `POST /api/auth/login` sets. */
export const SECURITY_SCHEMES = { session: { type: 'apiKey' as const, in: 'cookie' as const, name: SESSION_COOKIE }, apiKey: { type: 'http' as const, scheme: 'bearer', description: 'An integration API key (luot_…) the admin created, with the scope the route names.' } }

/**
 * onRoute hook: a route that needs a role (`needsRole`) shows it in the OpenAPI document, as the
 * session security requirement and a line in its description.
 */
export function documentRoles(route: RouteOptions): void {
  const role = route.config?.role
  if (!role) return
  const scope = route.config?.apiScope
  const schema = (route.schema ?? {}) as Record<string, unknown>
  const keyLine = scope ? ` Or an API key with the "${scope}" scope. Hoặc khóa tích hợp có phạm vi "${scope}".` : ''
  const description = [schema.description, `Requires role: ${role} (or higher). Cần vai trò: ${role} trở lên.${keyLine}`].filter(Boolean).join(' ')
  route.schema = { ...schema, security: scope ? [{ session: [] }, { apiKey: [] }] : [{ session: [] }], description }
}
