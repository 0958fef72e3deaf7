import { addDays } from '../domain/booking/calendar.js'
import { dossierReport } from '../dossier/dossier-report.js'
import type { DossierService } from '../dossier/dossier-service.js'
import type { QueueService } from '../queue-service.js'
import type { PgShared } from '../store/pg/pg-shared.js'
import { dossierDaysState, writeDossierDay } from '../store/pg/dossier-days.js'

/** At most this many missing days are worked out at a start (a centre's first year of dossiers). */
const MAX_BACKFILL_DAYS = 400

/**
 * Keeps a centre's closed days' dossier figures in `luot_dossier_days`: at start the days missing
 * since its first dossier (a process that was down over midnight), then each day as the queue's day
 * rolls over. A day's figures are worked out from the dossiers' step history, so working them out
 * later, or on two processes, gives the same row.
 */
export function keepDossierDays(shared: PgShared, centre: string, queue: QueueService, dossiers: DossierService, onError: (err: unknown) => void): () => void {
  let chain = Promise.resolve()
  const fill = (): void => {
    chain = chain
      .then(async () => {
        const yesterday = addDays(queue.today.date, -1)
        const { last, first } = await dossierDaysState(shared.pool, centre, queue.config.centre.timeZone)
        if (!first) return
        let day = last ? addDays(last, 1) : first
        if (day < addDays(yesterday, -MAX_BACKFILL_DAYS)) day = addDays(yesterday, -MAX_BACKFILL_DAYS)
        for (; day <= yesterday && !stopped; day = addDays(day, 1)) await writeDossierDay(shared.pool, centre, day, (await dossierReport(dossiers, { from: day, to: day })).total)
      })
      .catch(onError)
  }
  let stopped = false
  fill()
  const off = queue.subscribe((e) => e.kind === 'day-rolled' && fill())
  return () => {
    stopped = true
    off()
  }
}
