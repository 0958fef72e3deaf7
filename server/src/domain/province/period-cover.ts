import { addDays } from '../booking/calendar.js'

/**
 * How a report reads [from, to] from roll-ups: whole months, then whole dekads (the 1st–10th,
 * 11th–20th, 21st–end of a month, the periods Vietnamese offices report by), then single days, so a
 * range's edges cost at most nine days each. Dates are YYYY-MM-DD.
 */
export interface RangeCover {
  /** First days of the whole months. */
  months: string[]
  /** First days (1, 11 or 21) of the whole dekads outside those months. */
  dekads: string[]
  days: string[]
}

/** The last day of the month of `day`. */
function monthEnd(day: string): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + 1)
  d.setUTCDate(0)
  return d.toISOString().slice(0, 10)
}

/** The first day of the dekad holding `day`, and its last day. */
export function dekadOf(day: string): { start: string; end: string } {
  const dom = Number(day.slice(8))
  const startDom = dom <= 10 ? 1 : dom <= 20 ? 11 : 21
  const start = `${day.slice(0, 8)}${String(startDom).padStart(2, '0')}`
  return { start, end: startDom === 21 ? monthEnd(day) : addDays(start, 9) }
}

export function coverRange(from: string, to: string): RangeCover {
  const out: RangeCover = { months: [], dekads: [], days: [] }
  for (let d = from; d <= to; ) {
    const end = monthEnd(d)
    if (d.endsWith('-01') && end <= to) {
      out.months.push(d)
      d = addDays(end, 1)
      continue
    }
    const dekad = dekadOf(d)
    if (dekad.start === d && dekad.end <= to) {
      out.dekads.push(d)
      d = addDays(dekad.end, 1)
      continue
    }
    out.days.push(d)
    d = addDays(d, 1)
  }
  return out
}
