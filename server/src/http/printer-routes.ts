import Type from 'typebox'
import { Id, LuotError } from '@luot/shared'
import { testTicketFor } from '../print-job.js'
import { printerCause, printerFailureText } from '../printing/printer-failure.js'
import { needsRole } from './auth.js'
import type { App, RouteDeps } from './context.js'
import { replies } from './schemas.js'

const Params = Type.Object({ id: Id })
const TestPrintResult = Type.Object({
  printed: Type.Boolean(),
  cause: Type.Optional(Type.Union([Type.Literal('refused'), Type.Literal('timed-out'), Type.Literal('no-answer')])),
  message: Type.String(),
  messageEn: Type.String(),
})

/** Admin: print a test ticket on one saved printer and say plainly whether it worked, and if not why. */
export async function printerRoutes(app: App, deps: RouteDeps): Promise<void> {
  const { service, printer } = deps
  app.post('/api/admin/printers/:id/test', { ...needsRole('admin'), schema: { tags: ['admin'], summary: 'Print a test ticket on a saved printer', params: Params, body: Type.Object({}, { additionalProperties: false }), response: replies(TestPrintResult) } }, async (req) => {
    const target = service.config.settings.printers.find((p) => p.id === req.params.id)
    if (!target) throw new LuotError('NOT_FOUND', `no saved printer "${req.params.id}"`)
    const result = await printer.tryPrint(testTicketFor(service.config, new Date()), target)
    if (result.ok) {
      const at = `${target.host}:${target.port}`
      return { ok: true as const, data: { printed: true, message: `Đã gửi phiếu in thử tới “${target.name}” (${at}).`, messageEn: `A test ticket was sent to “${target.name}” (${at}).` } }
    }
    const text = printerFailureText(target, { vi: 'phiếu in thử', en: 'the test ticket' }, result.error)
    return { ok: true as const, data: { printed: false, cause: printerCause(result.error), message: text.vi, messageEn: text.en } }
  })
}
