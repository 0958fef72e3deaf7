import Type, { type Static } from 'typebox'
import { Id, IsoTime } from './common.js'

/** What a printer last said when asked its real-time status (ESC/POS DLE EOT), or 'unknown' before anyone asked. */
export const PrinterCondition = Type.Union([
  Type.Literal('ok'),
  Type.Literal('paper-near-end'),
  Type.Literal('paper-out'),
  Type.Literal('cover-open'),
  Type.Literal('offline'),
  Type.Literal('unknown'),
])
export type PrinterCondition = Static<typeof PrinterCondition>

/**
 * A saved printer's last known status, as the health page shows it. `at` is when it was last
 * asked; absent while nobody has asked yet (condition 'unknown').
 */
export const PrinterLastStatus = Type.Object({
  printerId: Id,
  name: Type.String(),
  condition: PrinterCondition,
  at: Type.Optional(IsoTime),
  error: Type.Optional(Type.String()),
})
export type PrinterLastStatus = Static<typeof PrinterLastStatus>
