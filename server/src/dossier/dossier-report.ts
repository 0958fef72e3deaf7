import { LuotError, type DossierReport, type DossierReportQuery, type StoredDossier } from '@luot/shared'
import { addDays, localInstant } from '../domain/booking/calendar.js'
import { buildDossierReport } from '../domain/dossier/report.js'
import type { DossierService } from './dossier-service.js'

/** At most a year and a day per report or book: what a province asks for, and bounded work. */
const MAX_DAYS = 367

/** The stored dossiers a report of [from, to] needs: received by the end of `to`, and changed since `from` or still open. */
async function dossiersOf(svc: DossierService, q: DossierReportQuery): Promise<StoredDossier[]> {
  if (q.from > q.to || q.to > addDays(q.from, MAX_DAYS - 1)) throw new LuotError('BAD_REQUEST', 'from must not be after to, and the range at most 367 days')
  const tz = svc.config.centre.timeZone
  const start = localInstant(q.from, '00:00', tz).toISOString()
  const end = localInstant(addDays(q.to, 1), '00:00', tz).toISOString()
  return svc.store.list({ receivedBefore: end, touchedSince: start })
}

/** The province figures of [from, to] (GET /api/stats/dossiers and its exports). */
export async function dossierReport(svc: DossierService, q: DossierReportQuery): Promise<DossierReport> {
  return buildDossierReport(svc.config, await dossiersOf(svc, q), q.from, q.to)
}

/** The dossiers of the book (Mẫu 06) of [from, to]: the table keeps those received in the period. */
export const bookDossiers = (svc: DossierService, q: DossierReportQuery): Promise<StoredDossier[]> => dossiersOf(svc, q)
