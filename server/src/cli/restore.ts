import { resolve } from 'node:path'
import { restoreBackup } from '../backup/restore.js'

/**
 * `npm run restore -- <archive>`: puts a backup back into DATA_DIR (default ./data). Refused while
 * the server runs on that folder; the archive is checked whole first; earlier content is moved aside.
 */
async function main(argv: string[]): Promise<void> {
  const archive = argv.find((a) => !a.startsWith('--'))
  if (!archive) {
    console.error('Cách dùng / usage: npm run restore -- <tệp sao lưu / archive.zip>   (DATA_DIR=./data)')
    process.exit(2)
  }
  const dataDir = resolve(process.env.DATA_DIR || './data')
  const r = await restoreBackup(resolve(archive), dataDir)
  console.log(`Đã khôi phục / restored ${r.files} tệp / files (${r.days} ngày / days) vào / into ${dataDir}`)
  if (r.movedAside) console.log(`Dữ liệu cũ được giữ ở / the earlier data was kept in ${r.movedAside}`)
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`Khôi phục thất bại / restore failed: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
