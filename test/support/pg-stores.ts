import { afterAll, beforeAll } from 'vitest'
import type { FastifyInstance } from 'fastify'
import { PgStore } from '../../server/src/store/pg/pg-store.js'
import { testPostgres, type TestPostgres } from './postgres.js'

/**
 * For a describe block: one fresh database for the block, and `open(centre)` for PgStores on it
 * (each one a "process"); everything is closed after the block.
 */
export function usePgStores(): { open: (centre: string) => Promise<PgStore>; url: () => string } {
  let server: TestPostgres | undefined
  let url = ''
  const stores: PgStore[] = []
  beforeAll(async () => {
    server = await testPostgres()
    url = await server.newDatabase()
  })
  afterAll(async () => {
    for (const s of stores) await s.close()
    await server?.close()
  })
  return {
    open: async (centre) => {
      const s = await PgStore.open(url, { centre })
      stores.push(s)
      return s
    },
    url: () => url,
  }
}

/**
 * For a test file of apps on PostgreSQL: `apps` to close and `database()` for a fresh database on one
 * throwaway cluster (started on first use); all closed after the file.
 */
export function usePgApps(): { apps: FastifyInstance[]; database: () => Promise<string> } {
  const apps: FastifyInstance[] = []
  let server: TestPostgres | undefined
  afterAll(async () => {
    for (const a of apps.splice(0)) await a.close()
    await server?.close()
  }, 60_000)
  return {
    apps,
    database: async () => (server ??= await testPostgres()).newDatabase(),
  }
}
