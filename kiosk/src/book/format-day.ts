import type { Lang } from '@luot/shared'

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' }

/** A day key (YYYY-MM-DD) as a citizen reads it: "Thứ Hai, 07/12/2026" or "Monday, 7 December 2026". The key is a calendar day, so it is read in UTC and never shifts. */
export function formatDay(date: string, lang: Lang, style: 'long' | 'short' = 'long'): string {
  const d = new Date(`${date}T00:00:00Z`)
  if (lang === 'vi') {
    const weekday = new Intl.DateTimeFormat(LOCALE.vi, { weekday: 'long', timeZone: 'UTC' }).format(d)
    const [y, m, day] = date.split('-')
    const cap = weekday.charAt(0).toUpperCase() + weekday.slice(1)
    return style === 'long' ? `${cap}, ${day}/${m}/${y}` : `${cap}, ${day}/${m}`
  }
  return new Intl.DateTimeFormat(LOCALE.en, { weekday: 'long', day: 'numeric', month: 'long', ...(style === 'long' ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(d)
}
