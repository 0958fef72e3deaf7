import QRCode from 'qrcode'
import { Bitmap } from './bitmap.js'

/** Modules across a QR symbol for `data` (error correction M), without the quiet zone. */
export function qrModules(data: string): number {
  return QRCode.create(data, { errorCorrectionLevel: 'M' }).modules.size
}

/**
 * The QR symbol for `data` (error correction M) drawn `moduleDots` dots per
 * module, with the 4-module quiet zone the standard asks for.
 */
export function qrBitmap(data: string, moduleDots: number): Bitmap {
  const { modules } = QRCode.create(data, { errorCorrectionLevel: 'M' })
  const quiet = 4
  const side = (modules.size + quiet * 2) * moduleDots
  const bitmap = new Bitmap(side, side)
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.data[row * modules.size + col]) {
        bitmap.fillRect((col + quiet) * moduleDots, (row + quiet) * moduleDots, moduleDots, moduleDots)
      }
    }
  }
  return bitmap
}
