import type { EscPosItem } from './escpos-parse.js'

/**
 * TCVN3 → Unicode written for the tests from the standard's layout (vowel ×
 * tone), independent of the encoder's run table. Page 30: lower case (plus the
 * standard's Ă Â Ê Ô Ơ Ư Đ at A1–A7); page 31: the same positions as capitals.
 */
const TONES = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] // huyền, hỏi, ngã, sắc, nặng
const TONED: [string, number[]][] = [
  ['a', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
]
const PLAIN: [number, string][] = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
]

function page(upper: boolean): Map<number, string> {
  const map = new Map<number, string>()
  for (const [byte, ch] of PLAIN) map.set(byte, upper && byte >= 0xa8 ? ch.toUpperCase() : ch)
  for (const [vowel, bytes] of TONED) {
    bytes.forEach((byte, tone) => {
      const ch = (vowel.normalize('NFD') + TONES[tone]).normalize('NFC')
      map.set(byte, upper ? ch.toUpperCase() : ch)
    })
  }
  return map
}

const PAGES = new Map([[30, page(false)], [31, page(true)]])

/** Decodes the text runs of a parsed job into trimmed lines (blank ones kept); an unknown high byte decodes as U+FFFD. */
export function decodeTcvn3Lines(items: readonly EscPosItem[]): string[] {
  const lines: string[] = ['']
  for (const item of items) {
    if (item.type === 'newline') lines.push('')
    if (item.type !== 'text') continue
    const table = PAGES.get(item.page)
    let s = ''
    for (const b of item.bytes) s += b < 0x80 ? String.fromCharCode(b) : (table?.get(b) ?? '\ufffd')
    lines[lines.length - 1] += s
  }
  return lines.map((l) => l.trim())
}
