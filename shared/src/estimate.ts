import type { Lang } from './schemas/common.js'

/**
 * The one wait estimate every screen shows (kiosk, board, phone, widget, console) and the server
 * sends: `null` when no counter serving the service is open (nobody can be called, so no number
 * of minutes is honest), 0 when nobody is ahead, else whole minutes and never below 1.
 */
export function estimateWaitMinutes(ahead: number, meanServiceMinutes: number, openCounters: number): number | null {
  if (openCounters <= 0) return null
  if (ahead <= 0) return 0
  return Math.max(1, Math.round((ahead * meanServiceMinutes) / openCounters))
}

export const WAIT_WORDS = {
  noCounterOpen: { vi: 'Chưa có quầy mở', en: 'No counter open yet' },
  noWait: { vi: 'Không phải chờ', en: 'No wait' },
  aboutMinutes: { vi: '~{n} phút', en: '~{n} min' },
} as const satisfies Record<string, Record<Lang, string>>

/** The estimate in words, the same on every screen: "~6 phút", "Không phải chờ", "Chưa có quầy mở". */
export function formatWait(minutes: number | null, lang: Lang): string {
  if (minutes === null) return WAIT_WORDS.noCounterOpen[lang]
  if (minutes === 0) return WAIT_WORDS.noWait[lang]
  return WAIT_WORDS.aboutMinutes[lang].replace('{n}', String(minutes))
}
