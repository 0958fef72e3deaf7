import type { CounterView, PublicUser, Service } from '@luot/shared'
import { ApiClient } from '../support/api-client.js'
import type { Screen } from './province-screens.js'

const CLERK_PASSWORD = 'clerk-pass-123'

/** A clerk signed in at one centre on one process, holding the centre's first counter. */
export interface CentreClerk {
  slug: string
  client: ApiClient
  process: number
  counterId: string
  /** The services that counter serves: the burst's tickets at this centre are for them, so the clerk can call each. */
  serviceIds: string[]
  outcome: string
}

interface AdminConfig {
  counters: { id: string; serviceIds: string[] }[]
  services: Service[]
  users: PublicUser[]
  settings: { outcomes: { id: string }[] }
}

/**
 * A centre's admin (the password the import returned) makes a clerk at the first counter, as the
 * console's admin tab does; the clerk signs in on `base` (the process it works on) and opens that counter.
 */
export async function clerkAt(adminBase: string, base: string, process: number, slug: string, adminPassword: string): Promise<CentreClerk> {
  const admin = new ApiClient(`${adminBase}/c/${slug}`)
  await admin.login('admin', adminPassword)
  const config = (await admin.get<AdminConfig>('/api/admin/config')).body.data
  const counter = config.counters[0]!
  const made = await admin.post('/api/admin/users', { username: 'canbo1', displayName: 'Nguyễn Thị Lan', role: 'clerk', counterId: counter.id, active: true, password: CLERK_PASSWORD })
  if (made.status !== 201) throw new Error(`${slug}: clerk not created: ${made.status} ${JSON.stringify(made.body)}`)
  const client = new ApiClient(`${base}/c/${slug}`)
  // the other process hears of the new account by LISTEN, a moment later
  for (let tries = 1; (await client.post('/api/auth/login', { username: 'canbo1', password: CLERK_PASSWORD })).status !== 200; tries++) {
    if (tries === 50) throw new Error(`${slug}: the new clerk cannot sign in on ${base} after 10 s`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const opened = await client.post<CounterView>(`/api/counters/${counter.id}/open`)
  if (opened.status !== 200) throw new Error(`${slug}: counter ${counter.id} not opened: ${opened.status} ${JSON.stringify(opened.body)}`)
  return { slug, client, process, counterId: counter.id, serviceIds: counter.serviceIds, outcome: config.settings.outcomes[0]!.id }
}

/** One call → board sample: ms from sending call-next to the call reaching a board, and whether that board is on the other process. */
export interface CallSample {
  ms: number
  across: boolean
}

/**
 * The clerk calls `calls` tickets one after the other (waiting while nobody is waiting yet), each time
 * until the call has reached every board of the centre, then finishes the ticket.
 */
export async function callTickets(clerk: CentreClerk, boards: Screen[], calls: number, until: number): Promise<CallSample[]> {
  const samples: CallSample[] = []
  while (samples.length < calls * boards.length) {
    if (Date.now() > until) throw new Error(`${clerk.slug}: only ${samples.length / boards.length} of ${calls} calls before the deadline`)
    const t0 = performance.now()
    const r = await clerk.client.post<CounterView>(`/api/counters/${clerk.counterId}/call-next`)
    if (r.status === 409 && r.body.error.code === 'QUEUE_EMPTY') {
      await new Promise((resolve) => setTimeout(resolve, 20))
      continue
    }
    const ticketId = r.body.data?.current?.ticketId
    if (r.status !== 200 || !ticketId) throw new Error(`${clerk.slug}: call-next ${r.status} ${JSON.stringify(r.body)}`)
    const arrivals = await Promise.all(boards.map((b) => b.callArrival(ticketId)))
    arrivals.forEach((at, i) => samples.push({ ms: at - t0, across: boards[i]!.process !== clerk.process }))
    const done = await clerk.client.post(`/api/counters/${clerk.counterId}/finish`, { outcome: clerk.outcome })
    if (done.status !== 200) throw new Error(`${clerk.slug}: finish ${done.status} ${JSON.stringify(done.body)}`)
  }
  return samples
}
