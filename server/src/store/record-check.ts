import { Compile, type Validator } from 'typebox/compile'
import { DayRecord, type DayRecordType } from '@luot/shared'
import type { TSchema } from 'typebox'
import { RECORD_FORMAT, refuseNewer } from './data-format.js'

const constOf = (schema: TSchema): unknown => (schema as { const?: unknown }).const
/** One compiled validator per record type and format (`ticket-issued/2`): a line is checked against its own schema only. */
const validators = new Map<string, Validator<Record<string, TSchema>, TSchema>>(
  DayRecord.anyOf.map((schema) => [`${String(constOf(schema.properties.type) as DayRecordType)}/${String(constOf(schema.properties.v))}`, Compile(schema)]),
)

/**
 * Checks a value read back from storage against the record schemas (typing is not validation).
 * Returns the record, or the reason it is not one. A record a newer release wrote throws a
 * NewerDataError naming `where` (the file and line, or the journal and seq).
 */
export function checkRecord(value: unknown, where = 'a journal record'): { record: DayRecord } | { reason: string } {
  refuseNewer(where, value, 'v', RECORD_FORMAT)
  const { type, v } = (value ?? {}) as { type?: unknown; v?: unknown }
  const validator = typeof type === 'string' ? validators.get(`${type}/${String(v)}`) : undefined
  if (!validator) return { reason: typeof type === 'string' && [...validators.keys()].some((k) => k.startsWith(`${type}/`)) ? `${type} record: /v must be a known format (found ${JSON.stringify(v)})` : `not a journal record (type ${JSON.stringify(type)})` }
  if (validator.Check(value)) return { record: value as DayRecord }
  const first = [...validator.Errors(value)][0]
  return { reason: first ? `${type} record: ${first.instancePath || '/'} ${first.message}` : `${type} record does not match its schema` }
}

/** Parses and checks one journal line (`where`: its file and line, for a newer record's error). */
export function parseRecordLine(line: string, where?: string): ReturnType<typeof checkRecord> {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (err) {
    return { reason: `not JSON (${err instanceof Error ? err.message : String(err)})` }
  }
  return checkRecord(value, where)
}
