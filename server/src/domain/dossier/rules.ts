import { dayKey, LuotError, type DossierStatus, type PublicDossier, type StaffDossier, type StoredDossier, type Timeliness } from '@luot/shared'
import type { Config } from '../types.js'
import { addDays } from '../booking/calendar.js'
import { isWorkingDay, workCalendar, type WorkCalendar } from './working-time.js'

/** The moves staff and integrations may make (POST …/status); 'returned' only through the return visit. */
export const MOVES: Readonly<Record<DossierStatus, readonly DossierStatus[]>> = {
  received: ['in-progress', 'supplement-requested', 'result-ready', 'refused', 'withdrawn'],
  'in-progress': ['supplement-requested', 'result-ready', 'refused', 'withdrawn'],
  'supplement-requested': ['in-progress', 'refused', 'withdrawn'],
  'result-ready': [],
  returned: [],
  refused: [],
  withdrawn: [],
}

/** Refuses a move the table does not allow (DOSSIER_TRANSITION_INVALID), and one that needs a note without it. */
export function assertMove(from: DossierStatus, to: DossierStatus, note: string | undefined): void {
  if (!MOVES[from].includes(to)) throw new LuotError('DOSSIER_TRANSITION_INVALID', `${from} → ${to}`)
  if ((to === 'supplement-requested' || to === 'refused') && !note?.trim()) throw new LuotError('BAD_REQUEST', `a move to ${to} needs a note`)
}

/** Still being worked on: the clock can make it late. */
export const isOpen = (s: DossierStatus): boolean => s === 'received' || s === 'in-progress' || s === 'supplement-requested'

/** Early, on time or late: the local day of return against the due date (never an apology's new date). */
export function timelinessOf(dueDate: string, returnedDay: string): Timeliness {
  if (returnedDay < dueDate) return 'early'
  return returnedDay === dueDate ? 'on-time' : 'late'
}

/** Past the end of its due half-day without a result. A paused dossier (documents requested) is not: its clock stands still. */
export function isOverdue(d: Pick<StoredDossier, 'status' | 'dueAt'>, now: Date): boolean {
  return (d.status === 'received' || d.status === 'in-progress') && now.getTime() > new Date(d.dueAt).getTime()
}

/** The day `n` working days after `today` (today itself when n is 0). */
export function workingDaysAhead(cal: WorkCalendar, today: string, n: number): string {
  let d = today
  for (let left = n; left > 0; ) {
    d = addDays(d, 1)
    if (isWorkingDay(cal, d)) left--
  }
  return d
}

/** Not overdue yet, still open and running, due within `days` working days of today. */
export function isDueSoon(cal: WorkCalendar, d: Pick<StoredDossier, 'status' | 'dueAt' | 'dueDate'>, now: Date, days: number): boolean {
  if (d.status !== 'received' && d.status !== 'in-progress') return false
  if (isOverdue(d, now)) return false
  return d.dueDate <= workingDaysAhead(cal, dayKey(now, cal.timeZone), days)
}

/** What staff see: the stored dossier and what the clock says of it. */
export function staffDossier(config: Config, d: StoredDossier, now: Date): StaffDossier {
  const days = config.settings.dossiers?.alertWorkingDays ?? 1
  return { ...d, overdue: isOverdue(d, now), dueSoon: isDueSoon(workCalendar(config), d, now, days) }
}

/** What the holder of the code sees: no name, phone or staff names. */
export function publicDossier(config: Config, d: StoredDossier, now: Date): PublicDossier {
  const name = (id: string) => config.services.find((s) => s.id === id)?.name ?? { vi: id, en: id }
  const v: PublicDossier = { code: d.code, procedureName: d.procedureName, serviceName: name(d.serviceId), status: d.status, receivedAt: d.receivedAt, dueDate: d.dueDate, dueHalf: d.dueHalf, overdue: isOverdue(d, now) }
  const apology = d.apologies[d.apologies.length - 1]
  if (apology) v.apology = { reason: apology.reason, newDate: apology.newDate }
  if (d.status === 'supplement-requested' && d.supplementNote) v.supplementNote = d.supplementNote
  if (d.refusalReason) v.refusalReason = d.refusalReason
  if (d.resultReadyAt) v.resultReadyAt = d.resultReadyAt
  if (d.returnedAt) v.returnedAt = d.returnedAt
  if (d.status === 'result-ready') v.collectAt = { centre: { vi: config.centre.name, en: config.centre.nameEn }, service: name(config.settings.dossiers?.returnServiceId ?? d.serviceId) }
  return v
}
