import type { TSchema } from 'typebox'
import { StartupError } from '../startup-error.js'

/** The newest journal record format (`v`) this release reads and writes (2: bookings and remote tickets; format-1 records are still read and written). */
export const RECORD_FORMAT = 2

/**
 * Data a newer release of Lượt wrote (after an upgrade was rolled back, or a backup restored onto
 * an older install). This release cannot know what the newer fields mean, so it does not start and
 * changes nothing.
 */
export class NewerDataError extends StartupError {
  constructor(where: string, found: number, reads: number) {
    super(`${where} was written by a newer release of Lượt (data format ${found}; this release reads up to ${reads}). Start that newer release again, or restore a backup made by this one; nothing was changed.`)
    this.name = 'NewerDataError'
  }
}

/** The format a versioned schema (a `version` literal, as config.json and day snapshots have) describes, else undefined. */
function schemaVersion(schema: TSchema): number | undefined {
  const v = (schema as { properties?: { version?: { const?: unknown } } }).properties?.version?.const
  return typeof v === 'number' ? v : undefined
}

/** Throws a NewerDataError when `value` says it has a newer `key` (version, v) than `reads`. */
export function refuseNewer(where: string, value: unknown, key: 'version' | 'v', reads: number | undefined): void {
  const found = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
  if (reads !== undefined && typeof found === 'number' && found > reads) throw new NewerDataError(where, found, reads)
}

/** refuseNewer for a file checked against a versioned schema. */
export const refuseNewerFile = (file: string, schema: TSchema, value: unknown): void => refuseNewer(file, value, 'version', schemaVersion(schema))
