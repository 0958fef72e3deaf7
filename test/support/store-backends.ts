import { afterAll } from 'vitest'
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises'
import pg from 'pg'
import { join } from 'node:path'
import { JournalStore } from '../../server/src/store/journal-store.js'
import { MemoryStore } from '../../server/src/store/memory-store.js'
import { PgStore } from '../../server/src/store/pg/pg-store.js'
import type { Store } from '../../server/src/store/port.js'
import { skipPostgres, testPostgres, type TestPostgres } from './postgres.js'
import { tempDataDir } from './server-process.js'

/** One backend under the store conformance suite (`test/integration/store-conformance.test.ts`). */
export interface Backend {
  store: Store
  /** A new Store on the same data, as after a restart (the old one is closed first by the suite). */
  reopen(): Promise<Store>
  /** Leaves the start of a record that was never finished after the last one of `date` (a power cut mid-append); absent where an append is all-or-nothing. */
  tearTail?(date: string): Promise<void>
  /** Replaces record `seq` of `date` with bytes or a value that is not a record. */
  corrupt(date: string, seq: number, how?: 'schema' | 'newer'): Promise<void>
  /** Text a corrupt-data error must contain to name where the bad record is (file, table). */
  where(date: string): string
  cleanup(): Promise<void>
}

export interface BackendFactory {
  name: string
  /** Several processes may append to this data at once (conflicts are possible). */
  shared: boolean
  /** An append can be cut short by a power cut (a file), so its backend has `tearTail`. */
  tears: boolean
  create(): Promise<Backend>
}

const journalBackend: BackendFactory = {
  name: 'embedded journal',
  shared: false,
  tears: true,
  async create() {
    const dir = await tempDataDir()
    const file = (date: string) => join(dir, 'days', `${date}.jsonl`)
    return {
      store: await JournalStore.open(dir, { log: () => undefined }),
      reopen: () => JournalStore.open(dir, { log: () => undefined }),
      tearTail: (date) => appendFile(file(date), '{"v":1,"type":"ticket-issued","at":"2026-11-23T0'),
      async corrupt(date, seq, how = 'schema') {
        const lines = (await readFile(file(date), 'utf8')).split('\n')
        lines[seq - 1] = lines[seq - 1]!.replace('"v":1', how === 'newer' ? '"v":3' : '"v":0')
        await writeFile(file(date), lines.join('\n'))
      },
      where: (date) => `${file(date)}, line`,
      cleanup: () => rm(dir, { recursive: true, force: true }),
    }
  },
}

const memoryBackend: BackendFactory = {
  name: 'memory',
  shared: true,
  tears: false,
  async create() {
    const store = new MemoryStore()
    return {
      store,
      reopen: async () => store,
      async corrupt(date, seq, how = 'schema') {
        const record = store.journals.get(date)![seq - 1] as unknown as Record<string, unknown>
        if (how === 'newer') record.v = 3
        else record.type = 'ticket-exploded'
      },
      where: (date) => `memory journal of ${date}, line`,
      cleanup: async () => undefined,
    }
  },
}

// one PostgreSQL for the whole file (each backend gets a fresh database on it), stopped after the file
let postgres: Promise<TestPostgres> | undefined
afterAll(async () => {
  await (await postgres)?.close()
}, 60_000)

const pgBackend: BackendFactory = {
  name: 'PostgreSQL',
  shared: true,
  tears: false,
  async create() {
    const url = await (await (postgres ??= testPostgres())).newDatabase()
    const centre = 'phuong-ben-thanh'
    const opened: PgStore[] = []
    const open = async () => {
      const s = await PgStore.open(url, { centre })
      opened.push(s)
      return s
    }
    return {
      store: await open(),
      reopen: open,
      async corrupt(date, seq, how = 'schema') {
        const c = new pg.Client({ connectionString: url })
        await c.connect()
        await c.query(`UPDATE luot_records SET body = replace(body::text, '"v":1', $4)::json WHERE centre = $1 AND day = $2 AND seq = $3`, [centre, date, seq, how === 'newer' ? '"v":3' : '"v":0'])
        await c.end()
      },
      where: (date) => `luot_records (centre ${centre}, day ${date}), line`,
      cleanup: async () => {
        for (const s of opened) await s.close()
      },
    }
  },
}

/** Every backend the conformance suite runs against; a new backend adds its factory here. */
export const BACKENDS: BackendFactory[] = [journalBackend, memoryBackend, ...(skipPostgres() ? [] : [pgBackend])]
