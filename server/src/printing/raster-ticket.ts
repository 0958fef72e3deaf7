import type { Font } from 'opentype.js'
import { Bitmap, stackBitmaps } from './bitmap.js'
import { ticketFonts, type FontWeight, type TicketFonts } from './fonts.js'
import { qrBitmap, qrModules } from './qr-bitmap.js'
import { drawTextLine, measureText } from './text-draw.js'
import { ticketBlocks, type TextRole, type TicketBlock } from '@luot/shared'
import { paperDots, type PaperWidth, type TicketPrint } from './ticket-print.js'
import { wrapText } from './wrap-text.js'

interface RasterStyle {
  weight: FontWeight
  /** Font size in dots on 80 mm paper; 58 mm prints at 85%. */
  size: number
  invert?: boolean
}

const STYLES: Record<Exclude<TextRole, 'number'>, RasterStyle> = {
  centre: { weight: 'bold', size: 30 },
  subtitle: { weight: 'regular', size: 27 },
  heading: { weight: 'bold', size: 40 },
  service: { weight: 'bold', size: 34 },
  detail: { weight: 'regular', size: 28 },
  priority: { weight: 'bold', size: 30, invert: true },
  hotline: { weight: 'regular', size: 26 },
  footer: { weight: 'regular', size: 25 },
}

const MARGIN = 8
const GAP = 16
/** Largest number size in dots: digits about 14 mm tall on 80 mm paper. */
const NUMBER_MAX = 200

/**
 * The whole ticket as one bitmap the width of the paper: text drawn with Be
 * Vietnam Pro, the number as big as fits, the QR code from the qrcode matrix.
 */
export const renderTicketBitmap = (t: TicketPrint, paper: PaperWidth): Promise<Bitmap> => renderBlocksBitmap(ticketBlocks(t), paper)

/** Any printed layout (a ticket, a dossier slip) as one bitmap the width of the paper. */
export async function renderBlocksBitmap(blocks: readonly TicketBlock[], paper: PaperWidth): Promise<Bitmap> {
  const fonts = await ticketFonts()
  const width = paperDots(paper)
  const scale = paper === 80 ? 1 : 0.85
  const parts: Bitmap[] = [new Bitmap(width, MARGIN)]
  for (const block of blocks) {
    if (block.kind === 'gap') parts.push(new Bitmap(width, GAP))
    else if (block.kind === 'rule') parts.push(rule(width))
    else if (block.kind === 'qr') parts.push(qr(block.data, width, paper === 80 ? 6 : 5))
    else if (block.role === 'number') parts.push(numberLine(fonts.bold, block.text, width))
    else {
      const style = STYLES[block.role]
      parts.push(...textLines(fonts, block.text, style, Math.round(style.size * scale), width))
    }
  }
  parts.push(new Bitmap(width, MARGIN))
  return stackBitmaps(width, parts)
}

function textLines(fonts: TicketFonts, text: string, style: RasterStyle, size: number, width: number): Bitmap[] {
  const font = fonts[style.weight]
  const inset = style.invert ? MARGIN * 3 : MARGIN
  const lines = wrapText(text, width - 2 * inset, (s) => measureText(font, s, size))
  return lines.map((line) => {
    const textWidth = measureText(font, line, size)
    const bitmap = drawTextLine(font, line, size, width, Math.round((width - textWidth) / 2))
    return style.invert ? invertBand(bitmap, Math.round((width - textWidth) / 2) - MARGIN, Math.ceil(textWidth) + 2 * MARGIN) : bitmap
  })
}

/** White text on a black band from x over w dots: the priority line stands out. */
function invertBand(line: Bitmap, x: number, w: number): Bitmap {
  const x0 = Math.max(0, x)
  const x1 = Math.min(line.width, x + w)
  for (let y = 0; y < line.height; y++) {
    for (let i = y * line.width + x0; i < y * line.width + x1; i++) line.data[i] = line.data[i] === 1 ? 0 : 1
  }
  return line
}

/** The number as large as fits the paper (at most NUMBER_MAX dots), blank rows trimmed. */
function numberLine(font: Font, text: string, width: number): Bitmap {
  const fit = (NUMBER_MAX * (width - 2 * MARGIN)) / Math.max(1, measureText(font, text, NUMBER_MAX))
  const size = Math.floor(Math.min(NUMBER_MAX, fit))
  const textWidth = measureText(font, text, size)
  return trimRows(drawTextLine(font, text, size, width, Math.round((width - textWidth) / 2)), MARGIN)
}

function trimRows(bitmap: Bitmap, pad: number): Bitmap {
  const inked = (y: number): boolean => bitmap.data.subarray(y * bitmap.width, (y + 1) * bitmap.width).includes(1)
  let top = 0
  let bottom = bitmap.height
  while (top < bottom && !inked(top)) top++
  while (bottom > top && !inked(bottom - 1)) bottom--
  const out = new Bitmap(bitmap.width, bottom - top + 2 * pad)
  out.data.set(bitmap.data.subarray(top * bitmap.width, bottom * bitmap.width), pad * bitmap.width)
  return out
}

/** A dashed rule across the paper. */
function rule(width: number): Bitmap {
  const bitmap = new Bitmap(width, 2 * MARGIN + 2)
  for (let x = MARGIN; x < width - MARGIN; x += 12) bitmap.fillRect(x, MARGIN, Math.min(8, width - MARGIN - x), 2)
  return bitmap
}

/** The QR code centred, modules as large as `preferred` dots while the symbol fits. */
function qr(data: string, width: number, preferred: number): Bitmap {
  const moduleDots = Math.max(1, Math.min(preferred, Math.floor(width / (qrModules(data) + 8))))
  const symbol = qrBitmap(data, moduleDots)
  const bitmap = new Bitmap(width, symbol.height)
  bitmap.draw(symbol, Math.floor((width - symbol.width) / 2), 0)
  return bitmap
}
