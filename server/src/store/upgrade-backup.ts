import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigFile } from '@luot/shared'
import { UPGRADE_BACKUPS, writeBackup } from '../backup/backup.js'
import { readJson } from './durable-file.js'

const LEGACY_DAY = /^\d{4}-\d{2}-\d{2}\.json$/
const CONFIG_FORMAT = ConfigFile.properties.version.const

/** What this start would migrate: release-0.1 day files, or a config.json older than this release's. */
async function pendingMigrations(dataDir: string): Promise<string[]> {
  const pending: string[] = []
  const days = await readdir(join(dataDir, 'days')).catch(() => [])
  const legacy = days.filter((f) => LEGACY_DAY.test(f))
  if (legacy.length) pending.push(`${legacy.length} day file(s) to the journal format`)
  const config = await readJson(join(dataDir, 'config.json')).catch(() => null) // a bad file is reported by its reader
  const version = (config?.value as { version?: unknown } | undefined)?.version
  if (typeof version === 'number' && version < CONFIG_FORMAT) pending.push(`config.json from format ${version} to ${CONFIG_FORMAT}`)
  return pending
}

/**
 * Before a start migrates older data in place, the data directory as it was goes into one archive
 * (`<dataDir>/before-upgrade/luot-backup-….zip`, the same format `npm run restore` reads), so a
 * failed or regretted upgrade can be undone. Returns the archive, or null when nothing is migrated.
 */
export async function backUpBeforeUpgrade(dataDir: string, log: (message: string) => void): Promise<string | null> {
  const pending = await pendingMigrations(dataDir)
  if (!pending.length) return null
  const { file } = await writeBackup(dataDir, join(dataDir, UPGRADE_BACKUPS))
  log(`Nâng cấp dữ liệu / upgrading data: ${pending.join('; ')}. Bản sao trước khi nâng cấp / copy kept first: ${file}`)
  return file
}
