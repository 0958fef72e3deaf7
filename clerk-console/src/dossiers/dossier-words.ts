import type { DossierStatus, Lang, ProcessingTime, StaffDossier, Timeliness } from '@luot/shared'
import { localParts } from '@luot/shared/time'
import { translate, type StringKey } from '../i18n.js'

/** The word for each status, as the list, the detail and the return panel show it. */
export const STATUS_WORD: Record<DossierStatus, StringKey> = {
  received: 'statusReceived',
  'in-progress': 'statusInProgress',
  'supplement-requested': 'statusSupplementRequested',
  'result-ready': 'statusResultReady',
  returned: 'statusReturned',
  refused: 'statusRefused',
  withdrawn: 'statusWithdrawn',
}

export const TIMELINESS_WORD: Record<Timeliness, StringKey> = { early: 'timelinessEarly', 'on-time': 'timelinessOnTime', late: 'timelinessLate' }

/** "ABCDE-FGHIJ-KLMNP": the code read aloud and typed in groups of five, like a booking code. */
export const groupedCode = (code: string): string => code.replace(/(.{5})(?=.)/g, '$1-')

const pad = (n: number): string => String(n).padStart(2, '0')

/** "30/11/2026" from a day key "2026-11-30". */
export function dayText(day: string): string {
  const [y, m, d] = day.split('-')
  return `${d}/${m}/${y}`
}

/** "sáng 02/12/2026" / "morning of 02/12/2026": the due date with its half-day. */
export function dueText(d: Pick<StaffDossier, 'dueDate' | 'dueHalf'>, lang: Lang): string {
  const half = translate(lang, d.dueHalf === 'morning' ? 'halfMorning' : 'halfAfternoon')
  return lang === 'vi' ? `${half} ${dayText(d.dueDate)}` : `${half} of ${dayText(d.dueDate)}`
}

/** "14:05 30/11/2026" in the centre's time zone. */
export function stampText(iso: string, timeZone: string): string {
  const p = localParts(new Date(iso), timeZone)
  return `${pad(p.hour)}:${pad(p.minute)} ${pad(p.day)}/${pad(p.month)}/${p.year}`
}

/** "5 ngày làm việc" / "8 working hours". */
export const processingText = (p: ProcessingTime, lang: Lang): string => translate(lang, p.unit === 'working-days' ? 'processingDays' : 'processingHours', { n: String(p.amount).replace('.', lang === 'vi' ? ',' : '.') })

/** A clerk's next moves from a status, as the contract allows them (the server checks again). */
export type DossierAction = 'in-progress' | 'supplement-requested' | 'supplied' | 'result-ready' | 'refused' | 'withdrawn' | 'apology'

export function actionsFor(d: Pick<StaffDossier, 'status' | 'overdue' | 'dueSoon'>): DossierAction[] {
  const late = d.overdue || d.dueSoon
  switch (d.status) {
    case 'received':
      return ['in-progress', 'supplement-requested', 'result-ready', 'refused', 'withdrawn', ...(late ? (['apology'] as const) : [])]
    case 'in-progress':
      return ['supplement-requested', 'result-ready', 'refused', 'withdrawn', ...(late ? (['apology'] as const) : [])]
    case 'supplement-requested':
      return ['supplied', 'refused', 'withdrawn']
    default:
      return []
  }
}

/** The day after a day key, by the calendar (UTC arithmetic on the date alone: no time zone involved). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
}
