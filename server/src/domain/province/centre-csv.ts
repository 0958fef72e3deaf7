import { Compile } from 'typebox/compile'
import { CentreCreate, LuotError } from '@luot/shared'
import { csvRecords, csvSeparator } from '../csv-records.js'

const HEADER = ['slug', 'name', 'nameEn', 'kind', 'district', 'formerDistrict', 'commune', 'address', 'hotline'] as const
const check = Compile(CentreCreate)

/**
 * Reads a batch of centres: a header line naming the columns (`slug,name,nameEn,kind,district,
 * formerDistrict,commune,address,hotline`, any order, only slug and name required; comma or
 * semicolon; UTF-8 with or without BOM), one centre a line. Any bad line or a slug twice: nothing is
 * returned and CENTRE_IMPORT_INVALID names every bad line with why.
 */
export function parseCentreCsv(text: string): CentreCreate[] {
  const body = text.replace(/^\uFEFF/, '')
  const all = csvRecords(body, csvSeparator(body))
  const head = (all[0] ?? []).map((h) => h.trim())
  const unknown = head.filter((h) => !(HEADER as readonly string[]).includes(h))
  if (!head.includes('slug') || !head.includes('name') || unknown.length) throw new LuotError('CENTRE_IMPORT_INVALID', `line 1: the header must name slug and name, and only ${HEADER.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`)
  const bad: string[] = []
  const out: CentreCreate[] = []
  const seen = new Set<string>()
  all.slice(1).forEach((fields, i) => {
    const line = i + 2
    if (fields.every((f) => f.trim() === '')) return
    const row = Object.fromEntries(head.flatMap((h, k) => (fields[k]?.trim() ? [[h, fields[k].trim()]] : [])))
    if (!check.Check(row)) return void bad.push(`line ${line}: ${[...check.Errors(row)].slice(0, 2).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`)
    if (seen.has(row.slug)) return void bad.push(`line ${line}: the slug ${row.slug} is on an earlier line too`)
    seen.add(row.slug)
    out.push(row)
  })
  if (bad.length) throw new LuotError('CENTRE_IMPORT_INVALID', bad.slice(0, 20).join('\n'))
  if (!out.length) throw new LuotError('CENTRE_IMPORT_INVALID', 'no centre in the file')
  return out
}
