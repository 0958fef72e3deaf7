import type { DossiersChanged, StaffDossier } from '@luot/shared'
import type { DossierService } from '../dossier/dossier-service.js'
import { localInstant } from '../domain/booking/calendar.js'
import type { Integrations } from './start-integrations.js'
import { dossierEvent, type OutgoingEvent } from './webhook-events.js'

/**
 * Today's changes of one dossier as they went out live (one event a step, keyed the same way, so
 * the catch-up after a start queues only what a crash kept from the outbox). The data is the
 * dossier as it is now.
 */
export function replayedDossierEvents(d: StaffDossier, since: string): OutgoingEvent[] {
  const out: OutgoingEvent[] = []
  d.history.forEach((step, i) => {
    if (step.at < since) return
    const kind: DossiersChanged['kind'] = i === 0 ? 'received' : step.status === 'returned' ? 'returned' : 'status'
    out.push(dossierEvent({ kind, dossier: { ...d, history: d.history.slice(0, i + 1) } }))
  })
  for (const a of d.apologies) if (a.at >= since) out.push(dossierEvent({ kind: 'apology', dossier: { ...d, apologies: d.apologies.filter((x) => x.at <= a.at) } }))
  return out.map((e) => ({ ...e, data: dossierEvent({ kind: 'status', dossier: d }).data }))
}

/** Dossier changes go out as webhook events; a start's catch-up replays today's. */
export function dossierHooks(dossiers: DossierService, integrations: Integrations): () => void {
  integrations.replayAlso(async () => {
    const queue = dossiers.queue
    const since = localInstant(queue.today.date, '00:00', queue.config.centre.timeZone).toISOString()
    const touched = await dossiers.store.list({ touchedSince: since })
    return touched.flatMap((d) => replayedDossierEvents(dossiers.staffView(d), since))
  })
  return dossiers.subscribe((change) => integrations.publish([dossierEvent(change)]))
}
