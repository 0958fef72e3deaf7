import { mkdir, writeFile } from 'node:fs/promises'
import jsqrModule from 'jsqr'
import { PNG } from 'pngjs'
import type { EscPosItem } from './escpos-parse.js'

// jsqr is CommonJS typed as an ES module: under NodeNext its default import is the
// module object, and the function is its `default` (which jsqr also sets at run time).
const jsQR = jsqrModule.default

/** The printed image rebuilt from GS v 0 bands: RGBA, black ink on white. */
export interface RasterImage {
  width: number
  height: number
  rgba: Uint8ClampedArray
}

/** Joins every raster band of a job, top to bottom; all bands must have one width. */
export function rebuildRaster(items: readonly EscPosItem[]): RasterImage {
  const bands = items.flatMap((i) => (i.type === 'raster' ? [i] : []))
  if (bands.length === 0) throw new Error('no raster command in the job')
  const widthBytes = bands[0]?.widthBytes ?? 0
  if (bands.some((b) => b.widthBytes !== widthBytes)) throw new Error('raster bands differ in width')
  const width = widthBytes * 8
  const height = bands.reduce((h, b) => h + b.rows, 0)
  const rgba = new Uint8ClampedArray(width * height * 4).fill(255)
  let y = 0
  for (const band of bands) {
    for (let row = 0; row < band.rows; row++, y++) {
      for (let x = 0; x < width; x++) {
        const byte = band.data[row * widthBytes + (x >> 3)] ?? 0
        if (byte & (0x80 >> (x & 7))) rgba.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3)
      }
    }
  }
  return { width, height, rgba }
}

/** Saves the image for people to look at, under test-results/printing/. */
export async function savePng(image: RasterImage, name: string): Promise<string> {
  const dir = new URL('../../../test-results/printing/', import.meta.url)
  await mkdir(dir, { recursive: true })
  const png = new PNG({ width: image.width, height: image.height })
  png.data = Buffer.from(image.rgba.buffer)
  const file = new URL(name, dir)
  await writeFile(file, PNG.sync.write(png))
  return file.pathname
}

/** Reads the QR code in the image, as a phone would. */
export function readQr(image: RasterImage): string | undefined {
  return jsQR(image.rgba, image.width, image.height)?.data
}
