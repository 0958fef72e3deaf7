import { LuotError, type Lang, type RecordOf, type ServiceBooking } from '@luot/shared'
import { decided, ticketIn } from '../fold.js'
import { issueTicket } from '../issue.js'
import { awaitsCheckIn } from '../queue-order.js'
import { findByIdempotencyKey } from '../tickets.js'
import type { Config, Ctx, DayState, DayTicket, Result } from '../types.js'

/** The service's remote-join settings when it takes tickets from the phone now, else undefined. */
export function remoteJoinOf(config: Config, serviceId: string): ServiceBooking | undefined {
  const b = config.settings.booking
  const s = b?.services.find((x) => x.serviceId === serviceId)
  return b?.enabled && s?.remoteJoin && s.remoteDailyCap > 0 ? s : undefined
}

/** Remote tickets the service issued today (a transfer's continuation is the same ticket, not counted again). */
export function remoteIssued(day: DayState, serviceId: string): number {
  let n = 0
  for (const t of day.tickets) if (t.channel === 'remote' && t.serviceId === serviceId && t.transferredFromId === undefined) n++
  return n
}

/**
 * A ticket taken from the phone (`/join/`): an ordinary ticket of the 'remote' channel, under the
 * service's own daily remote cap. Refused when remote join is off for the service (or bookings are
 * off), when its cap is reached, and by everything that refuses a kiosk ticket (hours, daily cap).
 * A repeated Idempotency-Key returns the ticket it issued first.
 */
export function joinRemote(day: DayState, config: Config, cmd: { serviceId: string; lang: Lang; idempotencyKey?: string }, ctx: Ctx): Result<DayTicket> {
  const s = remoteJoinOf(config, cmd.serviceId)
  if (!config.services.some((x) => x.id === cmd.serviceId)) throw new LuotError('SERVICE_NOT_FOUND')
  if (!s) throw new LuotError('REMOTE_JOIN_CLOSED')
  const retry = cmd.idempotencyKey !== undefined && findByIdempotencyKey(day, cmd.idempotencyKey) !== undefined
  if (!retry && remoteIssued(day, cmd.serviceId) >= s.remoteDailyCap) throw new LuotError('REMOTE_CAP_REACHED')
  return issueTicket(day, config, { serviceId: cmd.serviceId, lang: cmd.lang, channel: 'remote', ...(cmd.idempotencyKey !== undefined ? { idempotencyKey: cmd.idempotencyKey } : {}) }, ctx)
}

/** Where a remote ticket checks in: a kiosk, or a clerk at a counter. */
export type CheckInPlace = { kioskId?: string | undefined } | { clerkId: string; counterId?: string }

/**
 * Checks a remote ticket in (the citizen is in the hall): from now it may be called when check-in
 * is required. Checking in again changes nothing; a ticket that is not remote, or no longer waiting, is refused.
 */
export function checkInRemote(day: DayState, ticket: DayTicket, place: CheckInPlace, ctx: Ctx): Result<DayTicket> {
  if (ticket.channel !== 'remote') throw new LuotError('INVALID_TRANSITION', 'not a remote ticket')
  if (!awaitsCheckIn(ticket)) return { state: day, events: [], records: [], value: ticket }
  if (ticket.status !== 'waiting') throw new LuotError('INVALID_TRANSITION')
  const record: RecordOf<'ticket-checked-in'> = { v: 2, type: 'ticket-checked-in', at: ctx.now.toISOString(), ticketId: ticket.id }
  if ('clerkId' in place) Object.assign(record, place)
  else if (place.kioskId !== undefined) record.kioskId = place.kioskId
  return decided(day, [record], (state) => ticketIn(state, ticket.id))
}
