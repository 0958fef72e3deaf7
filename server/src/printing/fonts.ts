import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import opentype from 'opentype.js'
import type { Font } from 'opentype.js'

/**
 * Be Vietnam Pro (SIL OFL 1.1), a face drawn for Vietnamese, read from the
 * @expo-google-fonts/be-vietnam-pro package: TTF files, full Vietnamese
 * coverage, no system fonts or native build needed.
 */
const FILES = {
  regular: '@expo-google-fonts/be-vietnam-pro/500Medium/BeVietnamPro_500Medium.ttf',
  bold: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
} as const

export type FontWeight = keyof typeof FILES

export type TicketFonts = Record<FontWeight, Font>

const require = createRequire(import.meta.url)
let loading: Promise<TicketFonts> | undefined

async function loadFont(file: string): Promise<Font> {
  const buf = await readFile(require.resolve(file))
  return opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength))
}

/** The ticket fonts, parsed once per process (about 60 ms) and then shared. */
export function ticketFonts(): Promise<TicketFonts> {
  loading ??= Promise.all([loadFont(FILES.regular), loadFont(FILES.bold)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((err: unknown) => {
      loading = undefined
      throw err
    })
  return loading
}
