import { describe, expect, it } from 'vitest'
import { appendFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import pg from 'pg'
import type { Procedure, StoredDossier } from '@luot/shared'
import { DossierFile } from '../../../server/src/store/dossier/dossier-file.js'
import { PgDossiers } from '../../../server/src/store/dossier/pg-dossiers.js'
import { dossierLock, type DossierStore } from '../../../server/src/store/dossier/port.js'
import { CorruptDataError } from '../../../server/src/store/port.js'
import { skipPostgres } from '../../support/postgres.js'
import { usePgStores } from '../../support/pg-stores.js'
import { tempDataDir } from '../../support/server-process.js'

const by = { kind: 'staff' as const, id: 'clerk1', name: 'Nguyễn Thị Lan' }
const procedure = (id: string, vi: string): Procedure => ({ id, name: { vi, en: vi }, serviceId: 'chung-thuc', processing: { amount: 0.5, unit: 'working-days' }, active: true })
const dossier = (code: string, status: StoredDossier['status'], receivedAt: string, updatedAt = receivedAt): StoredDossier => ({
  code,
  procedureId: 'chung-thuc-ban-sao',
  procedureName: { vi: 'Chứng thực bản sao từ bản chính', en: 'Certified copy' },
  processing: { amount: 0.5, unit: 'working-days' },
  serviceId: 'chung-thuc',
  documents: [],
  applicantName: 'Trần Thị Bình',
  lang: 'vi',
  status,
  receivedAt,
  receivedBy: by,
  dueAt: receivedAt,
  dueDate: receivedAt.slice(0, 10),
  dueHalf: 'afternoon',
  apologies: [],
  history: [{ at: receivedAt, status, by }],
  updatedAt,
})

/** One backend: a store, and the same data opened again as after a restart. */
interface Backend {
  open(): Promise<DossierStore>
}

/** What both backends must do alike. */
function conformance(name: string, backend: () => Backend) {
  describe(`dossier store: ${name}`, () => {
    it('stores a transaction all or none, durably, and reads it back after a restart', async () => {
      const b = backend()
      const store = await b.open()
      await store.transaction([dossierLock('A')], async (tx) => {
        tx.put(dossier('AAAAAAAAAAAAAAA', 'received', '2026-11-02T02:00:00.000Z'))
        tx.put(dossier('BBBBBBBBBBBBBBB', 'returned', '2026-11-03T02:00:00.000Z', '2026-11-05T02:00:00.000Z'))
        tx.putProcedure(procedure('chung-thuc-ban-sao', 'Chứng thực bản sao từ bản chính'))
        expect((await tx.procedures()).map((p) => p.id)).toEqual(['chung-thuc-ban-sao'])
        expect(await tx.byCode('AAAAAAAAAAAAAAA')).toBeDefined()
      })
      await expect(store.transaction([], async (tx) => {
        tx.put(dossier('CCCCCCCCCCCCCCC', 'received', '2026-11-04T02:00:00.000Z'))
        tx.putProcedure(procedure('khai-sinh', 'Đăng ký khai sinh'))
        throw new Error('refused half-way')
      })).rejects.toThrow('refused half-way')
      await store.close()
      const again = await b.open()
      expect((await again.list({})).map((d) => d.code)).toEqual(['AAAAAAAAAAAAAAA', 'BBBBBBBBBBBBBBB'])
      expect((await again.procedures()).map((p) => p.id)).toEqual(['chung-thuc-ban-sao'])
      expect(await again.get('CCCCCCCCCCCCCCC')).toBeUndefined()
      expect((await again.list({ unfinished: true })).map((d) => d.code)).toEqual(['AAAAAAAAAAAAAAA'])
      expect((await again.list({ touchedSince: '2026-11-06T00:00:00.000Z' })).map((d) => d.code)).toEqual(['AAAAAAAAAAAAAAA'])
      expect((await again.list({ touchedSince: '2026-11-05T00:00:00.000Z', receivedBefore: '2026-11-03T00:00:00.000Z' })).map((d) => d.code)).toEqual(['AAAAAAAAAAAAAAA'])
      await again.transaction([], async (tx) => tx.put({ ...(await tx.byCode('AAAAAAAAAAAAAAA'))!, status: 'in-progress', idempotencyKey: 'key-0000001' }))
      expect(await again.transaction([], (tx) => tx.byIdempotencyKey('key-0000001'))).toMatchObject({ code: 'AAAAAAAAAAAAAAA', status: 'in-progress' })
      await again.close()
    })

    it('runs transactions on the same lock one after another: no change is lost', async () => {
      const store = await backend().open()
      await store.transaction([], async (tx) => tx.put(dossier('DDDDDDDDDDDDDDD', 'received', '2026-11-02T02:00:00.000Z')))
      await Promise.all(Array.from({ length: 8 }, () => store.transaction([dossierLock('DDDDDDDDDDDDDDD')], async (tx) => {
        const d = (await tx.byCode('DDDDDDDDDDDDDDD'))!
        await new Promise((r) => setTimeout(r, 5))
        tx.put({ ...d, documents: [...d.documents, `Giấy tờ ${d.documents.length + 1}`] })
      })))
      expect((await store.get('DDDDDDDDDDDDDDD'))!.documents).toHaveLength(8)
      await store.close()
    })
  })
}

conformance('embedded file', () => {
  let dir: Promise<string> | undefined
  return { open: async () => DossierFile.open(await (dir ??= tempDataDir())) }
})

describe.skipIf(skipPostgres())('PostgreSQL', () => {
  const { open, url } = usePgStores()
  let n = 0
  conformance('PostgreSQL', () => {
    const centre = `phuong-${++n}`
    return { open: async () => { const s = await open(centre); return new PgDossiers(s.pool, s.centre) } }
  })

  it('keeps centres apart, and a row of the wrong shape stops the read naming table and code', async () => {
    const s = await open('phuong-a')
    const a = new PgDossiers(s.pool, s.centre)
    const other = await open('phuong-b')
    await a.transaction([], async (tx) => tx.put(dossier('EEEEEEEEEEEEEEE', 'received', '2026-11-02T02:00:00.000Z')))
    expect(await new PgDossiers(other.pool, other.centre).get('EEEEEEEEEEEEEEE')).toBeUndefined()
    const c = new pg.Client({ connectionString: url() })
    await c.connect()
    await c.query(`UPDATE luot_dossiers SET body = replace(body::text, '"status":"received"', '"status":"lost"')::json WHERE code = 'EEEEEEEEEEEEEEE'`)
    await c.end()
    const err = await a.get('EEEEEEEEEEEEEEE').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CorruptDataError)
    expect((err as Error).message).toContain('luot_dossiers (centre phuong-a, code EEEEEEEEEEEEEEE)')
  })
})

