import { describe, expect, it } from 'vitest'
import jsQRModule from 'jsqr'
import { qrY4m } from '../support/qr-video.js'

// jsQR is CommonJS: under NodeNext its function is the default export's `default`.
const jsQR = jsQRModule.default

describe('fake camera file (Y4M) for the kiosk check-in e2e', () => {
  it('holds frames whose picture decodes back to the booking code, with the header Chromium reads', () => {
    const file = qrY4m('7K3Q9XMP2RD8W4T', { width: 320, height: 240, frames: 2 })
    const header = file.subarray(0, file.indexOf(0x0a)).toString()
    expect(header).toBe('YUV4MPEG2 W320 H240 F10:1 Ip A1:1 C420jpeg')
    const frameBytes = 6 + 320 * 240 * 1.5
    expect(file.length).toBe(header.length + 1 + 2 * frameBytes)
    const y = file.subarray(header.length + 1 + 6, header.length + 1 + 6 + 320 * 240)
    const rgba = new Uint8ClampedArray(320 * 240 * 4)
    y.forEach((v, i) => rgba.set([v, v, v, 255], i * 4))
    expect(jsQR(rgba, 320, 240)?.data).toBe('7K3Q9XMP2RD8W4T')
  })
})
