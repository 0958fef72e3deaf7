import type { Centre, Counter, NumberFormat, Service, Settings } from '@luot/shared'
import type { StringKey } from '../i18n.js'

/** A field's problem: the message key and its placeholders. Field paths are dotted ("name.vi"). */
export interface Problem {
  key: StringKey
  params?: Record<string, number>
}
export type Problems = Record<string, Problem>

/** The same limits as the server's schemas: a refusal is caught before the round trip. */
export const PATTERNS = {
  id: /^[a-z0-9][a-z0-9-]{0,39}$/,
  code: /^[A-Z0-9]{1,6}$/,
  prefix: /^[A-Z]{1,2}$/,
  username: /^[a-z0-9._-]{2,40}$/,
  time: /^([01]\d|2[0-3]):[0-5]\d$/,
  kioskId: /^(\*|[a-z0-9][a-z0-9-]{0,39})$/,
}

class Checker {
  readonly problems: Problems = {}
  add(path: string, key: StringKey, params?: Record<string, number>): void {
    if (!this.problems[path]) this.problems[path] = params ? { key, params } : { key }
  }
  text(path: string, v: string, max: number, required = true): void {
    if (required && !v.trim()) this.add(path, 'errRequired')
    else if (v.length > max) this.add(path, 'errTooLong')
  }
  match(path: string, v: string, re: RegExp, key: StringKey): void {
    if (!re.test(v)) this.add(path, key)
  }
  int(path: string, v: number, min: number, max: number): void {
    if (!Number.isInteger(v) || v < min || v > max) this.add(path, 'errRange', { min, max })
  }
  num(path: string, v: number, min: number, max: number): void {
    if (!Number.isFinite(v) || v < min || v > max) this.add(path, 'errRange', { min, max })
  }
  name(path: string, n: { vi: string; en: string }): void {
    this.text(`${path}.vi`, n.vi, 160)
    this.text(`${path}.en`, n.en, 160)
  }
  unique<T>(path: string, items: T[], key: (t: T) => string | number): void {
    const seen = new Set<string | number>()
    items.forEach((item, i) => {
      const k = key(item)
      if (seen.has(k)) this.add(`${path}.${i}`, 'errDuplicate')
      seen.add(k)
    })
  }
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

export function checkCentre(c: Centre): Problems {
  const k = new Checker()
  k.text('name', c.name, 200)
  k.text('nameEn', c.nameEn, 200)
  k.text('province', c.province, 100)
  k.text('commune', c.commune, 100, false)
  k.text('address', c.address, 300, false)
  k.text('hotline', c.hotline, 60, false)
  if (!isTimeZone(c.timeZone)) k.add('timeZone', 'errTimeZone')
  k.text('publicBaseUrl', c.publicBaseUrl, 200, false)
  c.openingHours.weekdays.forEach((sessions, d) =>
    sessions.forEach((s, i) => {
      if (!PATTERNS.time.test(s.start) || !PATTERNS.time.test(s.end) || s.start >= s.end) k.add(`hours.${d}.${i}`, 'errTime')
    }),
  )
  return k.problems
}

function checkFormat(k: Checker, f: NumberFormat): void {
  if (f.kind === 'prefix') k.match('prefix', f.prefix, PATTERNS.prefix, 'errPrefix')
  else {
    k.int('start', f.start, 1, 999_999)
    k.int('end', f.end, 1, 999_999)
    if (f.start > f.end) k.add('end', 'errBlock')
  }
}

/** A service on its own, and against the others (id, code and prefix must be unique). */
/** A short label left empty in both languages means "none": the service is stored without one. */
export function withoutEmptyShortLabel(s: Service): Service {
  const { shortLabel, ...rest } = s
  return shortLabel && (shortLabel.vi.trim() || shortLabel.en.trim()) ? { ...rest, shortLabel } : rest
}

export function checkService(s: Service, others: Service[]): Problems {
  const k = new Checker()
  k.match('id', s.id, PATTERNS.id, 'errId')
  if (others.some((o) => o.id === s.id)) k.add('id', 'errDuplicate')
  k.match('code', s.code, PATTERNS.code, 'errCode')
  if (others.some((o) => o.code === s.code)) k.add('code', 'errDuplicate')
  k.name('name', s.name)
  if (s.shortLabel) {
    k.text('shortLabel.vi', s.shortLabel.vi, 40)
    k.text('shortLabel.en', s.shortLabel.en, 40)
  }
  checkFormat(k, s.numberFormat)
  if (s.numberFormat.kind === 'prefix' && others.some((o) => o.numberFormat.kind === 'prefix' && s.numberFormat.kind === 'prefix' && o.numberFormat.prefix === s.numberFormat.prefix)) k.add('prefix', 'errDuplicate')
  k.int('dailyCap', s.dailyCap, 0, 100_000)
  k.int('targetWaitMinutes', s.targetWaitMinutes, 1, 600)
  k.num('defaultServiceMinutes', s.defaultServiceMinutes, 0.5, 240)
  return k.problems
}

export function checkCounter(c: Counter, others: Counter[]): Problems {
  const k = new Checker()
  k.match('id', c.id, PATTERNS.id, 'errId')
  if (others.some((o) => o.id === c.id)) k.add('id', 'errDuplicate')
  k.int('number', c.number, 1, 999)
  if (others.some((o) => o.number === c.number)) k.add('number', 'errDuplicate')
  k.name('name', c.name)
  k.unique('serviceIds', c.serviceIds, (s) => s)
  return k.problems
}

export function checkUser(u: { username: string; displayName: string; password?: string }, isNew: boolean): Problems {
  const k = new Checker()
  if (isNew) k.match('username', u.username, PATTERNS.username, 'errUsername')
  k.text('displayName', u.displayName, 100)
  if (isNew || u.password !== undefined) {
    if ((u.password ?? '').length < 8) k.add('password', 'errPassword')
  }
  return k.problems
}

export function checkSettings(s: Settings): Problems {
  const k = new Checker()
  k.int('recallLimit', s.recallLimit, 0, 10)
  k.int('kioskReturnSeconds', s.kioskReturnSeconds, 5, 600)
  if (s.priorityPolicy.mode === 'interleave') k.int('every', s.priorityPolicy.every, 1, 50)
  for (const [list, items] of [['priorityGroups', s.priorityGroups], ['outcomes', s.outcomes], ['lowReasons', s.rating.lowReasons]] as const) {
    items.forEach((item, i) => {
      k.match(`${list}.${i}.id`, item.id, PATTERNS.id, 'errId')
      k.name(`${list}.${i}.name`, item.name)
    })
    k.unique(`${list}.dup`, items, (x) => x.id)
  }
  if (s.outcomes.length === 0) k.add('outcomes', 'errRequired')
  s.rating.levels.forEach((l, i) => {
    k.int(`levels.${i}.value`, l.value, 1, 10)
    k.name(`levels.${i}.name`, l.name)
  })
  k.unique('levels.dup', s.rating.levels, (l) => l.value)
  k.int('satisfiedMin', s.rating.satisfiedMin, 1, 10)
  k.int('lowMax', s.rating.lowMax, 0, 10)
  if (s.rating.lateWindowHours !== undefined) k.int('lateWindowHours', s.rating.lateWindowHours, 0, 168)
  s.printers.forEach((p, i) => {
    k.match(`printers.${i}.id`, p.id, PATTERNS.id, 'errId')
    k.text(`printers.${i}.name`, p.name, 100)
    k.text(`printers.${i}.host`, p.host, 200)
    k.int(`printers.${i}.port`, p.port, 1, 65535)
    k.match(`printers.${i}.kioskId`, p.kioskId, PATTERNS.kioskId, 'errId')
  })
  k.unique('printers.dup', s.printers, (p) => p.id)
  s.ticker.forEach((line, i) => k.text(`ticker.${i}`, line, 300))
  k.text('voice.template', s.voice.template, 300)
  k.text('voice.templateEn', s.voice.templateEn, 300)
  k.int('voice.repeat', s.voice.repeat, 1, 5)
  if (s.dossiers) {
    k.match('dossiers.middayAt', s.dossiers.middayAt, PATTERNS.time, 'errTime')
    k.int('dossiers.alertWorkingDays', s.dossiers.alertWorkingDays, 0, 10)
    k.text('dossiers.place', s.dossiers.place, 80)
    if (s.dossiers.issuerLines.length === 0 || s.dossiers.issuerLines.some((l) => !l.trim())) k.add('dossiers.issuerLines', 'errRequired')
    s.dossiers.issuerLines.forEach((line, i) => k.text(`dossiers.issuerLines.${i}`, line, 120))
  }
  return k.problems
}

export const hasProblems = (p: Problems): boolean => Object.keys(p).length > 0
