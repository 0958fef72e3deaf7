import { describe, expect, it } from 'vitest'
import { toCsv } from './csv.js'

const text = (b: Buffer) => b.subarray(3).toString('utf8')

describe('toCsv', () => {
  it('starts with the UTF-8 BOM and ends every line with CRLF', () => {
    const b = toCsv([['Lĩnh vực', 'Đã phục vụ'], ['Đất đai', 3]])
    expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text(b)).toBe('Lĩnh vực,Đã phục vụ\r\nĐất đai,3\r\n')
  })

  it('quotes commas, quotes, semicolons and line breaks; empty for null', () => {
    expect(text(toCsv([['a,b', 'say "hi"', 'x;y', 'two\nlines', null, 1.5]]))).toBe('"a,b","say ""hi""","x;y","two\nlines",,1.5\r\n')
  })

  it('keeps text that looks like a formula as text', () => {
    expect(text(toCsv([['=SUM(A1:A9)', '+84 236', '@x', 'ok']]))).toBe("'=SUM(A1:A9),'+84 236,'@x,ok\r\n")
  })

  it('guards cells that start with TAB or CR too: Excel strips them and runs the formula behind', () => {
    expect(text(toCsv([['\t=1+1', '\r=HYPERLINK("x")', 'a\tb']]))).toBe('\'\t=1+1,"\'\r=HYPERLINK(""x"")",a\tb\r\n')
  })
})
