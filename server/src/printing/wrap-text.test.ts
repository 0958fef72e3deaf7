import { describe, expect, it } from 'vitest'
import { columnsOf, wrapText } from './wrap-text.js'

describe('wrapText', () => {
  it('keeps a line that fits as it is', () => {
    expect(wrapText('Tư pháp – Hộ tịch', 32)).toEqual(['Tư pháp – Hộ tịch'])
  })

  it('wraps a long Vietnamese service name at spaces, never cutting a word', () => {
    const name = 'Đăng ký kinh doanh hộ kinh doanh cá thể và hợp tác xã – Nông nghiệp và Môi trường'
    const lines = wrapText(name, 32)
    expect(lines).toEqual([
      'Đăng ký kinh doanh hộ kinh doanh',
      'cá thể và hợp tác xã – Nông',
      'nghiệp và Môi trường',
    ])
    expect(lines.join(' ')).toBe(name)
    for (const line of lines) expect(columnsOf(line)).toBeLessThanOrEqual(32)
  })

  it('counts a precomposed Vietnamese letter as one column', () => {
    expect(columnsOf('ỗ')).toBe(1)
    expect(wrapText('ầầầ ầầầ', 3)).toEqual(['ầầầ', 'ầầầ'])
  })

  it('breaks only a word longer than a whole line', () => {
    expect(wrapText('ab https://example.vn/abcdef', 8)).toEqual(['ab', 'https://', 'example.', 'vn/abcde', 'f'])
  })

  it('collapses white space and gives no lines for blank text', () => {
    expect(wrapText('  Quầy:\t1,   2 ', 48)).toEqual(['Quầy: 1, 2'])
    expect(wrapText('   ', 48)).toEqual([])
  })

  it('measures with any unit, e.g. dots of a proportional font', () => {
    const dots = (s: string): number => s.length * 10
    expect(wrapText('một hai ba', 70, dots)).toEqual(['một hai', 'ba'])
  })
})
