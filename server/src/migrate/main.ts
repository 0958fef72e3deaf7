import { readEnv } from '../config-env.js'
import { PgStore } from '../store/pg/pg-store.js'
import { copyEmbeddedToPg } from './copy-embedded.js'

/**
 * `npm run migrate-to-postgres`: copies the embedded centre in DATA_DIR into DATABASE_URL for
 * LUOT_CENTRE, then compares the counts on both sides. Run it with the server stopped.
 */
async function main(): Promise<void> {
  const env = readEnv()
  if (!env.databaseUrl) throw new Error('set DATABASE_URL=postgres://… (and LUOT_CENTRE) to say where to copy DATA_DIR to')
  const pg = await PgStore.open(env.databaseUrl, { centre: env.centre })
  try {
    console.log(`Sao chép / Copying ${env.dataDir} → PostgreSQL (${env.centre})`)
    const counts = await copyEmbeddedToPg(env.dataDir, pg)
    for (const c of counts) console.log(`  ${c.what.padEnd(22)} ${String(c.embedded).padStart(8)} ${String(c.postgres).padStart(8)}${c.embedded === c.postgres ? '' : '  ≠'}`)
    if (counts.some((c) => c.embedded !== c.postgres)) throw new Error('the counts differ: the copy is not complete')
    console.log('Xong, số liệu khớp / Done, the counts match.')
  } finally {
    await pg.close()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
