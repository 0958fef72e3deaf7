import { inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { columnName, toXlsx } from './xlsx.js'

/** Reads the entries of a ZIP through its central directory (what Excel does). */
function unzip(b: Buffer): Map<string, string> {
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = b.readUInt16LE(end + 10)
  let p = b.readUInt32LE(end + 16)
  const out = new Map<string, string>()
  for (let i = 0; i < count; i++) {
    const size = b.readUInt32LE(p + 20)
    const nameLen = b.readUInt16LE(p + 28)
    const extraLen = b.readUInt16LE(p + 30)
    const commentLen = b.readUInt16LE(p + 32)
    const local = b.readUInt32LE(p + 42)
    const name = b.subarray(p + 46, p + 46 + nameLen).toString('utf8')
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28)
    out.set(name, inflateRawSync(b.subarray(start, start + size)).toString('utf8'))
    p += 46 + nameLen + extraLen + commentLen
  }
  return out
}

describe('toXlsx', () => {
  it('names columns A…Z, AA…', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA'])
  })

  it('writes the OOXML parts with inline strings, numbers and escaped text', () => {
    const files = unzip(toXlsx([{ name: 'Thống kê: [tháng]', rows: [['Tên', 'Số'], ['A & <B>', 7], [null, 2.5]] }]))
    expect([...files.keys()]).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml'])
    expect(files.get('xl/workbook.xml')).toContain('<sheet name="Thống kê   tháng " sheetId="1" r:id="rId1"/>')
    const sheet = files.get('xl/worksheets/sheet1.xml')!
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">A &amp; &lt;B&gt;</t></is></c><c r="B2"><v>7</v></c>')
    expect(sheet).toContain('<row r="3"><c r="B3"><v>2.5</v></c></row>')
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr">')
  })
})
