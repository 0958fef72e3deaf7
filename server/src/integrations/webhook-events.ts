import type { WebhookEventName, WebhookTicket } from '@luot/shared'
import type { Config, DayTicket, DomainEvent } from '../domain/types.js'

/** One event to send: its name and its `data`. */
export interface OutgoingEvent {
  event: WebhookEventName
  data: unknown
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

/** The webhook events of one durable change: issued, called (each recall too), finished, rated. */
export function ticketEvents(events: readonly DomainEvent[], date: string, config: Config): OutgoingEvent[] {
  const out: OutgoingEvent[] = []
  for (const ev of events) {
    const name = TICKET_EVENTS[ev.type]
    if (name && 'ticket' in ev) out.push({ event: name, data: webhookTicket(ev.ticket, date, config) })
  }
  return out
}
