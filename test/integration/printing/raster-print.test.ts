import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { encodeTicket, printTicket } from '../../../server/src/printing/index.js'
import { parseEscPos } from './escpos-parse.js'
import { startFakePrinter, type FakePrinter } from './fake-printer.js'
import { readQr, rebuildRaster, savePng } from './raster-image.js'
import { sampleTicket, VIETNAMESE_LOWER, VIETNAMESE_UPPER } from './sample-ticket.js'

let printer: FakePrinter
beforeEach(async () => {
  printer = await startFakePrinter()
})
afterEach(async () => {
  await printer.close()
})

describe('printing a ticket in raster mode over TCP', () => {
  it.each([
    [80, 576],
    [58, 384],
  ] as const)('%i mm: one bitmap %i dots wide whose QR code reads back as the tracking URL', async (paper, dots) => {
    const ticket = sampleTicket({ serviceName: 'Lao động – Thương binh và Xã hội (chế độ chính sách người có công)' })
    const job = printer.nextJob()
    await printTicket(ticket, { host: '127.0.0.1', port: printer.port, paper, textMode: 'raster' })
    const items = parseEscPos(await job)

    // Nothing is sent as text: every letter is in the bitmap.
    expect(items.filter((i) => i.type === 'text')).toEqual([])
    expect(items.filter((i) => i.type === 'qr-store')).toEqual([])
    const image = rebuildRaster(items)
    expect(image.width).toBe(dots)
    expect(image.height).toBeGreaterThan(600)
    await savePng(image, `ticket-${paper}mm.png`)
    expect(readQr(image)).toBe(ticket.trackingUrl)
  })

  it('draws every Vietnamese letter, stacked capitals included (see letters-80mm.png)', async () => {
    const ticket = sampleTicket({ centreName: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', serviceName: `${VIETNAMESE_LOWER} ${VIETNAMESE_UPPER}` })
    const image = rebuildRaster(parseEscPos(await encodeTicket(ticket, { paper: 80, textMode: 'raster' })))
    await savePng(image, 'letters-80mm.png')
    expect(readQr(image)).toBe(ticket.trackingUrl)
  })

  it('draws the number large: a tall band of ink near the top', async () => {
    const bytes = await encodeTicket(sampleTicket({ number: '1023' }), { paper: 80, textMode: 'raster' })
    const image = rebuildRaster(parseEscPos(bytes))
    const inked = (y: number): boolean => {
      for (let x = 0; x < image.width; x++) if (image.rgba[(y * image.width + x) * 4] === 0) return true
      return false
    }
    let longest = 0
    for (let y = 0, run = 0; y < image.height; y++) {
      run = inked(y) ? run + 1 : 0
      longest = Math.max(longest, run)
    }
    // Digits about 140 dots (17 mm) tall; body text lines are under 40.
    expect(longest).toBeGreaterThan(120)
  })
})
