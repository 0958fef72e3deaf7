import type { DossiersChanged, WebhookEventName, WebhookTicket } from '@luot/shared'
import type { Config, DayTicket, DomainEvent } from '../domain/types.js'

/**
 * One event to send: its name, its `data`, when it happened, and a key that names this very event
 * whenever it is derived (live, or replayed from the journal after a crash), so it is queued once.
 */
export interface OutgoingEvent {
  event: WebhookEventName
  data: unknown
  at: string
  key: string
}

const TICKET_EVENTS: Partial<Record<DomainEvent['type'], WebhookEventName>> = {
  'ticket-issued': 'ticket.issued',
  'ticket-called': 'ticket.called',
  'ticket-finished': 'ticket.finished',
  'ticket-rated': 'ticket.rated',
}

/** A ticket as integrations see it: what a province system mirrors, nothing that lets anyone act as the citizen. */
export function webhookTicket(t: DayTicket, date: string, config: Config): WebhookTicket {
  const counterNumber = config.counters.find((c) => c.id === t.counterId)?.number
  return {
    id: t.id,
    number: t.number,
    date,
    serviceId: t.serviceId,
    channel: t.channel,
    status: t.status,
    priorityGroup: t.priorityGroup,
    issuedAt: t.issuedAt,
    ...(t.calledAt ? { calledAt: t.calledAt } : {}),
    ...(t.startedAt ? { startedAt: t.startedAt } : {}),
    ...(t.finishedAt ? { finishedAt: t.finishedAt } : {}),
    recalls: t.recalls,
    ...(t.counterId ? { counterId: t.counterId } : {}),
    ...(counterNumber !== undefined ? { counterNumber } : {}),
    ...(t.clerkId ? { clerkId: t.clerkId } : {}),
    ...(t.outcome ? { outcome: t.outcome } : {}),
    ...(t.rating ? { rating: { value: t.rating.value, ...(t.rating.reasonId ? { reasonId: t.rating.reasonId } : {}), source: t.rating.source, at: t.rating.at } } : {}),
    ...(t.booking ? { bookingCode: t.booking.code } : {}),
    ...(t.dossierCode ? { dossierCode: t.dossierCode } : {}),
  }
}

/** When a ticket event happened, and what tells it from the ticket's other events of the same name (a recall, a missed ticket finished again, a rating amended). */
function moment(name: WebhookEventName, t: DayTicket): { at: string; tag: string } {
  if (name === 'ticket.called') return { at: t.calledAt ?? t.issuedAt, tag: `${t.recalls}:${t.calledAt ?? ''}` }
  if (name === 'ticket.finished') return { at: t.finishedAt ?? t.issuedAt, tag: `${t.status}:${t.finishedAt ?? ''}` }
  if (name === 'ticket.rated') return { at: t.rating?.amendedAt ?? t.rating?.at ?? t.issuedAt, tag: t.rating?.amendedAt ?? t.rating?.at ?? '' }
  return { at: t.issuedAt, tag: '' }
}

/** The webhook events of one durable change (or of a replayed day): issued, called (each recall too), finished, rated. */
export function ticketEvents(events: readonly DomainEvent[], date: string, config: Config): OutgoingEvent[] {
  const out: OutgoingEvent[] = []
  for (const ev of events) {
    const name = TICKET_EVENTS[ev.type]
    if (!name || !('ticket' in ev)) continue
    const { at, tag } = moment(name, ev.ticket)
    out.push({ event: name, data: webhookTicket(ev.ticket, date, config), at, key: `${name}:${ev.ticket.id}:${tag}` })
  }
  return out
}

const DOSSIER_EVENTS: Record<DossiersChanged['kind'], WebhookEventName> = { received: 'dossier.received', status: 'dossier.status', apology: 'dossier.apology', returned: 'dossier.returned' }

/**
 * A dossier change as a webhook event: the dossier without the applicant's name and phone (the
 * province system has its own records; the code and `externalCode` match them). Its key is the
 * dossier and its last step, so a change is queued once.
 */
export function dossierEvent(change: DossiersChanged): OutgoingEvent {
  const { applicantName: _n, applicantPhone: _p, idempotencyKey: _k, ...data } = change.dossier
  const last = change.kind === 'apology' ? change.dossier.apologies.at(-1)?.at : change.dossier.history.at(-1)?.at
  const at = last ?? change.dossier.updatedAt
  return { event: DOSSIER_EVENTS[change.kind], data, at, key: `${DOSSIER_EVENTS[change.kind]}:${change.dossier.code}:${at}` }
}
