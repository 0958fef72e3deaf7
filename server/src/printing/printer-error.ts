import type { PrinterErrorCode } from '@luot/shared'

/** Why a ticket did not reach the printer (the codes live in shared: the health page shows them). */
export type { PrinterErrorCode }

/**
 * What a person is told: 'refused' (the printer's address answered but turned the connection
 * away, or dropped it), 'timed-out' (it took the connection but not the whole job in time: paper
 * out, cover open, busy), 'no-answer' (nothing answered at that address: off, unplugged, wrong IP).
 */
export type PrinterCause = 'refused' | 'timed-out' | 'no-answer'

/**
 * Thrown by the transports. PRINTER_UNREACHABLE: refused, no route, reset, or
 * the device file cannot be written. PRINTER_TIMEOUT: the printer did not take
 * the whole job within the time limit (offline, paper out, never answered).
 * PRINTER_NO_STATUS: asked for its status (DLE EOT), it answered something else or nothing.
 */
export class PrinterError extends Error {
  override readonly name = 'PrinterError'

  constructor(readonly code: PrinterErrorCode, message: string, options?: { cause?: unknown; why?: PrinterCause }) {
    super(message, options)
    this.why = options?.why ?? (code === 'PRINTER_TIMEOUT' ? 'timed-out' : 'refused')
  }

  readonly why: PrinterCause
}

/** Type guard for callers that catch unknown errors. */
export function isPrinterError(err: unknown): err is PrinterError {
  return err instanceof PrinterError
}
