import { COMMON_STRINGS, formatTicketTime } from '@luot/shared'
import { ticketSession } from './session.js'
import type { TicketPrint } from './ticket-print.js'

/** What a line of text is for; each text mode maps roles to its own sizes and weights. */
export type TextRole =
  | 'centre' | 'subtitle' | 'heading' | 'number' | 'service'
  | 'detail' | 'priority' | 'hotline' | 'footer'

/** One piece of the ticket, top to bottom. */
export type TicketBlock =
  | { kind: 'text'; role: TextRole; text: string }
  | { kind: 'qr'; data: string }
  | { kind: 'rule' }
  | { kind: 'gap' }

/** "Quầy: 1, 2". */
export function counterLine(counters: readonly number[]): string {
  return `${COMMON_STRINGS.counter.vi}: ${counters.join(', ')}`
}

/**
 * The ticket's layout, independent of how it is printed: centre, heading,
 * number, service, details, optional priority, QR, hotline, footer.
 * Text is NFC so every Vietnamese letter is one code point.
 */
export function ticketBlocks(t: TicketPrint): TicketBlock[] {
  const text = (role: TextRole, value: string): TicketBlock => ({ kind: 'text', role, text: value.normalize('NFC') })
  const blocks: TicketBlock[] = [text('centre', t.centreName)]
  if (t.centreSubtitle) blocks.push(text('subtitle', t.centreSubtitle))
  blocks.push(
    { kind: 'rule' },
    text('heading', COMMON_STRINGS.ticketHeading.vi),
    text('number', t.number),
    text('service', t.serviceName),
    { kind: 'gap' },
  )
  if (t.counterNumbers.length > 0) blocks.push(text('detail', counterLine(t.counterNumbers)))
  blocks.push(
    text('detail', `${COMMON_STRINGS.peopleAhead.vi}: ${t.peopleAhead}`),
    text('detail', `${formatTicketTime(t.issuedAt, t.timeZone)} - ${ticketSession(t.issuedAt, t.timeZone)}`),
  )
  if (t.priorityLabel) blocks.push({ kind: 'gap' }, text('priority', t.priorityLabel))
  blocks.push({ kind: 'gap' }, { kind: 'qr', data: t.trackingUrl })
  if (t.hotline) blocks.push(text('hotline', `${COMMON_STRINGS.hotline.vi}: ${t.hotline}`))
  blocks.push({ kind: 'rule' }, text('footer', t.footer))
  return blocks
}
