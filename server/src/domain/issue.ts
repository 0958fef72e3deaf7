import { formatCapacity, formatTicketNumber, LuotError, type Channel, type Lang, type RecordOf } from '@luot/shared'
import { decided, ticketIn } from './fold.js'
import { assertOpenDay } from './day.js'
import { isIssuing } from './opening-hours.js'
import { findByIdempotencyKey } from './tickets.js'
import type { Config, Ctx, DayState, DayTicket, Result } from './types.js'

export interface IssueCommand {
  serviceId: string
  priorityGroup?: string | null
  lang?: Lang
  channel: Channel
  idempotencyKey?: string
  /** At a booking's check-in: its code and its slot's start (ISO instant). */
  booking?: { code: string; slotStart: string }
  /** At the kiosk's "Nhận kết quả": the dossier whose result this visit collects. */
  dossierCode?: string
}

/** Tickets a service can still issue today: the daily cap, bounded by its number format. */
export function dailyLimit(config: Config, serviceId: string): number {
  const s = config.services.find((x) => x.id === serviceId)
  if (!s) return 0
  const capacity = formatCapacity(s.numberFormat)
  return s.dailyCap > 0 ? Math.min(s.dailyCap, capacity) : capacity
}

/**
 * Issues the next number of a service. A repeated idempotency key returns the ticket it issued
 * first and changes nothing. Refuses: unknown or inactive service, a service no counter serves, closed hours, the daily cap.
 */
export function issueTicket(day: DayState, config: Config, cmd: IssueCommand, ctx: Ctx): Result<DayTicket> {
  assertOpenDay(day)
  if (cmd.idempotencyKey !== undefined) {
    const earlier = findByIdempotencyKey(day, cmd.idempotencyKey)
    if (earlier) {
      // the same key for another request would hand one citizen another's ticket
      if (earlier.serviceId !== cmd.serviceId || earlier.priorityGroup !== (cmd.priorityGroup ?? null) || earlier.lang !== (cmd.lang ?? 'vi')) throw new LuotError('IDEMPOTENCY_MISMATCH')
      return { state: day, events: [], records: [], value: earlier }
    }
  }
  const service = config.services.find((s) => s.id === cmd.serviceId)
  if (!service) throw new LuotError('SERVICE_NOT_FOUND')
  if (!service.active) throw new LuotError('SERVICE_INACTIVE')
  // a ticket nobody can ever call is worse than none
  if (!config.counters.some((c) => c.serviceIds.includes(service.id))) throw new LuotError('SERVICE_NO_COUNTER')
  const group = cmd.priorityGroup ?? null
  if (group !== null && !config.settings.priorityGroups.some((g) => g.id === group)) throw new LuotError('PRIORITY_GROUP_UNKNOWN')
  if (!isIssuing(config.centre, ctx.now)) throw new LuotError('CENTRE_CLOSED')
  const seq = (day.seq[service.id] ?? 0) + 1
  if (seq > dailyLimit(config, service.id)) throw new LuotError('DAILY_CAP_REACHED')

  const common = {
    type: 'ticket-issued' as const,
    at: ctx.now.toISOString(),
    ticketId: ctx.newId(),
    number: formatTicketNumber(service.numberFormat, seq),
    seq,
    serviceId: service.id,
    priorityGroup: group,
    lang: cmd.lang ?? 'vi',
    trackingCode: ctx.newTrackingCode(),
    ...(cmd.idempotencyKey !== undefined ? { idempotencyKey: cmd.idempotencyKey } : {}),
  }
  const channel = cmd.channel
  // format 2 only when the ticket needs it, so a day without bookings or dossiers stays readable by older releases
  const v2 = channel === 'remote' || cmd.booking !== undefined || cmd.dossierCode !== undefined
  const record: RecordOf<'ticket-issued'> = v2 ? { v: 2, ...common, channel, ...(cmd.booking ? { booking: cmd.booking } : {}), ...(cmd.dossierCode !== undefined ? { dossierCode: cmd.dossierCode } : {}) } : { v: 1, ...common, channel }
  return decided(day, [record], (state) => ticketIn(state, record.ticketId))
}
