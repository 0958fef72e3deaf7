import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { printTicket } from '../../../server/src/printing/index.js'
import { parseEscPos, type EscPosItem } from './escpos-parse.js'
import { startFakePrinter, type FakePrinter } from './fake-printer.js'
import { sampleTicket, VIETNAMESE_LOWER, VIETNAMESE_UPPER } from './sample-ticket.js'
import { decodeTcvn3Lines } from './tcvn3-decode.js'

let printer: FakePrinter
beforeEach(async () => {
  printer = await startFakePrinter()
})
afterEach(async () => {
  await printer.close()
})

async function printAndCapture(ticket = sampleTicket(), paper: 80 | 58 = 80): Promise<{ job: Buffer; items: EscPosItem[] }> {
  const job = printer.nextJob()
  await printTicket(ticket, { host: '127.0.0.1', port: printer.port, paper, textMode: 'tcvn3' })
  const bytes = await job
  return { job: bytes, items: parseEscPos(bytes) }
}

/** The service area lines: after the number, up to the blank line that follows them. */
function serviceLines(lines: string[]): string[] {
  const start = lines.indexOf(sampleTicket().number) + 1
  return lines.slice(start, lines.indexOf('', start))
}

describe('printing a ticket in TCVN3 text mode over TCP', () => {
  it('sends a whole job: initialise first, cut last', async () => {
    const { job } = await printAndCapture()
    expect([...job.subarray(0, 2)]).toEqual([0x1b, 0x40])
    expect([...job.subarray(-5, -2)]).toEqual([0x1d, 0x56, 0x01])
  })

  it('carries the tracking URL exactly in the GS ( k store-data command', async () => {
    const { job, items } = await printAndCapture()
    const stores = items.filter((i) => i.type === 'qr-store')
    expect(stores).toHaveLength(1)
    const [store] = stores
    expect(Buffer.from(store?.type === 'qr-store' ? store.data : []).toString('latin1')).toBe(sampleTicket().trackingUrl)
    // Same check straight on the bytes: 1D 28 6B pL pH 31 50 30 <url>
    const at = job.indexOf(Buffer.from([0x1d, 0x28, 0x6b]))
    let i = at
    while (!(job[i + 5] === 0x31 && job[i + 6] === 0x50)) i = job.indexOf(Buffer.from([0x1d, 0x28, 0x6b]), i + 1)
    const len = (job[i + 3] ?? 0) + (job[i + 4] ?? 0) * 256 - 3
    expect(job[i + 7]).toBe(0x30)
    expect(job.subarray(i + 8, i + 8 + len).toString('latin1')).toBe(sampleTicket().trackingUrl)
    // Also fire the print-symbol function after storing it.
    expect(job.includes(Buffer.from([0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30]))).toBe(true)
  })

  it('prints the ticket number, magnified', async () => {
    const { job, items } = await printAndCapture(sampleTicket({ number: '1023' }))
    expect(job.includes(Buffer.from('1023', 'latin1'))).toBe(true)
    const lines = decodeTcvn3Lines(items)
    expect(lines).toContain('1023')
    expect(job.includes(Buffer.from([0x1d, 0x21, 0x55]))).toBe(true) // GS ! 6× wide, 6× high
  })

  it.each([
    ['Lao động – Thương binh và Xã hội', 'Lao động - Thương binh và Xã hội'],
    ['Tư pháp – Hộ tịch', 'Tư pháp - Hộ tịch'],
  ])('decodes the service name %s with every diacritic intact', async (serviceName, printed) => {
    const { items } = await printAndCapture(sampleTicket({ serviceName }))
    const lines = decodeTcvn3Lines(items)
    expect(serviceLines(lines)).toEqual([printed])
    expect(lines).toContain('UBND PHƯỜNG HOÀ HẢI')
    expect(lines).toContain('Bộ phận Một cửa')
    expect(lines).toContain('SỐ THỨ TỰ')
    expect(lines).toContain('Quầy: 1, 2')
    expect(lines).toContain('Số người chờ trước: 5')
    expect(lines).toContain('Buổi sáng, 08:15:03 ngày 22/05/2025')
    expect(lines).toContain('Ưu tiên: Người cao tuổi')
    expect(lines).toContain('Đường dây nóng: 0236 3 123 456')
    expect(lines.join(' ')).toContain('Vui lòng giữ phiếu và chờ gọi số. Xin cảm ơn!')
    expect(lines.join('')).not.toMatch(/[?\ufffd]/)
    // The QR URL may hold '?', printed text may not.
    expect(items.some((i) => i.type === 'text' && i.bytes.includes(0x3f))).toBe(false)
  })

  it('round-trips every Vietnamese letter, both cases, on 58 mm paper', async () => {
    const ticket = sampleTicket({ serviceName: `${VIETNAMESE_LOWER} ${VIETNAMESE_UPPER}`, centreName: 'ĐĂNG KÝ ĐẤT ĐAI Ư Ơ Ô Ê Â Ă' })
    const { items } = await printAndCapture(ticket, 58)
    const text = decodeTcvn3Lines(items)
    expect(text).toContain('ĐĂNG KÝ ĐẤT ĐAI Ư Ơ Ô Ê Â Ă')
    // 67 letters do not fit 32 columns: the pieces of each word join back to the original.
    expect(serviceLines(text).join('')).toBe(`${VIETNAMESE_LOWER}${VIETNAMESE_UPPER}`)
    expect(text.join('')).not.toMatch(/[?\ufffd]/)
    for (const line of text) expect([...line].length).toBeLessThanOrEqual(32)
  })

  it('wraps a long service name at word boundaries within 48 columns', async () => {
    const serviceName = 'Đăng ký kinh doanh hộ kinh doanh cá thể và hợp tác xã – Công thương – Nông nghiệp và Môi trường'
    const { items } = await printAndCapture(sampleTicket({ serviceName }))
    const lines = decodeTcvn3Lines(items)
    const wrapped = serviceLines(lines)
    expect(wrapped.length).toBeGreaterThan(1)
    expect(wrapped.join(' ')).toBe(serviceName.replaceAll('–', '-'))
    for (const l of wrapped) expect([...l].length).toBeLessThanOrEqual(48)
  })
})
