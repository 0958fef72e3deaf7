import { afterEach, describe, expect, it } from 'vitest'
import { conditionOf, queryPrinterStatus, type PrinterCondition } from '../../../server/src/printing/printer-status.js'
import { closedPort, startFakePrinter, STATUS_OK, type FakePrinter, type StatusBytes } from './fake-printer.js'

let printer: FakePrinter | undefined
afterEach(async () => {
  await printer?.close()
  printer = undefined
})

const target = (port: number) => ({ host: '127.0.0.1', port })

// Bits from the ESC/POS reference: DLE EOT 1 bit 3 offline; DLE EOT 2 bit 2 cover open, bit 5 stopped
// for paper end; DLE EOT 4 bits 2-3 paper near end, bits 5-6 paper end.
const CASES: [string, StatusBytes, PrinterCondition][] = [
  ['all well', STATUS_OK, 'ok'],
  ['paper near its end', { ...STATUS_OK, paper: 0x12 | 0x0c }, 'paper-near-end'],
  ['paper out', { printer: 0x12 | 0x08, offline: 0x12 | 0x20, paper: 0x12 | 0x0c | 0x60 }, 'paper-out'],
  ['cover open', { printer: 0x12 | 0x08, offline: 0x12 | 0x04, paper: 0x12 }, 'cover-open'],
  ['offline for another reason', { ...STATUS_OK, printer: 0x12 | 0x08 }, 'offline'],
]

describe('asking a TCP printer its status with DLE EOT', () => {
  it.each(CASES)('%s', async (_name, bytes, expected) => {
    printer = await startFakePrinter('normal', bytes)
    expect(conditionOf(await queryPrinterStatus(target(printer.port)))).toBe(expected)
  })

  it('a printer that never answers times out, and nothing is left hanging', async () => {
    printer = await startFakePrinter('silent')
    await expect(queryPrinterStatus(target(printer.port), 300)).rejects.toMatchObject({ code: 'PRINTER_TIMEOUT' })
  })

  it('nothing listening is unreachable', async () => {
    await expect(queryPrinterStatus(target(await closedPort()))).rejects.toMatchObject({ code: 'PRINTER_UNREACHABLE' })
  })

  it('an answer that is not a status byte is refused, not read as "all well"', async () => {
    printer = await startFakePrinter('normal', { ...STATUS_OK, paper: 0x41 })
    await expect(queryPrinterStatus(target(printer.port))).rejects.toMatchObject({ code: 'PRINTER_NO_STATUS' })
  })

  it('a connection that closes without answering is no status', async () => {
    printer = await startFakePrinter('reset')
    await expect(queryPrinterStatus(target(printer.port))).rejects.toMatchObject({ code: expect.stringMatching(/PRINTER_NO_STATUS|PRINTER_UNREACHABLE/) })
  })
})
