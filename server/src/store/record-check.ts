import { Compile, type Validator } from 'typebox/compile'
import { DayRecord, type DayRecordType } from '@luot/shared'
import type { TSchema } from 'typebox'
import { RECORD_FORMAT } from './data-format.js'

/** One compiled validator per record type: a line is checked against its own type's schema only. */
const validators = new Map<string, Validator<Record<string, TSchema>, TSchema>>(
  DayRecord.anyOf.map((schema) => [String((schema.properties.type as { const: DayRecordType }).const), Compile(schema)]),
)

/**
 * Checks a value read back from storage against the record schemas (typing is not validation).
 * Returns the record, or the reason it is not one.
 */
export function checkRecord(value: unknown): { record: DayRecord } | { reason: string; newer?: number } {
  const v = (value as { v?: unknown } | null)?.v
  if (typeof v === 'number' && v > RECORD_FORMAT) return { reason: `record format ${v}`, newer: v }
  const type = (value as { type?: unknown } | null)?.type
  const validator = typeof type === 'string' ? validators.get(type) : undefined
  if (!validator) return { reason: `not a journal record (type ${JSON.stringify(type)})` }
  if (validator.Check(value)) return { record: value as DayRecord }
  const first = [...validator.Errors(value)][0]
  return { reason: first ? `${type} record: ${first.instancePath || '/'} ${first.message}` : `${type} record does not match its schema` }
}

/** Parses and checks one journal line. */
export function parseRecordLine(line: string): ReturnType<typeof checkRecord> {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (err) {
    return { reason: `not JSON (${err instanceof Error ? err.message : String(err)})` }
  }
  return checkRecord(value)
}
