import { LuotError, type Procedure, type ProcedureImportResult, type Service } from '@luot/shared'
import { csvRecords, csvSeparator } from '../csv-records.js'

/** A row of a procedure list as read: line number (1-based, the header is line 1) and its fields. */
export interface ProcedureRow {
  line: number
  code?: string
  name: { vi: string; en: string }
  serviceId: string
  processing: Procedure['processing']
}

const UNITS: Record<string, Procedure['processing']['unit']> = { 'ngày': 'working-days', ngay: 'working-days', days: 'working-days', day: 'working-days', 'ngày làm việc': 'working-days', 'giờ': 'working-hours', gio: 'working-hours', hours: 'working-hours', hour: 'working-hours', 'giờ làm việc': 'working-hours' }
const HEADER = ['code', 'name', 'name_en', 'service_id', 'amount', 'unit']

/**
 * Reads a province's procedure list (header `code,name,name_en,service_id,amount,unit`, comma or
 * semicolon, UTF-8 with or without BOM; a decimal comma accepted in `amount`). Any bad row: nothing
 * is returned and PROCEDURE_IMPORT_INVALID lists every bad line with why.
 */
export function parseProcedureCsv(text: string, services: readonly Service[]): ProcedureRow[] {
  const body = text.replace(/^\uFEFF/, '')
  const sep = csvSeparator(body)
  const all = csvRecords(body, sep)
  const head = (all[0] ?? []).map((h) => h.trim().toLowerCase())
  if (HEADER.some((h, i) => head[i] !== h)) throw new LuotError('PROCEDURE_IMPORT_INVALID', `line 1: the header must be ${HEADER.join(sep)}`)
  const bad: string[] = []
  const rows: ProcedureRow[] = []
  for (const [i, fields] of all.slice(1).entries()) {
    const line = i + 2
    if (fields.every((f) => f.trim() === '')) continue
    const [code = '', name = '', nameEn = '', serviceId = '', amount = '', unit = ''] = fields.map((f) => f.trim())
    const why: string[] = []
    if (!name || name.length > 200) why.push('name is empty or longer than 200 characters')
    if (code.length > 40) why.push('code is longer than 40 characters')
    if (!services.some((s) => s.id === serviceId)) why.push(`unknown service_id "${serviceId}"`)
    const n = Number(amount.replace(',', '.'))
    if (!Number.isFinite(n) || n <= 0 || n > 1000 || (n * 2) % 1 !== 0) why.push(`amount "${amount}" is not a number of half-units between 0.5 and 1000`)
    const u = UNITS[unit.toLowerCase()]
    if (!u) why.push(`unit "${unit}" is not ngày/days or giờ/hours`)
    if (fields.length > HEADER.length) why.push(`${fields.length} fields, ${HEADER.length} expected`)
    if (why.length > 0 || !u) {
      bad.push(`line ${line}: ${why.join('; ')}`)
      continue
    }
    rows.push({ line, ...(code ? { code } : {}), name: { vi: name, en: nameEn || name }, serviceId, processing: { amount: n, unit: u } })
  }
  if (bad.length > 0) throw new LuotError('PROCEDURE_IMPORT_INVALID', bad.slice(0, 50).join('\n'))
  return rows
}

/** An id from a code or a Vietnamese name: no diacritics, lower case, dashes ("Đăng ký khai sinh" → "dang-ky-khai-sinh"). */
export function procedureSlug(text: string): string {
  const s = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 34).replace(/-+$/, '')
  return s || 'thu-tuc'
}

/** A free id built from `text`: the slug, or the slug with -2, -3… */
export function freeProcedureId(text: string, taken: ReadonlySet<string>): string {
  const base = procedureSlug(text)
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  return id
}

/**
 * Merges read rows into the catalogue: a row with the code (or, without a code, the Vietnamese name)
 * of an existing procedure updates it, active again; others are added. Two rows naming the same
 * procedure are refused (the list would contradict itself).
 */
export function mergeProcedures(existing: readonly Procedure[], rows: readonly ProcedureRow[]): { puts: Procedure[]; result: ProcedureImportResult } {
  const keyOf = (p: { code?: string | undefined; name: { vi: string } }) => (p.code ? `code:${p.code}` : `name:${p.name.vi.toLowerCase()}`)
  const byKey = new Map(existing.map((p) => [keyOf(p), p]))
  const seen = new Map<string, number>()
  const repeated = rows.filter((r) => (seen.has(keyOf(r)) ? true : (seen.set(keyOf(r), r.line), false)))
  if (repeated.length > 0) throw new LuotError('PROCEDURE_IMPORT_INVALID', repeated.map((r) => `line ${r.line}: the same procedure as line ${seen.get(keyOf(r))}`).join('\n'))
  const taken = new Set(existing.map((p) => p.id))
  const puts: Procedure[] = []
  let added = 0
  for (const r of rows) {
    const old = byKey.get(keyOf(r))
    const id = old?.id ?? freeProcedureId(r.code ?? r.name.vi, taken)
    taken.add(id)
    if (!old) added++
    puts.push({ id, ...(r.code ? { code: r.code } : {}), name: r.name, serviceId: r.serviceId, processing: r.processing, active: true })
  }
  return { puts, result: { added, updated: rows.length - added, total: existing.length + added } }
}
