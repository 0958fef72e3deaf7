/** Local calendar parts of an instant in a time zone (Intl only: runs in Node and browsers). */
export interface LocalParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  /** 0 = Sunday … 6 = Saturday */
  weekday: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    })
    formatters.set(timeZone, f)
  }
  return f
}

export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts: Record<string, string> = {}
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = p.value
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  }
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** The centre's calendar day of an instant, "YYYY-MM-DD": numbering restarts when it changes. */
export function dayKey(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`
}

/** "HH:MM:SS dd/mm/yyyy", as printed on Vietnamese tickets. */
export function formatTicketTime(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone)
  return `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} ${pad(p.day)}/${pad(p.month)}/${p.year}`
}

/** Minutes since local midnight. */
export function minuteOfDay(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone)
  return p.hour * 60 + p.minute
}

export function parseTimeOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}
