import { afterEach, describe, expect, it } from 'vitest'
import { appendFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { StoredDelivery, StoredWebhook } from '@luot/shared'
import { IntegrationFile } from '../../../server/src/store/integration/integration-file.js'
import { PgIntegrations } from '../../../server/src/store/integration/pg-integrations.js'
import type { IntegrationStore } from '../../../server/src/store/integration/port.js'
import { tempDataDir } from '../../support/server-process.js'
import { skipPostgres } from '../../support/postgres.js'
import { usePgStores } from '../../support/pg-stores.js'

const T0 = new Date('2026-11-30T02:00:00.000Z')
const at = (ms: number) => new Date(T0.getTime() + ms).toISOString()
const hook = (id: string): StoredWebhook => ({ id, url: `http://127.0.0.1:9/${id}`, secret: 'sixteen-chars-secret', events: ['ticket.issued'], enabled: true, createdAt: at(0), updatedAt: at(0) })
const delivery = (id: string, hookId: string, due = 0): StoredDelivery => ({ id, hookId, event: 'ticket.issued', at: at(due), body: `{"id":"${id}"}`, state: 'pending', attempts: 0, nextAttemptAt: at(due) })

/** What both backends must do alike. */
async function conformance(store: IntegrationStore, other?: IntegrationStore): Promise<void> {
  await store.putHook(hook('w-a'))
  await store.putHook(hook('w-b'))
  await store.enqueue([delivery('d1', 'w-a'), delivery('d2', 'w-a', 10), delivery('d3', 'w-b'), delivery('d4', 'w-a', 60_000)])
  // due now: d1, d3 (d2 at +10 ms, d4 in a minute); a claim leases them
  const first = await store.claimDue(new Date(T0.getTime() + 5), 10, 1_000)
  expect(first.map((d) => d.id).sort()).toEqual(['d1', 'd3'])
  expect((await (other ?? store).claimDue(new Date(T0.getTime() + 20), 10, 1_000)).map((d) => d.id)).toEqual(['d2'])
  // the lease runs out: an attempt that never reported is handed out again
  expect((await store.claimDue(new Date(T0.getTime() + 1_500), 10, 1_000)).map((d) => d.id).sort()).toEqual(['d1', 'd2', 'd3'])
  await store.putDelivery({ ...delivery('d1', 'w-a'), state: 'delivered', attempts: 1, lastStatus: 200, deliveredAt: at(1_600) })
  await store.putDelivery({ ...delivery('d2', 'w-a', 10), state: 'failed', attempts: 3, lastStatus: 500, lastError: 'HTTP 500' })
  expect(await store.stats('w-a')).toEqual({ pending: 1, failed: 1, lastDeliveredAt: at(1_600), lastError: 'HTTP 500' })
  expect(await store.retryFailed('w-a', at(2_000))).toBe(1)
  expect((await store.claimDue(new Date(T0.getTime() + 2_000), 10, 1_000)).map((d) => d.id).sort()).toEqual(['d2'])
  expect((await store.deliveries('w-a', 2)).map((d) => d.id)).toHaveLength(2)
  await store.deleteHook('w-b')
  expect((await store.hooks()).map((h) => h.id)).toEqual(['w-a'])
  expect(await store.deliveries('w-b', 10)).toEqual([])
  // keys: found by hash; touching keeps a revocation made meanwhile
  const key = { id: 'k-1', name: 'Hệ thống một cửa tỉnh', scopes: ['dossiers' as const], prefix: 'luot_abcdefg', hash: 'a'.repeat(64), createdAt: at(0) }
  await store.putKey(key)
  await store.putKey({ ...key, revokedAt: at(5) })
  await store.touchKey('k-1', at(10))
  expect(await store.keyByHash('a'.repeat(64))).toEqual({ ...key, revokedAt: at(5), lastUsedAt: at(10) })
  expect(await store.keyByHash('b'.repeat(64))).toBeUndefined()
}

const dirs: string[] = []
afterEach(() => void dirs.splice(0))

describe('the embedded integrations files', () => {
  it('pass the conformance checks, and read back the same after a reopen, with a torn last line cut', async () => {
    const dir = await tempDataDir()
    const clock = () => T0
    const store = await IntegrationFile.open(dir, clock)
    await conformance(store)
    await store.close()
    const outbox = join(dir, 'integrations', 'outbox.jsonl')
    await appendFile(outbox, '{"id":"torn","hookId":"w-a","ev')
    const again = await IntegrationFile.open(dir, clock)
    expect((await again.deliveries('w-a', 10)).map((d) => d.id).sort()).toEqual(['d1', 'd2', 'd4'])
    expect((await again.keys()).map((k) => k.revokedAt)).toEqual([at(5)])
    // the reopen rewrote the outbox: one line a delivery, the deleted endpoint's gone, the torn line gone
    expect((await readFile(outbox, 'utf8')).trim().split('\n')).toHaveLength(3)
    await again.close()
  })

  it('refuses a damaged line in the middle rather than guessing', async () => {
    const dir = await tempDataDir()
    const store = await IntegrationFile.open(dir)
    await store.putHook(hook('w-a'))
    await store.close()
    await appendFile(join(dir, 'integrations', 'webhooks.jsonl'), '{"id":"w-b"}\n')
    await expect(IntegrationFile.open(dir)).rejects.toThrow(/not a webhook/)
  })
})

describe.skipIf(skipPostgres())('integrations in PostgreSQL', () => {
  const { open } = usePgStores()

  it('pass the conformance checks, two processes never claim one delivery, and centres stay apart', async () => {
    const a = await open('phuong-hai-chau')
    const b = await open('phuong-hai-chau')
    const elsewhere = await open('phuong-thanh-khe')
    await conformance(new PgIntegrations(a.pool, a.centre), new PgIntegrations(b.pool, b.centre))
    expect(await new PgIntegrations(elsewhere.pool, elsewhere.centre).hooks()).toEqual([])
    // many claims at once from two processes: each due delivery goes to exactly one
    const one = new PgIntegrations(a.pool, a.centre)
    const two = new PgIntegrations(b.pool, b.centre)
    await one.putHook(hook('w-c'))
    await one.enqueue(Array.from({ length: 40 }, (_, i) => delivery(`c${i}`, 'w-c')))
    const later = new Date(T0.getTime() + 3_600_000)
    const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? one : two).claimDue(later, 7, 60_000)))
    const ids = claims.flat().map((d) => d.id).filter((id) => id.startsWith('c'))
    expect(ids).toHaveLength(40)
    expect(new Set(ids).size).toBe(40)
  })
})
