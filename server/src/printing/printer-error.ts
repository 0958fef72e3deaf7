/** Why a ticket did not reach the printer. */
export type PrinterErrorCode = 'PRINTER_UNREACHABLE' | 'PRINTER_TIMEOUT' | 'PRINTER_NO_STATUS'

/**
 * Thrown by the transports. PRINTER_UNREACHABLE: refused, no route, reset, or
 * the device file cannot be written. PRINTER_TIMEOUT: the printer did not take
 * the whole job within the time limit (offline, paper out, never answered).
 * PRINTER_NO_STATUS: asked for its status (DLE EOT), it answered something else or nothing.
 */
export class PrinterError extends Error {
  override readonly name = 'PrinterError'

  constructor(readonly code: PrinterErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

/** Type guard for callers that catch unknown errors. */
export function isPrinterError(err: unknown): err is PrinterError {
  return err instanceof PrinterError
}
