import type { Alert } from '@luot/shared'
import type { QueueService } from '../queue-service.js'
import { waitingTickets } from '../domain/day-summary.js'
import { alertManagers } from './alerts.js'
import type { LuotIo } from './socket-server.js'

export interface WaitAlertOptions {
  clock?: () => Date
  /** How often waiting tickets are checked (default 30 s). */
  everyMs?: number
}

export interface WaitAlerts {
  /** Checks now; returns the alerts it sent. */
  check: () => Alert[]
  stop: () => void
}

/**
 * Tells managers once per ticket when a waiting ticket passes its service's target wait, and once
 * per episode when citizens wait for a service with no counter open. The
 * check reads the durable day only; its timer is unref'd so it never keeps the process alive.
 */
export function startWaitAlerts(io: LuotIo, service: QueueService, opts: WaitAlertOptions = {}): WaitAlerts {
  const clock = opts.clock ?? (() => new Date())
  let date = ''
  let alerted = new Set<string>()
  /** Services already reported as "citizens wait, no counter open", until a counter opens or nobody waits. */
  const stranded = new Set<string>()

  const checkStranded = (now: Date): Alert[] => {
    const sent: Alert[] = []
    for (const s of service.publicSnapshot().services) {
      if (s.waiting === 0 || s.openCounterNumbers.length > 0) {
        stranded.delete(s.id)
        continue
      }
      if (stranded.has(s.id)) continue
      stranded.add(s.id)
      const where = s.counterNumbers.length ? `quầy ${s.counterNumbers.join(', ')}` : 'chưa có quầy nào được phân công'
      const whereEn = s.counterNumbers.length ? `counter ${s.counterNumbers.join(', ')}` : 'no counter is assigned'
      const alert: Alert = {
        kind: 'no-counter-open',
        at: now.toISOString(),
        message: `${s.waiting} công dân đang chờ lĩnh vực ${s.name.vi} nhưng chưa có quầy nào mở (${where}).`,
        messageEn: `${s.waiting} citizens are waiting for ${s.name.en} but no counter is open for it (${whereEn}).`,
      }
      alertManagers(io, alert)
      sent.push(alert)
    }
    return sent
  }

  const check = (): Alert[] => {
    const day = service.today
    if (day.date !== date) {
      date = day.date
      alerted = new Set()
    }
    const now = clock()
    const sent: Alert[] = checkStranded(now)
    for (const t of waitingTickets(day)) {
      if (alerted.has(t.id)) continue
      const s = service.config.services.find((x) => x.id === t.serviceId)
      if (!s) continue
      const waited = (now.getTime() - Date.parse(t.queuedAt)) / 60_000
      if (waited <= s.targetWaitMinutes) continue
      alerted.add(t.id)
      const minutes = Math.floor(waited)
      const alert: Alert = {
        kind: 'wait-target',
        at: now.toISOString(),
        message: `Phiếu ${t.number} (${s.name.vi}) đã chờ ${minutes} phút, quá mục tiêu ${s.targetWaitMinutes} phút.`,
        messageEn: `Ticket ${t.number} (${s.name.en}) has waited ${minutes} min, over the ${s.targetWaitMinutes}-min target.`,
      }
      alertManagers(io, alert)
      sent.push(alert)
    }
    return sent
  }

  const timer = setInterval(check, opts.everyMs ?? 30_000)
  timer.unref()
  return { check, stop: () => clearInterval(timer) }
}
