import { localParts } from '@luot/shared/time'
import type { Lang, LocalizedName } from '@luot/shared'

const pad = (n: number): string => String(n).padStart(2, '0')

/** A running timer: "4:05", "1:02:09". Negative time (clock skew) shows as 0:00. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`
}

/** A duration from the statistics ("4 phút 05 giây" / "4 min 05 s"); null reads as a dash. */
export function duration(seconds: number | null | undefined, lang: Lang): string {
  if (seconds === null || seconds === undefined) return '—'
  const s = Math.round(seconds)
  const m = Math.floor(s / 60)
  const rest = s % 60
  if (lang === 'vi') return m > 0 ? `${m} phút ${pad(rest)} giây` : `${rest} giây`
  return m > 0 ? `${m} min ${pad(rest)} s` : `${rest} s`
}

export const secondsBetween = (fromIso: string, toMs: number): number => (toMs - Date.parse(fromIso)) / 1000

/** "HH:MM" in the centre's time zone. */
export function timeOfDay(iso: string, timeZone: string): string {
  const p = localParts(new Date(iso), timeZone)
  return `${pad(p.hour)}:${pad(p.minute)}`
}

/** "HH:MM:SS dd/mm" in the centre's time zone. */
export function shortStamp(iso: string, timeZone: string): string {
  const p = localParts(new Date(iso), timeZone)
  return `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} ${pad(p.day)}/${pad(p.month)}`
}

export const nameIn = (name: LocalizedName, lang: Lang): string => name[lang]

/** "12,5 %" / "12.5 %" */
export function percent(value: number | null, lang: Lang): string {
  if (value === null) return '—'
  return `${value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })} %`
}

/** "12,3 GB" / "12.3 GB", "850 MB": disk sizes on the health page. */
export function bytes(n: number, lang: Lang): string {
  const gb = n / 1024 ** 3
  const [value, unit] = gb >= 1 ? [gb, 'GB'] : [n / 1024 ** 2, 'MB']
  return `${value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })} ${unit}`
}
