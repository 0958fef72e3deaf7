import type { Lang } from '@luot/shared'
import { translate } from '../i18n.js'

/** "nhanh 45 giây" / "45 s ahead", "chậm 3 giây", "khớp" under a second. */
export function offsetWords(aheadMs: number, lang: Lang): string {
  const s = Math.round(Math.abs(aheadMs) / 1000)
  if (s === 0) return translate(lang, 'clockInStep')
  return translate(lang, aheadMs > 0 ? 'clockAhead' : 'clockBehind', { s })
}

/** Off by more than the limit, either way. */
export const clockOff = (aheadMs: number | undefined | null, limitMs: number): boolean => aheadMs !== undefined && aheadMs !== null && Math.abs(aheadMs) > limitMs
