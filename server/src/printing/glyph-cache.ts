import type { Font, Glyph } from 'opentype.js'
import { Bitmap } from './bitmap.js'
import { fillPath } from './path-fill.js'

/** A rendered glyph: its dots and where its top-left sits relative to the pen on the baseline. */
export interface GlyphImage {
  bitmap: Bitmap
  left: number
  top: number
}

const caches = new WeakMap<Font, Map<string, GlyphImage>>()

/**
 * The glyph at `size` dots, rendered once and reused: tickets repeat the same
 * few dozen letters, so after the first ticket drawing text is mostly copying.
 * Pens are snapped to whole dots, which a 203 dpi head cannot tell apart.
 */
export function glyphImage(font: Font, glyph: Glyph, size: number): GlyphImage {
  let cache = caches.get(font)
  if (!cache) caches.set(font, (cache = new Map()))
  const key = `${glyph.index}@${size}`
  let image = cache.get(key)
  if (!image) {
    image = render(glyph, size)
    cache.set(key, image)
  }
  return image
}

function render(glyph: Glyph, size: number): GlyphImage {
  const box = glyph.getPath(0, 0, size).getBoundingBox()
  const left = Math.floor(box.x1)
  const top = Math.floor(box.y1)
  const width = Math.max(0, Math.ceil(box.x2) - left)
  const height = Math.max(0, Math.ceil(box.y2) - top)
  const bitmap = new Bitmap(width, height)
  if (width > 0 && height > 0) fillPath(glyph.getPath(-left, -top, size).commands, bitmap)
  return { bitmap, left, top }
}
