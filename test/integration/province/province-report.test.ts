import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CentreCreated, ProvinceReport } from '@luot/shared'
import { emptyBucket, type Bucket, type DayAggregate } from '../../../server/src/domain/aggregate.js'
import { addDuration } from '../../../server/src/domain/histogram.js'
import { PgStore } from '../../../server/src/store/pg/pg-store.js'
import { unzip } from '../../../server/src/export/zip.js'
import { ApiClient } from '../../support/api-client.js'
import { skipPostgres, testPostgres, type TestPostgres } from '../../support/postgres.js'
import { provinceClient, startProvince, type TestProvince } from '../../support/province.js'

const SERVICE = 'tu-phap-ho-tich'

/** One generated closed day of one centre, as the test records it. */
interface Day {
  date: string
  issued: number
  waits: number[]
  ratings: number[]
  /** The service area's target wait that day, in seconds. */
  target: number
}

/** A deterministic pseudo-random sequence. */
function rng(seed: number): () => number {
  let x = seed
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648)
}

function daysBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10))
  return out
}

/** The day's aggregate as the server writes it at day close: a total and the service's bucket. */
function aggregate(day: Day): DayAggregate {
  const b = (): Bucket => {
    const x = emptyBucket()
    x.issued = day.issued
    x.served = day.waits.length
    for (const w of day.waits) addDuration(x.wait, w)
    for (const r of day.ratings) x.ratings[String(r)] = (x.ratings[String(r)] ?? 0) + 1
    return x
  }
  // what aggregateDay counts at day close (unit-tested there), here from the test's own waits
  const withinTarget = { calls: day.waits.length, within: day.waits.filter((w) => w < day.target).length }
  return { date: day.date, total: b(), by: { service: { [SERVICE]: b() }, counter: {}, clerk: {}, hour: {} }, audit: [], withinTarget }
}

