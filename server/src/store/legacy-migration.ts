import { access, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { Compile } from 'typebox/compile'
import { LegacyDayState, type DayRecord, type DayState } from '@luot/shared'
import { fsyncDir, readJsonFile, writeFileDurable } from './durable-file.js'
import { CorruptDataError } from './port.js'
import { checkRecord } from './record-check.js'

const LEGACY_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/
const legacy = Compile(LegacyDayState)

/** A release-0.1 day in today's shape: its idempotency map moves onto the tickets it issued. */
export function fromLegacy(old: LegacyDayState): DayState {
  const keyOf = new Map(Object.entries(old.idempotency).map(([key, id]) => [id, key]))
  const { idempotency: _moved, ...rest } = old
  return { ...rest, version: 2, tickets: old.tickets.map((t) => (keyOf.has(t.id) ? { ...t, idempotencyKey: keyOf.get(t.id)! } : t)) }
}

const exists = (path: string) => access(path).then(() => true, () => false)

/**
 * Moves every release-0.1 day file (`days/<date>.json`, the whole day rewritten on each command)
 * to a journal whose one record carries that state, once. The old file is removed only after the
 * new journal is durable; a crash in between leaves both, and the next start finishes the removal.
 * A closed day also gets its snapshot. Returns the dates migrated.
 */
export async function migrateLegacyDays(daysDir: string, snapshot: (state: DayState) => Promise<void>, log: (message: string) => void): Promise<string[]> {
  const migrated: string[] = []
  for (const name of (await readdir(daysDir)).sort()) {
    const date = LEGACY_FILE.exec(name)?.[1]
    if (!date) continue
    const oldFile = join(daysDir, name)
    const journal = join(daysDir, `${date}.jsonl`)
    if (!(await exists(journal))) {
      const old = await readJsonFile<unknown>(oldFile)
      if (!legacy.Check(old)) {
        const first = [...legacy.Errors(old)][0]
        throw new CorruptDataError(oldFile, undefined, `not a day file of release 0.1 (${first ? `${first.instancePath || '/'} ${first.message}` : 'wrong shape'})`)
      }
      const record: DayRecord = { v: 1, type: 'day-migrated', at: new Date().toISOString(), state: fromLegacy(old) }
      const checked = checkRecord(JSON.parse(JSON.stringify(record)))
      if ('reason' in checked) throw new CorruptDataError(oldFile, undefined, `cannot be migrated: ${checked.reason}`)
      await writeFileDurable(journal, `${JSON.stringify(record)}\n`)
      if (record.state.closed) await snapshot(record.state)
      migrated.push(date)
      log(`migrated ${oldFile} to ${journal}`)
    }
    await unlink(oldFile)
    await fsyncDir(daysDir)
  }
  return migrated
}
