import { LuotError, type Centre, type Counter, type Service, type Settings } from '@luot/shared'
import type { Config, DayState, StoredUser } from './types.js'

const conflict = (details: string): never => {
  throw new LuotError('CONFLICT', details)
}
const bad = (details: string): never => {
  throw new LuotError('BAD_REQUEST', details)
}

function unique<T>(items: T[], key: (t: T) => string | number, what: string): void {
  const seen = new Set<string | number>()
  for (const i of items) {
    const k = key(i)
    if (seen.has(k)) conflict(`duplicate ${what}: ${k}`)
    seen.add(k)
  }
}

/** Number formats must not collide, or the hall board could show one number for two services. */
function checkServices(services: Service[]): void {
  unique(services, (s) => s.id, 'service id')
  unique(services, (s) => s.code, 'service code')
  unique(services.flatMap((s) => (s.numberFormat.kind === 'prefix' ? [s.numberFormat.prefix] : [])), (p) => p, 'number prefix')
  const blocks = services.flatMap((s) => (s.numberFormat.kind === 'block' ? [{ id: s.id, ...s.numberFormat }] : []))
  for (const b of blocks) if (b.start > b.end) bad(`number block of ${b.id} ends before it starts`)
  for (const a of blocks) for (const b of blocks) if (a.id < b.id && a.start <= b.end && b.start <= a.end) conflict(`number blocks of ${a.id} and ${b.id} overlap`)
}

function checkCounters(counters: Counter[], services: Service[]): void {
  unique(counters, (c) => c.id, 'counter id')
  unique(counters, (c) => c.number, 'counter number')
  for (const c of counters) {
    for (const id of c.serviceIds) if (!services.some((s) => s.id === id)) bad(`counter ${c.number} serves unknown service ${id}`)
    unique(c.serviceIds, (id) => id, `service on counter ${c.number}`)
  }
}

function checkUsers(users: StoredUser[], counters: Counter[]): void {
  unique(users, (u) => u.id, 'user id')
  unique(users, (u) => u.username, 'username')
  for (const u of users) if (u.counterId !== null && !counters.some((c) => c.id === u.counterId)) bad(`user ${u.username} is assigned to unknown counter ${u.counterId}`)
  if (!users.some((u) => u.role === 'admin' && u.active)) conflict('at least one active admin must remain')
}

/** A printer on counters' desks names counters that exist, and a counter has one slip printer at most. */
function checkSlipPrinters(c: Config): void {
  const owner = new Map<string, string>()
  for (const p of c.settings.printers) {
    for (const id of p.counterIds ?? []) {
      if (!c.counters.some((x) => x.id === id)) bad(`printer ${p.id} names unknown counter ${id}`)
      if (owner.has(id)) bad(`counter ${id} has two slip printers: ${owner.get(id)} and ${p.id}`)
      owner.set(id, p.id)
    }
  }
}

export function checkCentre(centre: Centre): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: centre.timeZone })
  } catch {
    bad(`unknown time zone ${centre.timeZone}`)
  }
  if (centre.publicBaseUrl && !/^https?:\/\/[^\s]+$/.test(centre.publicBaseUrl)) bad('publicBaseUrl must be an http(s) URL')
  for (const day of centre.openingHours.weekdays) for (const s of day) if (s.start >= s.end) bad(`opening session ${s.start}–${s.end} ends before it starts`)
}

export function checkSettings(s: Settings): void {
  unique(s.priorityGroups, (g) => g.id, 'priority group')
  unique(s.rating.levels, (l) => l.value, 'rating value')
  unique(s.rating.lowReasons, (r) => r.id, 'low-score reason')
  unique(s.outcomes, (o) => o.id, 'outcome')
  unique(s.printers, (p) => p.id, 'printer')
  if (!s.rating.levels.some((l) => l.value >= s.rating.satisfiedMin)) bad('no rating level counts as satisfied')
}

/** Booking settings name known services once each, and a calendar date once. */
function checkBooking(c: Config): void {
  const b = c.settings.booking
  if (!b) return
  unique(b.services, (s) => s.serviceId, 'booking service')
  for (const s of b.services) if (!c.services.some((x) => x.id === s.serviceId)) bad(`booking settings name unknown service ${s.serviceId}`)
  unique(b.calendar, (d) => d.date, 'calendar date')
}

/** At most one outcome opens a dossier and one returns it; the return service, when named, exists. */
function checkDossiers(c: Config): void {
  for (const kind of ['receive', 'return'] as const) if (c.settings.outcomes.filter((o) => o.dossier === kind).length > 1) bad(`more than one outcome is marked dossier "${kind}"`)
  const id = c.settings.dossiers?.returnServiceId
  if (id !== undefined && !c.services.some((s) => s.id === id)) bad(`dossier settings name unknown return service ${id}`)
}

/** Every rule a whole configuration must keep; admin changes are checked against it before they are written. */
export function checkConfig(c: Config): Config {
  checkCentre(c.centre)
  checkServices(c.services)
  checkCounters(c.counters, c.services)
  checkUsers(c.users, c.counters)
  checkSettings(c.settings)
  checkSlipPrinters(c)
  checkBooking(c)
  checkDossiers(c)
  return c
}

/** A service with tickets waiting today, still served by a counter, or named in the booking settings cannot be deleted. */
export function assertServiceDeletable(c: Config, day: DayState, serviceId: string): void {
  if (c.counters.some((x) => x.serviceIds.includes(serviceId))) throw new LuotError('IN_USE', 'a counter still serves it')
  if (c.settings.booking?.services.some((s) => s.serviceId === serviceId)) throw new LuotError('IN_USE', 'the booking settings still name it')
  if (c.settings.dossiers?.returnServiceId === serviceId) throw new LuotError('IN_USE', 'the dossier settings name it as the return service')
  if (day.tickets.some((t) => t.serviceId === serviceId && (t.status === 'waiting' || t.status === 'called' || t.status === 'serving'))) throw new LuotError('IN_USE', 'tickets are waiting for it')
}

export function assertCounterDeletable(c: Config, day: DayState, counterId: string): void {
  if ((day.counters[counterId]?.state ?? 'closed') !== 'closed') throw new LuotError('IN_USE', 'the counter is open')
  if (c.users.some((u) => u.counterId === counterId)) throw new LuotError('IN_USE', 'a user is assigned to it')
}
