import { LuotError, type DossierReportRow, type ProvinceReport, type ProvinceReportQuery } from '@luot/shared'
import { addDays } from '../domain/booking/calendar.js'
import { aggregateDay } from '../domain/aggregate.js'
import { addSummary, emptySummary, summaryOfDay } from '../domain/province/centre-summary.js'
import { buildProvinceReport, type CentreInput } from '../domain/province/report.js'
import { sumDossierRows } from '../domain/dossier/report.js'
import { dossierReport } from '../dossier/dossier-report.js'
import { readCentreSummaries } from '../store/pg/month-rollup.js'
import type { PgShared } from '../store/pg/pg-shared.js'
import type { OpenCentre } from './centre-host.js'

/** At most a year and a day, as a centre's own reports. */
const MAX_DAYS = 367

const daysIn = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1

/** Runs `fn` over `items`, `n` at a time. */
async function inBatches<T, R>(items: T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < items.length; i += n) out.push(...(await Promise.all(items.slice(i, i + n).map(fn))))
  return out
}

/**
 * The province report of [from, to] over the open centres (of one district if asked): closed days
 * from the aggregates (month roll-ups and days, `readCentreSummaries`), today from each centre's day
 * in memory, dossier figures from each centre's dossier report.
 */
export async function provinceReport(shared: PgShared, centres: OpenCentre[], q: ProvinceReportQuery): Promise<ProvinceReport> {
  if (q.from > q.to || q.to > addDays(q.from, MAX_DAYS - 1)) throw new LuotError('BAD_REQUEST', 'from must not be after to, and the range at most 367 days')
  const chosen = centres.filter((c) => q.district === undefined || c.entry.district === q.district || c.entry.formerDistrict === q.district)
  const closed = await readCentreSummaries(shared.pool, q.from, q.to)
  const dossiers = await inBatches(chosen, 8, async (c): Promise<DossierReportRow> => {
    const svc = c.handle.dossiers
    return svc.config.settings.dossiers?.enabled ? (await dossierReport(svc, q)).total : sumDossierRows([], 'total', { vi: 'Tổng cộng', en: 'Total' })
  })
  const inputs: CentreInput[] = chosen.map((c, i) => {
    const summary = addSummary(emptySummary(), closed.get(c.entry.slug) ?? emptySummary())
    const today = c.handle.service.today
    const config = c.handle.service.config
    if (!today.closed && today.date >= q.from && today.date <= q.to) addSummary(summary, summaryOfDay(aggregateDay(today, config)))
    return { entry: c.entry, config, summary, dossiers: dossiers[i]! }
  })
  return buildProvinceReport(inputs, q.from, q.to, daysIn(q.from, q.to))
}
