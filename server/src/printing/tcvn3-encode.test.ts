import { describe, expect, it } from 'vitest'
import { encodeTcvn3, toTcvn3Text } from './tcvn3-encode.js'
import { TCVN3_GLYPHS } from './tcvn3-table.js'

const LOWER = 'àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵđ'
const ESC_T = (page: number): number[] => [0x1b, 0x74, page]

describe('TCVN3 encoding', () => {
  it('has a byte for every Vietnamese letter, both cases', () => {
    for (const ch of LOWER + LOWER.toUpperCase()) expect(TCVN3_GLYPHS.has(ch), ch).toBe(true)
    expect(TCVN3_GLYPHS.size).toBe(134)
  })

  it('never emits "?" for Vietnamese text', () => {
    const bytes = encodeTcvn3(`${LOWER} ${LOWER.toUpperCase()}`)
    expect(bytes.includes(0x3f)).toBe(false)
  })

  it('puts lower case on page 30 and capitals on page 31, at the same position', () => {
    expect([...encodeTcvn3('ộ')]).toEqual([...ESC_T(30), 0xe9])
    expect([...encodeTcvn3('Ộ')]).toEqual([...ESC_T(31), 0xe9])
    expect([...encodeTcvn3('đĐ')]).toEqual([...ESC_T(30), 0xae, ...ESC_T(31), 0xa7])
    expect([...encodeTcvn3('ăĂ âÂ')]).toEqual([...ESC_T(30), 0xa8, ...ESC_T(31), 0xa1, 0x20, ...ESC_T(30), 0xa9, ...ESC_T(31), 0xa2])
  })

  it('switches pages only when a letter needs it; ASCII rides along', () => {
    expect([...encodeTcvn3('HOÀ HẢI')]).toEqual([...ESC_T(30), 0x48, 0x4f, ...ESC_T(31), 0xb5, 0x20, 0x48, 0xb6, 0x49])
    expect([...encodeTcvn3('A025')]).toEqual([...ESC_T(30), 0x41, 0x30, 0x32, 0x35])
  })

  it('accepts decomposed input (NFD) as well as precomposed', () => {
    expect(encodeTcvn3('Tư pháp'.normalize('NFD'))).toEqual(encodeTcvn3('Tư pháp'))
  })

  it('prints typographic punctuation as ASCII and strips foreign accents', () => {
    expect(toTcvn3Text('Tư pháp – Hộ tịch “A” …')).toBe('Tư pháp - Hộ tịch "A" ...')
    expect(toTcvn3Text('Façade Ð 中')).toBe('Facade ? ?')
  })
})
