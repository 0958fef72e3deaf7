import { connect } from 'node:net'
import { PrinterError } from './printer-error.js'
import type { PrinterTarget, SendOptions } from './ticket-print.js'

export const DEFAULT_TIMEOUT_MS = 3000

/** Socket errors that mean nothing is listening or the path to it is gone. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENOTFOUND', 'EAI_AGAIN', 'EADDRNOTAVAIL', 'ECONNRESET', 'EPIPE'])
/** Of those, the ones where nothing at the address answered at all. */
const NO_ANSWER = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENOTFOUND', 'EAI_AGAIN', 'EADDRNOTAVAIL', 'ETIMEDOUT'])

/**
 * Sends a job to a raw TCP printer (port 9100) and resolves once the printer
 * has taken all of it: every byte written, our end of stream sent, and the
 * printer closed its side in turn. A printer only sees our end after reading
 * everything before it, so its close is the proof the job was consumed.
 *
 * Rejects with PRINTER_UNREACHABLE when the connection is refused, has no
 * route, or is reset; with PRINTER_TIMEOUT when connect + write + close take
 * longer than `timeoutMs` (default 3000), e.g. a printer that accepts but never
 * reads (paper out, cover open). The socket is destroyed on every failure, so
 * this never hangs.
 */
export function sendToPrinter(target: PrinterTarget, bytes: Uint8Array, opts: SendOptions = {}): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const where = `${target.host}:${target.port}`
  return new Promise((resolve, reject) => {
    let written = false
    let settled = false
    const socket = connect({ host: target.host, port: target.port })
    const settle = (err?: PrinterError): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (err) {
        socket.destroy()
        reject(err)
      } else resolve()
    }
    const timer = setTimeout(() => {
      const answered = !socket.connecting
      const stage = answered ? 'did not take the whole job' : 'did not answer'
      settle(new PrinterError('PRINTER_TIMEOUT', `Printer at ${where} ${stage} within ${timeoutMs} ms`, { why: answered ? 'timed-out' : 'no-answer' }))
    }, timeoutMs)

    socket.setNoDelay(true)
    // Printers may send status bytes back; read and drop them so they never block the close.
    socket.resume()
    socket.once('connect', () => {
      socket.end(bytes, () => {
        written = true
      })
    })
    socket.on('error', (err: NodeJS.ErrnoException) => {
      const code = err.code === 'ETIMEDOUT' ? 'PRINTER_TIMEOUT' : 'PRINTER_UNREACHABLE'
      const known = err.code && (UNREACHABLE.has(err.code) || err.code === 'ETIMEDOUT')
      settle(new PrinterError(code, `Printer at ${where}: ${known ? err.code : err.message}`, { cause: err, why: err.code && NO_ANSWER.has(err.code) ? 'no-answer' : code === 'PRINTER_TIMEOUT' ? 'timed-out' : 'refused' }))
    })
    socket.once('close', () => {
      if (written) settle()
      else settle(new PrinterError('PRINTER_UNREACHABLE', `Printer at ${where} closed the connection before the job was sent`))
    })
  })
}
