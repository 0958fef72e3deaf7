import { dayKey, type DossierListQuery, type StoredDossier } from '@luot/shared'
import { isDueSoon, isOverdue } from './rules.js'
import type { WorkCalendar } from './working-time.js'

const FINISHED = new Set(['returned', 'refused', 'withdrawn'])

/** Lower case without diacritics, so "nguyen van an" finds "Nguyễn Văn An". */
const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()

/**
 * The back-office list: the view ('open': not returned, refused or withdrawn; 'due-soon'; 'overdue';
 * 'all'), then the filters (received day in [from, to] in the centre's time zone, due by, status,
 * service, procedure) and the search (code, province code, applicant, phone, procedure). Open views
 * come soonest-due first; 'all' newest first. At most `limit` (200).
 */
export function filterDossiers(cal: WorkCalendar, alertDays: number, list: readonly StoredDossier[], q: DossierListQuery, now: Date): StoredDossier[] {
  const view = q.view ?? 'open'
  const needle = q.q ? plain(q.q.trim()).replace(/[\s-]/g, '') : ''
  const out = list.filter((d) => {
    if (view !== 'all' && FINISHED.has(d.status)) return false
    if (view === 'overdue' && !isOverdue(d, now)) return false
    if (view === 'due-soon' && !isDueSoon(cal, d, now, alertDays)) return false
    if (q.status && d.status !== q.status) return false
    if (q.serviceId && d.serviceId !== q.serviceId) return false
    if (q.procedureId && d.procedureId !== q.procedureId) return false
    const received = dayKey(new Date(d.receivedAt), cal.timeZone)
    if (q.from && received < q.from) return false
    if (q.to && received > q.to) return false
    if (q.dueBy && d.dueDate > q.dueBy) return false
    if (needle) {
      const hay = [d.code, d.externalCode ?? '', d.applicantName ?? '', d.applicantPhone ?? '', d.procedureName.vi].map((s) => plain(s).replace(/[\s.-]/g, ''))
      if (!hay.some((h) => h.includes(needle.replace(/\./g, '')))) return false
    }
    return true
  })
  out.sort(view === 'all' ? (a, b) => b.receivedAt.localeCompare(a.receivedAt) : (a, b) => a.dueAt.localeCompare(b.dueAt) || a.code.localeCompare(b.code))
  return out.slice(0, q.limit ?? 200)
}
