import { connect } from 'node:net'
import type { PrinterCondition, PrinterStatus } from '@luot/shared'
import { PrinterError } from './printer-error.js'
import type { PrinterTarget } from './ticket-print.js'

export type { PrinterCondition, PrinterStatus }

const DLE_EOT = 0x10
/** n = 1 printer status, 2 offline cause, 4 paper roll sensor: the three that say whether a ticket will come out. */
const QUERIES = [1, 2, 4] as const

/** Every status byte has bit 1 and bit 4 set and bits 0 and 7 clear: anything else is not an answer to DLE EOT. */
const isStatusByte = (b: number): boolean => (b & 0x93) === 0x12

/** Decodes the answers to DLE EOT 1, 2 and 4, in that order (Epson's ESC/POS reference, shared by compatible printers). */
export function parseStatus(bytes: ArrayLike<number>): PrinterStatus {
  if (bytes.length !== QUERIES.length || !Array.from(bytes).every(isStatusByte)) throw new PrinterError('PRINTER_NO_STATUS', `not a DLE EOT answer: ${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ')}`)
  const [printer, offline, paper] = bytes as unknown as [number, number, number]
  return {
    online: (printer & 0x08) === 0,
    coverOpen: (offline & 0x04) !== 0,
    paperNearEnd: (paper & 0x0c) !== 0,
    paperOut: (paper & 0x60) !== 0 || (offline & 0x20) !== 0,
  }
}

/** The worst of what the printer reported; never 'unknown', since it answered. */
export function conditionOf(s: PrinterStatus): Exclude<PrinterCondition, 'unknown'> {
  if (s.paperOut) return 'paper-out'
  if (s.coverOpen) return 'cover-open'
  if (!s.online) return 'offline'
  if (s.paperNearEnd) return 'paper-near-end'
  return 'ok'
}

/**
 * Asks a raw TCP printer for its real-time status. Rejects with PRINTER_UNREACHABLE when nothing
 * listens, PRINTER_TIMEOUT when it does not answer within `timeoutMs`, and PRINTER_NO_STATUS when
 * it answers something else (a printer without DLE EOT support, or not a printer at all).
 */
export function queryPrinterStatus(target: PrinterTarget, timeoutMs = 2000): Promise<PrinterStatus> {
  const where = `${target.host}:${target.port}`
  return new Promise((resolve, reject) => {
    const received: number[] = []
    const socket = connect({ host: target.host, port: target.port })
    const done = (err: PrinterError | null, status?: PrinterStatus) => {
      clearTimeout(timer)
      socket.destroy()
      if (err) reject(err)
      else resolve(status!)
    }
    const timer = setTimeout(() => done(new PrinterError('PRINTER_TIMEOUT', `Printer at ${where} did not answer its status within ${timeoutMs} ms`)), timeoutMs)
    socket.setNoDelay(true)
    socket.once('connect', () => socket.write(Buffer.from(QUERIES.flatMap((n) => [DLE_EOT, 0x04, n]))))
    socket.on('data', (chunk: Buffer) => {
      received.push(...chunk)
      if (received.length < QUERIES.length) return
      try {
        done(null, parseStatus(received.slice(0, QUERIES.length)))
      } catch (err) {
        done(err as PrinterError)
      }
    })
    socket.on('error', (err: NodeJS.ErrnoException) => done(new PrinterError('PRINTER_UNREACHABLE', `Printer at ${where}: ${err.code ?? err.message}`, { cause: err })))
    socket.once('close', () => done(new PrinterError('PRINTER_NO_STATUS', `Printer at ${where} closed the connection without a status`)))
  })
}
