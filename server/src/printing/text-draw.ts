import type { Font, Glyph } from 'opentype.js'
import { Bitmap } from './bitmap.js'
import { glyphImage } from './glyph-cache.js'

interface PlacedGlyph {
  glyph: Glyph
  /** Pen position in dots from the start of the line. */
  x: number
}

/**
 * Places one line: a glyph per code point (text is NFC, and the font has
 * every Vietnamese letter precomposed), advances plus GPOS pair kerning.
 * opentype.js's own layout also runs bidi and ligature lookups, which cost
 * milliseconds per call and change nothing for Vietnamese.
 */
function layout(font: Font, text: string, size: number): { glyphs: PlacedGlyph[]; width: number } {
  const scale = size / font.unitsPerEm
  const glyphs: PlacedGlyph[] = []
  let x = 0
  let prev: Glyph | undefined
  for (const ch of text) {
    const glyph = font.charToGlyph(ch)
    if (prev) x += font.getKerningValue(prev, glyph) * scale
    glyphs.push({ glyph, x })
    x += (glyph.advanceWidth ?? 0) * scale
    prev = glyph
  }
  return { glyphs, width: x }
}

/** Advance width of a line in dots, kerning included. */
export function measureText(font: Font, text: string, size: number): number {
  return layout(font, text, size).width
}

/** Height of one line in dots: ascender to descender, room for Vietnamese stacked marks. */
export function lineHeight(font: Font, size: number): number {
  return Math.ceil(((font.ascender - font.descender) / font.unitsPerEm) * size)
}

/**
 * Draws one line into a new bitmap `width` dots wide and one line high.
 * `x` is the left edge of the text; the baseline sits at the font's ascender.
 */
export function drawTextLine(font: Font, text: string, size: number, width: number, x: number): Bitmap {
  const bitmap = new Bitmap(width, lineHeight(font, size))
  const baseline = Math.round((font.ascender / font.unitsPerEm) * size)
  for (const placed of layout(font, text, size).glyphs) {
    const image = glyphImage(font, placed.glyph, size)
    bitmap.draw(image.bitmap, Math.round(x + placed.x) + image.left, baseline + image.top)
  }
  return bitmap
}
