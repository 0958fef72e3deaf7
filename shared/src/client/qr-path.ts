import { create } from 'qrcode'

/** SVG path of a QR code's dark modules, with the 4-module quiet zone scanners need: one drawing for the kiosk's tickets and the console's slips. */
export function qrPath(text: string): { path: string; size: number } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const n = modules.size
  let path = ''
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) if (modules.get(x, y)) path += `M${x + 4} ${y + 4}h1v1h-1z`
  }
  return { path, size: n + 8 }
}
