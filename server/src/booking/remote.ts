import { LuotError, type CheckIn, type IssuedTicket, type JoinRequest, type JoinServices, type TrackedTicket } from '@luot/shared'
import { checkInRemote, joinRemote, remoteIssued, remoteJoinOf } from '../domain/booking/remote-join.js'
import { dailyLimit } from '../domain/issue.js'
import { isIssuing } from '../domain/opening-hours.js'
import { summaryOf } from '../domain/day-summary.js'
import { findByTrackingCode } from '../domain/tickets.js'
import type { StoredUser } from '../domain/types.js'
import { issuedView, trackedView } from '../domain/views.js'
import type { QueueService } from '../queue-service.js'

/** What `/join/` offers now: the services that take tickets from the phone, each open or not, with places left today and people waiting. */
export function joinServices(queue: QueueService): JoinServices {
  const config = queue.config
  const day = queue.today
  const open = isIssuing(config.centre, queue.clock())
  const { waiting } = summaryOf(day)
  const services = config.services.flatMap((s) => {
    const remote = remoteJoinOf(config, s.id)
    if (!remote || !s.active) return []
    const left = Math.max(0, Math.min(remote.remoteDailyCap - remoteIssued(day, s.id), dailyLimit(config, s.id) - (day.seq[s.id] ?? 0)))
    const served = config.counters.some((c) => c.serviceIds.includes(s.id))
    return [{ serviceId: s.id, name: s.name, open: open && served && left > 0, left, waiting: waiting.get(s.id) ?? 0 }]
  })
  return { open, services }
}

/** Takes a ticket from the phone (channel 'remote'), through the queue's one door. */
export async function joinFromPhone(queue: QueueService, body: JoinRequest, idempotencyKey: string | undefined): Promise<IssuedTicket> {
  const t = await queue.run((day, config, ctx) => joinRemote(day, config, { ...body, ...(idempotencyKey !== undefined ? { idempotencyKey } : {}) }, ctx))
  return issuedView(queue.today, queue.config, t, queue.clock)
}

/** Checks a remote ticket in at a kiosk or by a signed-in clerk; checking in again changes nothing. */
export async function checkInFromPhone(queue: QueueService, trackingCode: string, body: CheckIn, who: { user: StoredUser | null }): Promise<TrackedTicket> {
  const user = who.user
  const t = await queue.run((day, _config, ctx) => {
    const ticket = findByTrackingCode(day, trackingCode)
    if (!ticket) throw new LuotError('TICKET_NOT_FOUND')
    // the counter the clerk holds now, if any
    const counterId = user && Object.entries(day.counters).find(([, rt]) => rt.clerkId === user.id && rt.state !== 'closed')?.[0]
    return checkInRemote(day, ticket, user ? { clerkId: user.id, ...(counterId ? { counterId } : {}) } : { kioskId: body.kioskId }, ctx)
  })
  return trackedView(queue.today, queue.config, t, queue.clock)
}
