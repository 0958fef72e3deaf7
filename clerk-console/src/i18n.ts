import type { Lang } from '@luot/shared'
import { ADMIN } from './strings/admin.js'
import { BOOKINGS } from './strings/bookings.js'
import { DOSSIERS } from './strings/dossiers.js'
import { DOSSIER_ADMIN } from './strings/dossier-admin.js'
import { DOSSIER_REPORT } from './strings/dossier-report.js'
import { SLIPS } from './strings/slips.js'
import { COMMON } from './strings/common.js'
import { COUNTER } from './strings/counter.js'
import { DASHBOARD } from './strings/dashboard.js'
import { HEALTH } from './strings/health.js'
import { HISTORY } from './strings/history.js'
import { INTEGRATIONS } from './strings/integrations.js'
import { PROVINCE } from './strings/province.js'
import { PROVINCE_ADMIN } from './strings/province-admin.js'
import { useConsoleState } from './state.js'

/** Every UI string, Vietnamese and English. */
export const STRINGS = { ...COMMON, ...COUNTER, ...DASHBOARD, ...HISTORY, ...ADMIN, ...HEALTH, ...BOOKINGS, ...DOSSIERS, ...DOSSIER_ADMIN, ...DOSSIER_REPORT, ...SLIPS, ...INTEGRATIONS, ...PROVINCE, ...PROVINCE_ADMIN } satisfies Record<string, Record<Lang, string>>
export type StringKey = keyof typeof STRINGS
export type Translate = (key: StringKey, params?: Record<string, string | number>) => string

/** A string in the chosen language, with {name} placeholders filled in. */
export function translate(lang: Lang, key: StringKey, params?: Record<string, string | number>): string {
  const text: string = STRINGS[key][lang]
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text
}

export function useT(): Translate {
  const { lang } = useConsoleState()
  return (key, params) => translate(lang, key, params)
}
