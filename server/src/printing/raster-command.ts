import type { Bitmap } from './bitmap.js'

/** Rows per GS v 0 command: small enough for any printer's receive buffer. */
const CHUNK_ROWS = 128

/**
 * The bitmap as ESC/POS raster commands, GS v 0 (1D 76 30 00 xL xH yL yH),
 * one per band of rows, most significant bit = leftmost dot. The width is
 * rounded up to whole bytes with white dots.
 */
export function rasterCommands(bitmap: Bitmap): Uint8Array {
  const rowBytes = Math.ceil(bitmap.width / 8)
  const bands = Math.ceil(bitmap.height / CHUNK_ROWS)
  const out = new Uint8Array(bands * 8 + rowBytes * bitmap.height)
  let at = 0
  for (let start = 0; start < bitmap.height; start += CHUNK_ROWS) {
    const rows = Math.min(CHUNK_ROWS, bitmap.height - start)
    out.set([0x1d, 0x76, 0x30, 0x00, rowBytes & 0xff, rowBytes >> 8, rows & 0xff, rows >> 8], at)
    at += 8
    for (let y = start; y < start + rows; y++) {
      const line = y * bitmap.width
      for (let x = 0; x < bitmap.width; x++) {
        if (bitmap.data[line + x] === 1) out[at + (x >> 3)] = (out[at + (x >> 3)] ?? 0) | (0x80 >> (x & 7))
      }
      at += rowBytes
    }
  }
  return out
}
