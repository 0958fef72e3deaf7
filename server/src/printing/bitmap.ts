/** A 1-bit image, one byte per dot (1 = black), rows top to bottom. */
export class Bitmap {
  readonly data: Uint8Array

  constructor(readonly width: number, readonly height: number) {
    this.data = new Uint8Array(width * height)
  }

  get(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.width && y < this.height && this.data[y * this.width + x] === 1
  }

  /** Blackens a rectangle, clipped to the bitmap. */
  fillRect(x: number, y: number, w: number, h: number): void {
    const x0 = Math.max(0, Math.floor(x))
    const x1 = Math.min(this.width, Math.floor(x + w))
    const y1 = Math.min(this.height, Math.floor(y + h))
    for (let row = Math.max(0, Math.floor(y)); row < y1; row++) {
      if (x1 > x0) this.data.fill(1, row * this.width + x0, row * this.width + x1)
    }
  }

  /** Copies `src` onto this bitmap with its top-left corner at (x, y), clipped; black wins. */
  draw(src: Bitmap, x: number, y: number): void {
    for (let row = 0; row < src.height; row++) {
      const ty = y + row
      if (ty < 0 || ty >= this.height) continue
      for (let col = 0; col < src.width; col++) {
        const tx = x + col
        if (tx >= 0 && tx < this.width && src.data[row * src.width + col] === 1) this.data[ty * this.width + tx] = 1
      }
    }
  }
}

/** Stacks same-width bitmaps top to bottom into one. */
export function stackBitmaps(width: number, parts: readonly Bitmap[]): Bitmap {
  const out = new Bitmap(width, parts.reduce((h, p) => h + p.height, 0))
  let y = 0
  for (const part of parts) {
    out.draw(part, 0, y)
    y += part.height
  }
  return out
}
