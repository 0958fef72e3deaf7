import Type from 'typebox'
import { COUNTER_COMMAND_BODIES, CounterView, Id, StaffSnapshot, type CounterCommand } from '@luot/shared'
import type { App, RouteDeps } from './context.js'
import { requireRole } from './auth.js'
import { replies } from './schemas.js'

/** Clerk commands, one route each, on the clerk's own counter only (the domain checks ownership). */
export async function counterRoutes(app: App, deps: RouteDeps): Promise<void> {
  const params = Type.Object({ id: Id })
  for (const [action, body] of Object.entries(COUNTER_COMMAND_BODIES)) {
    app.post(
      `/api/counters/:id/${action}`,
      { preHandler: requireRole('clerk'), schema: { tags: ['clerk'], params, body: Type.Optional(body), response: replies(CounterView) } },
      async (req) => {
        const command = { ...((req.body as object | undefined) ?? {}), type: action } as CounterCommand
        const data = await deps.service.counterCommand((req.params as { id: string }).id, req.user!, command)
        return { ok: true as const, data }
      },
    )
  }

  app.get('/api/staff/snapshot', { preHandler: requireRole('clerk'), schema: { tags: ['clerk'], response: replies(StaffSnapshot) } }, async (req) => ({
    ok: true as const,
    data: deps.service.staffSnapshot(req.user!.id),
  }))
}
