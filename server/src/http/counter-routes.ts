import Type from 'typebox'
import { COUNTER_COMMAND_BODIES, CounterView, Id, Reason, StaffSnapshot, type CounterCommand } from '@luot/shared'
import type { App, RouteDeps } from './context.js'
import { needsRole } from './auth.js'
import { replies } from './schemas.js'

/** Clerk commands, one route each, on the clerk's own counter only (the domain checks ownership). */
export async function counterRoutes(app: App, deps: RouteDeps): Promise<void> {
  const params = Type.Object({ id: Id })
  for (const [action, body] of Object.entries(COUNTER_COMMAND_BODIES)) {
    app.post(
      `/api/counters/:id/${action}`,
      { ...needsRole('clerk'), schema: { tags: ['clerk'], params, body: Type.Optional(body), response: replies(CounterView) } },
      async (req) => {
        const command = { ...((req.body as object | undefined) ?? {}), type: action } as CounterCommand
        const data = await deps.service.counterCommand((req.params as { id: string }).id, req.user!, command)
        return { ok: true as const, data }
      },
    )
  }

  const ForceClose = Type.Object({ reason: Reason }, { additionalProperties: false })
  app.post(
    '/api/counters/:id/force-close',
    { ...needsRole('manager'), schema: { tags: ['manager'], summary: "Close a counter another user holds, with a reason for the audit trail; its ticket goes back to the head of its queue", params, body: ForceClose, response: replies(CounterView) } },
    async (req) => ({ ok: true as const, data: await deps.service.releaseCounter(req.params.id, req.user!, req.body.reason) }),
  )

  app.get('/api/staff/snapshot', { ...needsRole('clerk'), schema: { tags: ['clerk'], response: replies(StaffSnapshot) } }, async (req) => ({
    ok: true as const,
    data: deps.service.staffSnapshot(req.user!.id),
  }))
}
