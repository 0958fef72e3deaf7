import { randomBytes } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigFile, ConfigFileV1 } from '@luot/shared'
import type { Config } from '../domain/types.js'
import { checkShape } from './checked-file.js'
import { CorruptFileError, readJson } from './durable-file.js'

/** A fresh account generation: random, so no later account can match an earlier one's cookies. */
export const newAccountGeneration = (): string => randomBytes(12).toString('base64url')

/**
 * Version 1 → 2: every user gets a generation (so cookies issued before the upgrade stop working:
 * everyone signs in again once), and no rating-pad key has been rotated yet.
 */
export function migrateConfigV1(old: ConfigFileV1): Config {
  return { ...old, version: 2, users: old.users.map((u) => ({ ...u, generation: newAccountGeneration() })), padKeyRotations: {} }
}

/**
 * Reads config.json, checked against its schema (older versions are checked against theirs and
 * migrated). Null only when the file does not exist AND the data directory holds no days: a missing
 * configuration next to queue data is an accident, never a first start.
 */
export async function readConfigFile(dataDir: string): Promise<{ config: Config; migrated: boolean } | null> {
  const file = join(dataDir, 'config.json')
  const read = await readJson(file)
  if (read === null) {
    const days = await readdir(join(dataDir, 'days')).catch(() => [])
    if (days.length) throw new CorruptFileError(file, `is missing, but ${join(dataDir, 'days')} holds queue data: a first start happens only on an empty data directory`)
    return null
  }
  return parseConfig(file, read.value)
}

/** A stored configuration (file or row, named by `where`) checked against its version's schema; version 1 is migrated. */
export function parseConfig(where: string, v: unknown): { config: Config; migrated: boolean } {
  if (typeof v === 'object' && v !== null && 'version' in v && v.version === 1) return { config: migrateConfigV1(checkShape(where, ConfigFileV1, v)), migrated: true }
  return { config: checkShape(where, ConfigFile, v), migrated: false }
}
