import { LuotError, type CentreEntry, type DossierReportRow, type ProvinceReport, type ProvinceReportQuery } from '@luot/shared'
import { addDays } from '../domain/booking/calendar.js'
import { aggregateDay } from '../domain/aggregate.js'
import { addSummary, emptySummary, summaryOfDay } from '../domain/province/centre-summary.js'
import { buildProvinceReport, type CentreInput } from '../domain/province/report.js'
import { rowFromDays } from '../domain/dossier/report.js'
import { readDossierDays } from '../store/pg/dossier-days.js'
import { dossierReport } from '../dossier/dossier-report.js'
import { readCentreSummaries } from '../store/pg/month-rollup.js'
import type { PgShared } from '../store/pg/pg-shared.js'
import { PgStore } from '../store/pg/pg-store.js'
import type { OpenCentre } from './centre-host.js'

/** At most a year and a day, as a centre's own reports. */
const MAX_DAYS = 367

const TOTAL = { vi: 'Tổng cộng', en: 'Total' }

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
 * in memory; dossier figures from each centre's closed days' rows (`luot_dossier_days`) and today's
 * live report: no dossier is read for a closed day. An archived centre that stored figures for the
 * range is in it too, marked, from those figures alone: a centre closed or merged in June still
 * counts in the year's totals.
 */
export async function provinceReport(shared: PgShared, centres: OpenCentre[], archived: CentreEntry[], q: ProvinceReportQuery): Promise<ProvinceReport> {
  if (q.from > q.to || q.to > addDays(q.from, MAX_DAYS - 1)) throw new LuotError('BAD_REQUEST', 'from must not be after to, and the range at most 367 days')
  const inDistrict = (e: CentreEntry): boolean => q.district === undefined || e.district === q.district || e.formerDistrict === q.district
  const chosen = centres.filter((c) => inDistrict(c.entry))
  const [closed, dossierDays] = await Promise.all([readCentreSummaries(shared.pool, q.from, q.to), readDossierDays(shared.pool, q.from, q.to)])
  // (one this process has not closed yet is counted once, as open)
  const open = new Set(centres.map((c) => c.entry.slug))
  const gone = await Promise.all(archived.filter((e) => !open.has(e.slug) && inDistrict(e) && (closed.has(e.slug) || dossierDays.has(e.slug))).map(async (entry) => ({ entry, config: await PgStore.attach(shared, entry.slug).readConfig() })))
  // today's dossier figures live (what happened today, and where things stand now), each centre's closed days as stored
  const dossiers = await inBatches(chosen, 8, async (c): Promise<DossierReportRow> => {
    const today = c.handle.service.today.date
    const stored = (dossierDays.get(c.entry.slug) ?? []).filter((d) => d.day < today)
    const live = q.to >= today && q.from <= today ? (await dossierReport(c.handle.dossiers, { from: today, to: today })).total : undefined
    const atEnd = live ?? stored.find((d) => d.day === q.to)?.row
    return rowFromDays([...stored.map((d) => d.row), ...(live ? [live] : [])], atEnd, TOTAL)
  })
  const inputs: CentreInput[] = chosen.map((c, i) => {
    // read afresh for this report, so today is added into it in place
    const summary = closed.get(c.entry.slug) ?? emptySummary()
    const today = c.handle.service.today
    const config = c.handle.service.config
    if (!today.closed && today.date >= q.from && today.date <= q.to) addSummary(summary, summaryOfDay(aggregateDay(today, config)))
    return { entry: c.entry, config, summary, dossiers: dossiers[i]! }
  })
  for (const { entry, config } of gone) {
    if (!config) continue // made and archived before its configuration was stored: it holds nothing
    const stored = dossierDays.get(entry.slug) ?? []
    const dossiers = rowFromDays(stored.map((d) => d.row), stored.find((d) => d.day === q.to)?.row, TOTAL)
    inputs.push({ entry, config, summary: closed.get(entry.slug) ?? emptySummary(), dossiers })
  }
  return buildProvinceReport(inputs, q.from, q.to, daysIn(q.from, q.to))
}
