import { describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { copyEmbeddedToPg } from '../../../server/src/migrate/copy-embedded.js'
import { loadOrCreateSecret } from '../../../server/src/setup/secret.js'
import { JournalStore } from '../../../server/src/store/journal-store.js'
import { pgRevocations, pgSecret } from '../../../server/src/store/pg/pg-sessions.js'
import { testConfig } from '../../support/domain-fixtures.js'
import { usePgStores } from '../../support/pg-stores.js'
import { skipPostgres } from '../../support/postgres.js'
import { tempDataDir } from '../../support/server-process.js'
import { openService, runStream, steppingClock } from '../../support/service-run.js'

describe.skipIf(skipPostgres())('moving an embedded centre into PostgreSQL', () => {
  const { open } = usePgStores()

  it('copies config, every day record for record, closed days, aggregates, late ratings, logouts and the secret, with matching counts', async () => {
    const dir = await tempDataDir()
    const embedded = await JournalStore.open(dir, { log: () => undefined })
    await embedded.writeConfig(testConfig())
    const time = steppingClock()
    const svc = await openService(embedded, time.clock)
    await runStream(svc, 3, 120)
    time.jump('2026-11-24T01:00:00.000Z')
    await svc.tick()
    await runStream(svc, 4, 60)
    const today = svc.today
    await svc.close()
    // a rating given after its day closed, and its reason added later
    const closedDay = (await embedded.readClosedDay('2026-11-23'))!
    const unrated = closedDay.tickets.find((t) => t.status === 'done' && !t.rating) ?? closedDay.tickets.find((t) => t.status === 'done')!
    await embedded.appendLateRecord('2026-11-23', { v: 1, type: 'ticket-rated', at: '2026-11-24T01:30:00.000Z', ticketId: unrated.id, value: 2, source: 'phone' })
    await embedded.appendLateRecord('2026-11-23', { v: 1, type: 'rating-amended', at: '2026-11-24T01:31:00.000Z', ticketId: unrated.id, reasonId: 'cho-lau' })
    await embedded.close()
    const secret = await loadOrCreateSecret(dir, undefined)
    const later = Date.now() + 3600_000
    await writeFile(join(dir, 'revoked-sessions.json'), JSON.stringify({ 'still-valid-nonce': later, 'expired-nonce': Date.now() - 1000 }))

    const pg = await open('phuong-1')
    const counts = await copyEmbeddedToPg(dir, pg)
    expect(counts.filter((c) => c.embedded !== c.postgres)).toEqual([])
    expect(Object.fromEntries(counts.map((c) => [c.what, c.postgres]))).toMatchObject({ days: 2, 'closed days': 1, aggregates: 1, 'late ratings': 2, 'logged-out sessions': 1, configuration: 1 })

    const source = await JournalStore.open(dir, { log: () => undefined })
    for (const date of ['2026-11-23', '2026-11-24']) expect(await pg.readRecords(date)).toEqual(await source.readRecords(date))
    expect(await pg.readClosedDay('2026-11-23')).toEqual(await source.readClosedDay('2026-11-23'))
    expect(await pg.readAggregates('2026-01-01', '2026-12-31')).toEqual(await source.readAggregates('2026-01-01', '2026-12-31'))
    expect(await pg.readConfig()).toEqual(await source.readConfig())
    expect(await pg.readLateRecords('2026-11-23')).toEqual(await source.readLateRecords('2026-11-23'))
    await source.close()
    expect((await pgSecret(pg, undefined)).equals(secret)).toBe(true)
    expect(Object.keys(await (await pgRevocations(pg)).load())).toEqual(['still-valid-nonce'])

    // the centre goes on where it stopped, now on PostgreSQL
    const onPg = await openService(pg, steppingClock('2026-11-24T03:00:00.000Z').clock)
    expect(onPg.today).toEqual(today)
    await onPg.close()

    await expect(copyEmbeddedToPg(dir, await open('phuong-1'))).rejects.toThrow(/already has data in PostgreSQL: nothing was copied/)
  })
})
