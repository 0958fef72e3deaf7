import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { PrinterError, sendToPrinter, writeToFile } from '../../../server/src/printing/index.js'
import { closedPort, startFakePrinter, type FakePrinter } from './fake-printer.js'

let printer: FakePrinter | undefined
afterEach(async () => {
  await printer?.close()
  printer = undefined
})

/** Runs `send`, returning the error it rejected with and how long that took. */
async function failure(send: () => Promise<void>): Promise<{ err: unknown; ms: number }> {
  const start = performance.now()
  try {
    await send()
  } catch (err) {
    return { err, ms: performance.now() - start }
  }
  throw new Error('expected the send to fail')
}

describe('sendToPrinter over TCP', () => {
  it('resolves once the printer has read the whole job and closed', async () => {
    printer = await startFakePrinter()
    const bytes = Uint8Array.from({ length: 300_000 }, (_, i) => i % 251)
    await sendToPrinter({ host: '127.0.0.1', port: printer.port }, bytes)
    expect(printer.jobs).toHaveLength(1)
    expect(Buffer.compare(printer.jobs[0] ?? Buffer.alloc(0), Buffer.from(bytes))).toBe(0)
  })

  it('rejects with PRINTER_UNREACHABLE at once when nothing listens', async () => {
    const port = await closedPort()
    const { err, ms } = await failure(() => sendToPrinter({ host: '127.0.0.1', port }, Uint8Array.of(0x1b, 0x40)))
    expect(err).toBeInstanceOf(PrinterError)
    expect((err as PrinterError).code).toBe('PRINTER_UNREACHABLE')
    expect((err as PrinterError).why).toBe('refused')
    expect(ms).toBeLessThan(1000)
  })

  it.each([
    ['a small job that fits in socket buffers', 2_000],
    ['a job larger than the socket buffers', 16_000_000],
  ])('rejects with PRINTER_TIMEOUT when the printer accepts but never reads: %s', async (_, size) => {
    printer = await startFakePrinter('silent')
    const target = { host: '127.0.0.1', port: printer.port }
    const { err, ms } = await failure(() => sendToPrinter(target, new Uint8Array(size), { timeoutMs: 400 }))
    expect((err as PrinterError).code).toBe('PRINTER_TIMEOUT')
    expect((err as PrinterError).why).toBe('timed-out')
    expect(ms).toBeGreaterThanOrEqual(390)
    expect(ms).toBeLessThan(1500)
  })

  it('says nobody answered when no device is at the address', async () => {
    // a printer name that resolves to nothing (".invalid" never does): nothing can answer
    const { err } = await failure(() => sendToPrinter({ host: 'may-in-sanh.invalid', port: 9100 }, Uint8Array.of(0x1b, 0x40), { timeoutMs: 2000 }))
    expect((err as PrinterError).why).toBe('no-answer')
  })

  it('rejects with PRINTER_UNREACHABLE when the printer resets the connection', async () => {
    printer = await startFakePrinter('reset')
    const target = { host: '127.0.0.1', port: printer.port }
    const { err } = await failure(() => sendToPrinter(target, new Uint8Array(4_000_000), { timeoutMs: 2000 }))
    expect((err as PrinterError).code).toBe('PRINTER_UNREACHABLE')
    expect((err as PrinterError).why).toBe('refused')
  })
})

describe('writeToFile', () => {
  it('appends each job to the file, in order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'luot-print-'))
    try {
      const file = join(dir, 'capture.bin')
      await writeToFile(file, Uint8Array.of(1, 2, 3))
      await writeToFile(file, Uint8Array.of(4))
      expect([...(await readFile(file))]).toEqual([1, 2, 3, 4])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('rejects with PRINTER_UNREACHABLE when the device cannot be opened', async () => {
    const { err } = await failure(() => writeToFile('/nonexistent-dir/lp0', Uint8Array.of(1)))
    expect((err as PrinterError).code).toBe('PRINTER_UNREACHABLE')
  })
})
