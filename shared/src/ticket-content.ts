import { COMMON_STRINGS } from './i18n.js'
import type { Centre, PriorityGroup } from './schemas/config.js'
import type { IssuedTicket } from './schemas/views.js'
import { localParts } from './time.js'

/**
 * What goes on a ticket (phiếu số thứ tự), printed on the thermal printer (ESC/POS) or by the
 * kiosk's browser: one content model, two renderers. Strings are Vietnamese, printed as given.
 */
export interface TicketPrint {
  /** Centre name, e.g. "UBND PHƯỜNG HOÀ HẢI"; upper-case lines are printed upper case. */
  centreName: string
  /** Department or commune line, e.g. "Bộ phận Một cửa". */
  centreSubtitle?: string
  /** The ticket number, "A025" or "1023": printed very large. */
  number: string
  /** Service area, e.g. "Tư pháp – Hộ tịch"; wraps, never cut. */
  serviceName: string
  /** Counters serving the area, printed "Quầy: 1, 2". */
  counterNumbers: number[]
  /** Printed "Số người chờ trước: 5". */
  peopleAhead: number
  /** Issue instant; printed with the session, "Buổi chiều, 15:06:08 ngày 30/11/2026", in `timeZone`. */
  issuedAt: Date
  /** IANA zone of the centre, e.g. "Asia/Ho_Chi_Minh". */
  timeZone: string
  /** QR code content. */
  trackingUrl: string
  hotline?: string
  /** e.g. "Vui lòng giữ phiếu và chờ gọi số. Xin cảm ơn!" */
  footer: string
  /** e.g. "Ưu tiên: Người cao tuổi". */
  priorityLabel?: string
  /** A booking's ticket, e.g. "Đã đặt lịch: 08:30": printed as prominently as priority. */
  bookingLabel?: string
}

/** What a line of text is for; each renderer maps roles to its own sizes and weights. */
export type TextRole = 'centre' | 'subtitle' | 'heading' | 'number' | 'service' | 'detail' | 'priority' | 'hotline' | 'footer'

/** One piece of the ticket, top to bottom. */
export type TicketBlock = { kind: 'text'; role: TextRole; text: string } | { kind: 'qr'; data: string } | { kind: 'rule' } | { kind: 'gap' }

/** "Sáng" before 12:00 in the centre's zone, "Chiều" from 12:00 on. */
export function ticketSession(issuedAt: Date, timeZone: string): 'Sáng' | 'Chiều' {
  return localParts(issuedAt, timeZone).hour < 12 ? COMMON_STRINGS.morning.vi : COMMON_STRINGS.afternoon.vi
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** "Buổi chiều, 15:06:08 ngày 30/11/2026": the session first, as it is said, then the time and the date. */
export function ticketTimeLine(issuedAt: Date, timeZone: string): string {
  const p = localParts(issuedAt, timeZone)
  return `Buổi ${ticketSession(issuedAt, timeZone).toLowerCase()}, ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} ngày ${pad(p.day)}/${pad(p.month)}/${p.year}`
}

/** "Quầy: 1, 2". */
export function counterLine(counters: readonly number[]): string {
  return `${COMMON_STRINGS.counter.vi}: ${counters.join(', ')}`
}

/** The ticket's content from the issued ticket and the centre's settings (both renderers start here). */
export function ticketContentFor(ticket: IssuedTicket, centre: Pick<Centre, 'name' | 'province' | 'hotline' | 'timeZone'>, priorityGroups: readonly PriorityGroup[]): TicketPrint {
  const group = ticket.priorityGroup ? priorityGroups.find((g) => g.id === ticket.priorityGroup) : undefined
  const t: TicketPrint = {
    centreName: centre.name.toUpperCase(),
    centreSubtitle: centre.province,
    number: ticket.number,
    serviceName: ticket.service.name.vi,
    counterNumbers: ticket.counterNumbers,
    peopleAhead: ticket.peopleAhead,
    issuedAt: new Date(ticket.issuedAt),
    timeZone: centre.timeZone,
    trackingUrl: ticket.trackingUrl,
    footer: COMMON_STRINGS.ticketFooter.vi,
  }
  if (centre.hotline) t.hotline = centre.hotline
  if (group) t.priorityLabel = `Ưu tiên: ${group.name.vi}`
  if (ticket.booking) {
    const p = localParts(new Date(ticket.booking.slotStart), centre.timeZone)
    t.bookingLabel = `Đã đặt lịch: ${pad(p.hour)}:${pad(p.minute)}`
  }
  return t
}

/**
 * The ticket's layout, independent of how it is printed: centre, heading, number, service,
 * details, optional priority, QR, hotline, footer. Text is NFC so every Vietnamese letter is one
 * code point.
 */
export function ticketBlocks(t: TicketPrint): TicketBlock[] {
  const text = (role: TextRole, value: string): TicketBlock => ({ kind: 'text', role, text: value.normalize('NFC') })
  const blocks: TicketBlock[] = [text('centre', t.centreName)]
  if (t.centreSubtitle) blocks.push(text('subtitle', t.centreSubtitle))
  blocks.push({ kind: 'rule' }, text('heading', COMMON_STRINGS.ticketHeading.vi), text('number', t.number), text('service', t.serviceName), { kind: 'gap' })
  if (t.counterNumbers.length > 0) blocks.push(text('detail', counterLine(t.counterNumbers)))
  blocks.push(text('detail', `${COMMON_STRINGS.peopleAhead.vi}: ${t.peopleAhead}`), text('detail', ticketTimeLine(t.issuedAt, t.timeZone)))
  if (t.priorityLabel) blocks.push({ kind: 'gap' }, text('priority', t.priorityLabel))
  if (t.bookingLabel) blocks.push({ kind: 'gap' }, text('priority', t.bookingLabel))
  blocks.push({ kind: 'gap' }, { kind: 'qr', data: t.trackingUrl })
  if (t.hotline) blocks.push(text('hotline', `${COMMON_STRINGS.hotline.vi}: ${t.hotline}`))
  blocks.push({ kind: 'rule' }, text('footer', t.footer))
  return blocks
}
