import { resolve } from 'node:path'
import { pruneBackups, writeBackup } from '../backup/backup.js'

/**
 * `npm run backup -- <folder> [--keep N]`: one archive of DATA_DIR (default ./data) in <folder>,
 * safe while the server runs. With --keep, older archives beyond N are deleted.
 */
async function main(argv: string[]): Promise<void> {
  let keep: number | undefined
  const folders: string[] = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--keep') keep = Number(argv[++i])
    else folders.push(argv[i]!)
  }
  const dir = folders.length === 1 ? folders[0] : undefined
  if (!dir || (keep !== undefined && !(Number.isInteger(keep) && keep > 0))) {
    console.error('Cách dùng / usage: npm run backup -- <thư mục / folder> [--keep N]   (DATA_DIR=./data)')
    process.exit(2)
  }
  const dataDir = resolve(process.env.DATA_DIR || './data')
  const r = await writeBackup(dataDir, resolve(dir))
  const pruned = keep === undefined ? [] : await pruneBackups(resolve(dir), keep)
  console.log(`Đã sao lưu / backed up ${dataDir}: ${r.file} (${r.files} tệp / files, ${(r.bytes / 1024).toFixed(0)} KB)${pruned.length ? `; đã xoá bản cũ / removed ${pruned.length} older` : ''}`)
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`Sao lưu thất bại / backup failed: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
