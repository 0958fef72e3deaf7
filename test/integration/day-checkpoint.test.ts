import { afterEach, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { IssuedTicket, PublicSnapshot } from '@luot/shared'
import { JournalStore } from '../../server/src/store/journal-store.js'
import { replayDay } from '../../server/src/queue/open-day.js'
import { tempDataDir } from '../support/server-process.js'
import { call, loginAs, testApp } from '../support/test-app.js'
import { QueueService } from '../../server/src/queue-service.js'
import { testConfig } from '../support/domain-fixtures.js'

const DATE = '2026-11-23'
const clock = () => new Date('2026-11-23T03:00:00Z')
const apps: FastifyInstance[] = []
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close()
})

/** A day with tickets issued, called and finished, stopped cleanly (which leaves the checkpoint). */
async function busyDay(tickets: number): Promise<string> {
  const dataDir = await tempDataDir()
  const { app } = await testApp({ dataDir, clock })
  for (let i = 0; i < tickets; i++) await call(app, 'POST', '/api/tickets', { body: { serviceId: i % 3 ? 'dat-dai' : 'chung-thuc' } })
  const cookie = await loginAs(app, 'clerk1')
  await call(app, 'POST', '/api/counters/c3/open', { cookie, body: {} })
  for (let i = 0; i < 3; i++) {
    expect((await call(app, 'POST', '/api/counters/c3/call-next', { cookie, body: {} })).status).toBe(200)
    expect((await call(app, 'POST', '/api/counters/c3/finish', { cookie, body: { outcome: 'tiep-nhan' } })).status).toBe(200)
  }
  await app.close()
  return dataDir
}

async function fromCheckpoint(dataDir: string, log: string[] = []) {
  const store = await JournalStore.open(dataDir, { log: (m) => log.push(m) })
  try {
    const checkpoint = await store.readCheckpoint(DATE)
    const tail = await store.readRecords(DATE, (checkpoint?.seq ?? 0) + 1)
    return { checkpoint, tail, state: replayDay(DATE, tail, checkpoint ?? undefined) }
  } finally {
    await store.close()
  }
}

async function replayedInFull(dataDir: string) {
  const store = await JournalStore.open(dataDir)
  try {
    const records = await store.readRecords(DATE)
    return { records, state: replayDay(DATE, records) }
  } finally {
    await store.close()
  }
}

const journal = (dataDir: string) => join(dataDir, 'days', `${DATE}.jsonl`)
const checkpointFile = (dataDir: string) => join(dataDir, 'checkpoints', `${DATE}.checkpoint`)

