import Type, { type TSchema } from 'typebox'
import { CallBody, CallMissedBody, CancelBody, CounterView, EmptyBody, FinishBody, Id, PauseBody, StaffSnapshot, TransferBody, type CounterCommand } from '@luot/shared'
import type { App, RouteDeps } from './context.js'
import { requireRole } from './auth.js'
import { replies } from './schemas.js'

const ACTIONS: Record<CounterCommand['type'], TSchema> = {
  open: EmptyBody,
  pause: PauseBody,
  close: EmptyBody,
  'call-next': EmptyBody,
  recall: EmptyBody,
  start: EmptyBody,
  finish: FinishBody,
  skip: EmptyBody,
  transfer: TransferBody,
  call: CallBody,
  'call-missed': CallMissedBody,
  cancel: CancelBody,
}

/** Clerk commands, one route each, on the clerk's own counter only (the domain checks ownership). */
export async function counterRoutes(app: App, deps: RouteDeps): Promise<void> {
  const params = Type.Object({ id: Id })
  for (const [action, body] of Object.entries(ACTIONS)) {
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
