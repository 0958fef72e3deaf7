import type { Alert, StoredDossier } from '@luot/shared'
import { isDueSoon, isOverdue } from '../domain/dossier/rules.js'
import { alertManagers } from '../realtime/alerts.js'
import type { LuotIo } from '../realtime/socket-server.js'
import { dossierLock } from '../store/dossier/port.js'
import type { DossierService } from './dossier-service.js'
import { dashedCode, dmy } from '../domain/dossier/format.js'


/** The alert of a dossier due soon or overdue, in Vietnamese and English. */
function alertOf(d: StoredDossier, kind: 'dueSoon' | 'overdue', at: string): Alert {
  const half = d.dueHalf === 'morning' ? { vi: 'sáng', en: 'morning' } : { vi: 'chiều', en: 'afternoon' }
  const what = `Hồ sơ ${dashedCode(d.code)} (${d.procedureName.vi})`
  const whatEn = `Dossier ${dashedCode(d.code)} (${d.procedureName.en})`
  return kind === 'overdue'
    ? { kind: 'dossier', at, message: `${what} đã quá hạn trả kết quả (hạn ${half.vi} ${dmy(d.dueDate)}).`, messageEn: `${whatEn} is overdue (due ${dmy(d.dueDate)}, ${half.en}).` }
    : { kind: 'dossier', at, message: `${what} sắp đến hạn trả kết quả: ${half.vi} ${dmy(d.dueDate)}.`, messageEn: `${whatEn} is due soon: ${dmy(d.dueDate)}, ${half.en}.` }
}

/**
 * Tells managers once when an open dossier comes within `alertWorkingDays` working days of its due
 * date, and once when it is overdue. "Once" is kept on the dossier (`alerted`), marked in a
 * transaction under the dossier's lock before the alert goes out: a restart does not repeat it, and
 * with several processes only the first to look sends it. The timer is unref'd.
 */
export function startDossierAlerts(io: LuotIo, dossiers: DossierService, onError: (err: unknown) => void, everyMs = 60_000): { check: () => Promise<Alert[]>; stop: () => void } {
  const due = (d: StoredDossier, now: Date, days: number): 'dueSoon' | 'overdue' | undefined => {
    if (isOverdue(d, now)) return d.alerted?.overdue ? undefined : 'overdue'
    if (isDueSoon(dossiers.calendar, d, now, days) && !d.alerted?.dueSoon) return 'dueSoon'
    return undefined
  }
  const check = async (): Promise<Alert[]> => {
    const settings = dossiers.config.settings.dossiers
    if (!settings?.enabled) return []
    const sent: Alert[] = []
    for (const listed of await dossiers.store.list({ unfinished: true })) {
      if (!due(listed, dossiers.now(), settings.alertWorkingDays)) continue
      const alert = await dossiers.store.transaction([dossierLock(listed.code)], async (tx) => {
        const d = await tx.byCode(listed.code)
        const now = dossiers.now()
        const kind = d && due(d, now, settings.alertWorkingDays)
        if (!d || !kind) return undefined
        tx.put({ ...d, alerted: { ...d.alerted, [kind]: now.toISOString() } })
        return alertOf(d, kind, now.toISOString())
      })
      if (alert) {
        alertManagers(io, alert)
        sent.push(alert)
      }
    }
    return sent
  }
  const timer = setInterval(() => void check().catch(onError), everyMs)
  timer.unref()
  return { check, stop: () => clearInterval(timer) }
}