describe('day checkpoint (embedded journal)', () => {
  it('a clean stop leaves a checkpoint; the next start folds only the records after it, to the state a full replay gives', async () => {
    const dataDir = await busyDay(12)
    const full = await replayedInFull(dataDir)
    const read = await fromCheckpoint(dataDir)
    expect(read.checkpoint?.seq).toBe(full.records.length)
    expect(read.tail).toEqual([])
    expect(read.state).toEqual(full.state)

    // records appended after the checkpoint (a crash later in the day) are folded on top of it
    const older = await readFile(checkpointFile(dataDir))
    const { app } = await testApp({ dataDir, clock })
    const next = await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })
    expect(next.status).toBe(201)
    await app.close()
    await writeFile(checkpointFile(dataDir), older)
    const later = await fromCheckpoint(dataDir)
    expect(later.checkpoint?.seq).toBe(full.records.length)
    expect(later.tail.map((r) => r.type)).toEqual(['ticket-issued'])
    expect(later.state).toEqual((await replayedInFull(dataDir)).state)
    expect(later.state.tickets.at(-1)?.number).toBe(next.body.data.number)
  })

  it('serves the same day after a restart from its checkpoint: snapshot, numbering, the clerk\'s counter', async () => {
    const dataDir = await busyDay(9)
    const before = JSON.parse(await readFile(checkpointFile(dataDir), 'utf8').then((t) => t.slice(t.indexOf('\n') + 1))) as { tickets: unknown[] }
    expect(before.tickets).toHaveLength(9)
    const { app } = await testApp({ dataDir, clock })
    apps.push(app)
    const snap = (await call<PublicSnapshot>(app, 'GET', '/api/snapshot')).body.data
    expect(snap.services.find((s) => s.id === 'dat-dai')?.issuedToday).toBe(6)
    expect(snap.services.find((s) => s.id === 'chung-thuc')?.issuedToday).toBe(3)
    const cookie = await loginAs(app, 'clerk1')
    const called = await call<{ current: { number: string } }>(app, 'POST', '/api/counters/c3/call-next', { cookie, body: {} })
    expect(called.status).toBe(200)
    expect(called.body.data.current.number).toBe('5004') // three of dat-dai were served before the stop
  })

  it('is ignored, with the reason logged, when the journal no longer matches it, when it is damaged, or made by other code', async () => {
    const dataDir = await busyDay(6)
    const full = await replayedInFull(dataDir)
    const original = await readFile(checkpointFile(dataDir), 'utf8')
    const [header, body] = [original.slice(0, original.indexOf('\n')), original.slice(original.indexOf('\n') + 1)]

    const cases: Array<[string, () => Promise<void>]> = [
      ['damaged', () => writeFile(checkpointFile(dataDir), `${header}\n${body.replace('"closed":false', '"closed":true ')}`)],
      ['made by another release', () => writeFile(checkpointFile(dataDir), `${header.replace(/"code":"[0-9a-f]+"/, `"code":"${'0'.repeat(64)}"`)}\n${body}`)],
      ['unreadable', () => writeFile(checkpointFile(dataDir), original.slice(0, 30))],
    ]
    for (const [why, spoil] of cases) {
      await spoil()
      const log: string[] = []
      const read = await fromCheckpoint(dataDir, log)
      expect(read.checkpoint).toBeNull()
      expect(log).toEqual([expect.stringContaining(`checkpoint ${why}; replaying the whole journal instead`)])
      expect(read.state).toEqual(full.state)
    }

    // a journal swapped for another of the same day (a backup restored over it): same length, other bytes
    await writeFile(checkpointFile(dataDir), original)
    const text = await readFile(journal(dataDir), 'utf8')
    const code = /"trackingCode":"([A-Za-z0-9_-]+)"/.exec(text)![1]!
    const swapped = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A')
    await writeFile(journal(dataDir), text.replace(code, swapped))
    const log: string[] = []
    const read = await fromCheckpoint(dataDir, log)
    expect(read.checkpoint).toBeNull()
    expect(log).toEqual([expect.stringContaining('checkpoint does not match the journal')])
    expect(read.state.tickets.some((t) => t.trackingCode === swapped)).toBe(true)
  })

  it('a torn line after the checkpoint is cut as usual and the next append follows the last whole record', async () => {
    const dataDir = await busyDay(6)
    const whole = await readFile(journal(dataDir), 'utf8')
    await writeFile(journal(dataDir), `${whole}{"v":1,"type":"ticket-iss`)
    const { app } = await testApp({ dataDir, clock })
    apps.push(app)
    expect(await readFile(journal(dataDir), 'utf8')).toBe(whole)
    const next = await call<IssuedTicket>(app, 'POST', '/api/tickets', { body: { serviceId: 'chung-thuc' } })
    expect(next.status).toBe(201)
    await app.close()
    apps.length = 0
    const full = await replayedInFull(dataDir)
    expect(full.records.at(-1)?.type).toBe('ticket-issued')
    expect(full.state.tickets).toHaveLength(7)
  })

  it('is written while serving once enough records and time have passed, so a crash replays only what came after', async () => {
    const dataDir = await tempDataDir()
    let now = Date.parse('2026-11-23T02:00:00Z')
    const clock = () => new Date(now)
    const open = async () => QueueService.open({ store: await JournalStore.open(dataDir), config: testConfig(), clock, checkpointPace: { records: 3, ms: 60_000 } })
    const svc = await open()
    const take = () => svc.takeTicket({ serviceId: 'dat-dai', channel: 'kiosk' })
    for (let i = 0; i < 4; i++) await take()
    now += 30_000
    await svc.tick()
    const store = () => JournalStore.open(dataDir)
    expect(await readFile(checkpointFile(dataDir)).catch(() => null)).toBeNull() // records enough, not time
    now += 31_000
    await svc.tick()
    const first = JSON.parse((await readFile(checkpointFile(dataDir), 'utf8')).split('\n')[0]!) as { seq: number }
    expect(first.seq).toBe(4)
    await take()
    now += 61_000
    await svc.tick()
    expect(JSON.parse((await readFile(checkpointFile(dataDir), 'utf8')).split('\n')[0]!).seq).toBe(4) // time enough, not records
    await take()
    await take()
    // a crash now (the service is never closed): the next start folds the 3 records after the checkpoint
    const again = await store()
    const checkpoint = await again.readCheckpoint(DATE)
    expect(checkpoint?.seq).toBe(4)
    expect((await again.readRecords(DATE, 5)).map((r) => r.type)).toEqual(['ticket-issued', 'ticket-issued', 'ticket-issued'])
    expect(replayDay(DATE, await again.readRecords(DATE, 5), checkpoint!).tickets.map((t) => t.number)).toEqual(svc.today.tickets.map((t) => t.number))
    await again.close()
    await svc.close()
  })
})