describe('the embedded file on disk', () => {
  it('cuts a torn last line (a commit never acknowledged, all of it), and stops on a bad line before the end', async () => {
    const dir = await tempDataDir()
    const store = await DossierFile.open(dir)
    await store.transaction([], async (tx) => tx.put(dossier('FFFFFFFFFFFFFFF', 'received', '2026-11-02T02:00:00.000Z')))
    await store.close()
    const file = join(dir, 'dossiers', 'dossiers.jsonl')
    const good = await readFile(file, 'utf8')
    const torn = JSON.stringify({ dossiers: [dossier('GGGGGGGGGGGGGGG', 'received', '2026-11-03T02:00:00.000Z'), dossier('HHHHHHHHHHHHHHH', 'received', '2026-11-03T02:00:00.000Z')], procedures: [] }).slice(0, 900)
    await appendFile(file, torn)
    const again = await DossierFile.open(dir)
    expect((await again.list({})).map((d) => d.code)).toEqual(['FFFFFFFFFFFFFFF'])
    await again.transaction([], async (tx) => tx.put(dossier('JJJJJJJJJJJJJJJ', 'received', '2026-11-04T02:00:00.000Z')))
    await again.close()
    expect((await readFile(file, 'utf8')).startsWith(good)).toBe(true)
    expect((await DossierFile.open(dir).then(async (s) => { const l = await s.list({}); await s.close(); return l })).map((d) => d.code)).toEqual(['FFFFFFFFFFFFFFF', 'JJJJJJJJJJJJJJJ'])
    await writeFile(file, good.replace('"received"', '"lost"') + (await readFile(file, 'utf8')).slice(good.length))
    const err = await DossierFile.open(dir).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CorruptDataError)
    expect((err as Error).message).toContain(`${file}, line 1`)
  })
})
