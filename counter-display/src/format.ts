import type { Lang } from '@luot/shared'
import { localParts } from '@luot/shared/time'
import { t, WEEKDAYS } from './strings.js'

const pad = (n: number): string => String(n).padStart(2, '0')

/** "HH:MM:SS" in the centre's time zone. */
export function formatClock(ms: number, timeZone: string): string {
  const p = localParts(new Date(ms), timeZone)
  return `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`
}

/** "Thứ Hai, 23/11/2026" (or "Monday, 23/11/2026") in the centre's time zone. */
export function formatDate(ms: number, timeZone: string, lang: Lang): string {
  const p = localParts(new Date(ms), timeZone)
  return `${WEEKDAYS[lang][p.weekday] ?? ''}, ${pad(p.day)}/${pad(p.month)}/${p.year}`
}

/** "Quầy 1, 2, 5" from counter numbers (empty when none). */
export function formatCounterList(numbers: readonly number[], lang: Lang): string {
  return numbers.length ? `${t('toCounter', lang)} ${[...numbers].sort((a, b) => a - b).join(', ')}` : ''
}

/** The ticker's lines: the hotline first, unless a notice already gives that number, then the notices. */
export function tickerItems(hotline: string, notices: readonly string[], lang: Lang): string[] {
  const digits = (s: string): string => s.replace(/\D/g, '')
  const given = hotline.trim() === '' || notices.some((n) => digits(hotline).length > 0 && digits(n).includes(digits(hotline)))
  return [...(given ? [] : [`${t('hotline', lang)}: ${hotline}`]), ...notices]
}
