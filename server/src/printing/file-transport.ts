import { appendFile } from 'node:fs/promises'
import { PrinterError } from './printer-error.js'

/**
 * Writes a job to a printer device (e.g. /dev/usb/lp0) or a capture file.
 * Appends, so a capture file collects jobs in order as a printer would print
 * them (a device ignores the append). Failures become PRINTER_UNREACHABLE.
 */
export async function writeToFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await appendFile(path, bytes)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error'
    throw new PrinterError('PRINTER_UNREACHABLE', `Cannot write to printer file ${path}: ${code}`, { cause: err })
  }
}
