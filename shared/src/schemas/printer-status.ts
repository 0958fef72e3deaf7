import Type, { type Static } from 'typebox'
import { Id, IsoTime } from './common.js'

/** Why a printer could not be reached or asked: PRINTER_UNREACHABLE, PRINTER_TIMEOUT, PRINTER_NO_STATUS (see the server's PrinterError). */
export const PrinterErrorCode = Type.Union([Type.Literal('PRINTER_UNREACHABLE'), Type.Literal('PRINTER_TIMEOUT'), Type.Literal('PRINTER_NO_STATUS')])
export type PrinterErrorCode = Static<typeof PrinterErrorCode>

/** What an ESC/POS printer says of itself when asked with DLE EOT 1, 2 and 4 (it answers even when offline). */
export const PrinterStatus = Type.Object(
  {
    online: Type.Boolean(),
    coverOpen: Type.Boolean(),
    paperNearEnd: Type.Boolean(),
    paperOut: Type.Boolean(),
  },
  { additionalProperties: false },
)
export type PrinterStatus = Static<typeof PrinterStatus>

/**
 * The one word an alert and the admin health page use; the worst condition wins. 'unknown': the
 * printer took the connection but gave no status (no DLE EOT support, or no answer in time), so
 * nothing is known of its paper; tickets are still sent to it.
 */
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
 * A printer's last known status, for the admin health page: asked before each ticket and every
 * minute while the centre is open. `status` is the printer's own answer (null when it gave none);
 * `error` says why there is none.
 */
export const PrinterLastStatus = Type.Object(
  {
    printerId: Id,
    name: Type.String(),
    /** host:port it was asked at. */
    address: Type.String(),
    condition: PrinterCondition,
    status: Type.Union([PrinterStatus, Type.Null()]),
    /** When it was last asked; absent for a printer not asked yet. */
    at: Type.Optional(IsoTime),
    error: Type.Optional(PrinterErrorCode),
  },
  { additionalProperties: false },
)
export type PrinterLastStatus = Static<typeof PrinterLastStatus>