describe.skipIf(skipPostgres())("the province's report reads the aggregates: closed months and dekads rolled up, days at the edges, today live", () => {
  let pg: TestPostgres
  let province: TestProvince
  let manager: ApiClient
  const days = new Map<string, Day[]>()
  let target = 0

  beforeAll(async () => {
    pg = await testPostgres()
    province = await startProvince(await pg.newDatabase())
    const admin = await provinceClient(province.base, 'admin')
    const csv = 'slug,name,district\nxa-a,Trung tâm Phục vụ hành chính công xã A,Cụm Bắc\nxa-b,Trung tâm Phục vụ hành chính công xã B,Cụm Nam\nxa-c,Trung tâm Phục vụ hành chính công xã C,Cụm Nam\n'
    const made = (await admin.post<{ created: CentreCreated[] }>('/api/province/centres/import', { csv })).body.data.created
    target = province.app.province.centre('xa-a')!.handle.service.config.services.find((s) => s.id === SERVICE)!.targetWaitMinutes * 60
    for (const [i, c] of made.entries()) {
      const next = rng(i + 7)
      const store = PgStore.attach(province.app.province.shared, c.centre.slug)
      const list: Day[] = []
      for (const date of daysBetween('2026-08-15', '2026-10-23')) {
        const issued = 20 + Math.floor(next() * 30)
        // centre c waits longer, centre a is rated best
        const waits = Array.from({ length: issued - 2 }, () => Math.floor(next() * target * (1 + i * 0.6)))
        const ratings = Array.from({ length: 8 }, () => (next() < 0.9 - i * 0.25 ? 5 : 2))
        const day = { date, issued, waits, ratings, target }
        list.push(day)
        await store.writeAggregate(aggregate(day))
      }
      days.set(c.centre.slug, list)
    }
    manager = await provinceClient(province.base, 'manager')
  }, 180_000)
  afterAll(async () => {
    await province?.close()
    await pg?.close()
  }, 60_000)

  /** What the report must say of a centre over [from, to], worked out from the generated days. */
  const expected = (slug: string, from: string, to: string) => {
    const inRange = days.get(slug)!.filter((d) => d.date >= from && d.date <= to)
    const waits = inRange.flatMap((d) => d.waits)
    const ratings = inRange.flatMap((d) => d.ratings)
    return {
      issued: inRange.reduce((a, d) => a + d.issued, 0),
      within: waits.filter((w) => w < target).length,
      calls: waits.length,
      satisfied: ratings.filter((r) => r >= 4).length,
      ratings: ratings.length,
    }
  }
  const pct = (n: number, of: number) => Math.round((n / of) * 1000) / 10

  it('per centre and summed: issued, share within target and satisfaction equal the generated days, over partial and whole months', async () => {
    const report = (await manager.get<ProvinceReport>('/api/province/report?from=2026-08-20&to=2026-10-10')).body.data
    expect(report.days).toBe(52)
    expect(report.centres.map((c) => c.slug)).toEqual(['xa-a', 'xa-b', 'xa-c'])
    let issued = 0
    for (const c of report.centres) {
      const e = expected(c.slug, '2026-08-20', '2026-10-10')
      issued += e.issued
      expect([c.slug, c.stats.issued, c.withinTargetPercent, c.stats.satisfiedPercent]).toEqual([c.slug, e.issued, pct(e.within, e.calls), pct(e.satisfied, e.ratings)])
    }
    expect(report.total.stats.issued).toBe(issued)
    const { rows } = await province.app.province.shared.pool.query("SELECT centre, days FROM luot_month_aggregates WHERE month = '2026-09-01' ORDER BY centre")
    expect(rows).toEqual([{ centre: 'xa-a', days: 30 }, { centre: 'xa-b', days: 30 }, { centre: 'xa-c', days: 30 }])
    // the range's edges: the dekads 21–31 August and 1–10 October, and the one day 20 August
    const dekads = await province.app.province.shared.pool.query("SELECT to_char(start, 'YYYY-MM-DD') AS s, days FROM luot_dekad_aggregates WHERE centre = 'xa-a' AND start IN ('2026-08-21', '2026-10-01') ORDER BY start")
    expect(dekads.rows).toEqual([{ s: '2026-08-21', days: 11 }, { s: '2026-10-01', days: 10 }])
  })

  it('ranks the centres by satisfaction and by share within target, best first, and filters by district', async () => {
    const report = (await manager.get<ProvinceReport>('/api/province/report?from=2026-09-01&to=2026-09-30')).body.data
    expect(report.rankings.satisfaction.map((r) => r.slug)).toEqual(['xa-a', 'xa-b', 'xa-c'])
    expect(report.rankings.withinTarget.map((r) => [r.rank, r.slug])).toEqual([[1, 'xa-a'], [2, 'xa-b'], [3, 'xa-c']])
    // no dossier was returned anywhere: nobody to rank
    expect(report.rankings.dossiersOnTime).toEqual([])
    const south = (await manager.get<ProvinceReport>('/api/province/report?from=2026-09-01&to=2026-09-30&district=C%E1%BB%A5m%20Nam')).body.data
    expect(south.centres.map((c) => c.slug)).toEqual(['xa-b', 'xa-c'])
    expect(south.total.stats.issued).toBe(expected('xa-b', '2026-09-01', '2026-09-30').issued + expected('xa-c', '2026-09-01', '2026-09-30').issued)
  })

  it("a closed day's aggregate written again (a late rating) is in the month's roll-up at once", async () => {
    const before = (await manager.get<ProvinceReport>('/api/province/report?from=2026-09-01&to=2026-09-30')).body.data.centres[0]!.stats.ratingCount
    const day = days.get('xa-a')!.find((d) => d.date === '2026-09-12')!
    day.ratings.push(5)
    await PgStore.attach(province.app.province.shared, 'xa-a').writeAggregate({ ...aggregate(day), lateApplied: 1 })
    const after = (await manager.get<ProvinceReport>('/api/province/report?from=2026-09-01&to=2026-09-30')).body.data.centres[0]!
    expect(after.stats.ratingCount).toBe(before + 1)
    expect(after.stats.satisfiedPercent).toBe(pct(expected('xa-a', '2026-09-01', '2026-09-30').satisfied, expected('xa-a', '2026-09-01', '2026-09-30').ratings))
  })

  it('an archived centre still counts in a range it stored figures for, marked; one without figures there is left out', async () => {
    const admin = await provinceClient(province.base, 'admin')
    const before = (await manager.get<ProvinceReport>('/api/province/report?from=2026-09-01&to=2026-09-30')).body.data
    expect((await admin.post('/api/province/centres/xa-c/archive')).status).toBe(200)
    expect((await admin.post('/api/province/centres', { slug: 'xa-moi', name: 'Trung tâm xã Mới' })).status).toBe(200)
    expect((await admin.post('/api/province/centres/xa-moi/archive')).status).toBe(200)
    const after = (await manager.get<ProvinceReport>('/api/province/report?from=2026-09-01&to=2026-09-30')).body.data
    expect(after.centres.map((c) => [c.slug, c.archivedAt !== undefined])).toEqual([
      ['xa-a', false],
      ['xa-b', false],
      ['xa-c', true],
    ])
    expect(after.centres[2]!.archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(after.centres[2]!.stats).toEqual(before.centres[2]!.stats)
    expect(after.total).toEqual(before.total)
    expect(after.rankings.withinTarget.map((r) => r.slug)).toEqual(['xa-a', 'xa-b', 'xa-c'])
    const csv = await (await fetch(`${province.base}/api/province/report.csv?from=2026-09-01&to=2026-09-30`, { headers: { cookie: manager.cookie } })).text()
    expect(csv).toMatch(/\r\nTrung tâm Phục vụ hành chính công xã C \(đã lưu trữ \d{4}-\d{2}-\d{2}\),Cụm Nam,/)
    // not in today's live view, which is of centres open now
    expect((await manager.get<{ centres: { slug: string }[] }>('/api/province/live')).body.data.centres.map((c) => c.slug).sort()).toEqual(['xa-a', 'xa-b'])
    expect((await admin.post('/api/province/centres/xa-c/restore')).status).toBe(200)
    expect((await manager.get<ProvinceReport>('/api/province/report?from=2026-09-01&to=2026-09-30')).body.data.centres[2]!.archivedAt).toBeUndefined()
  })

  it('exports the same figures as CSV (a line per centre, then the province) and as an XLSX workbook', async () => {
    const res = await fetch(`${province.base}/api/province/report.csv?from=2026-09-01&to=2026-09-30`, { headers: { cookie: manager.cookie } })
    expect(res.headers.get('content-disposition')).toContain('luot-bao-cao-tinh-2026-09-01-2026-09-30.csv')
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines).toHaveLength(5)
    expect(lines[0]).toMatch(/^Trung tâm,Địa bàn,/)
    expect(lines[4]).toMatch(new RegExp(`^Toàn tỉnh,,,${['xa-a', 'xa-b', 'xa-c'].reduce((a, s) => a + expected(s, '2026-09-01', '2026-09-30').issued, 0)},`))
    const xlsx = await fetch(`${province.base}/api/province/report.xlsx?from=2026-09-01&to=2026-09-30`, { headers: { cookie: manager.cookie } })
    const names = unzip(Buffer.from(await xlsx.arrayBuffer())).map((e) => e.name)
    expect(names.filter((n) => n.startsWith('xl/worksheets/'))).toHaveLength(2)
    expect((await fetch(`${province.base}/api/province/report.csv?from=2026-09-01&to=2026-09-30`)).status).toBe(401)
  })
})
