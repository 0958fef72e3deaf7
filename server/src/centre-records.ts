import type { FastifyBaseLogger } from 'fastify'
import { openBookings } from './booking/start-bookings.js'
import type { BookingService } from './booking/booking-service.js'
import type { DossierService } from './dossier/dossier-service.js'
import { openDossiers } from './dossier/start-dossiers.js'
import { dossierHooks } from './integrations/dossier-hooks.js'
import type { SenderOptions } from './integrations/outbox-sender.js'
import { openIntegrations, type Integrations } from './integrations/start-integrations.js'
import type { QueueService } from './queue-service.js'
import { DEMO_PROCEDURES } from './setup/demo-procedures.js'
import type { PgStore } from './store/pg/pg-store.js'

/**
 * What a centre keeps beside its days, each in the same place as the day store (PostgreSQL, or
 * files in the data directory): bookings, dossiers with the procedure catalogue (the demo's on a
 * first start), and the integrations, which hear the dossiers' changes. `unhook` stops the
 * dossiers' webhook events (before closing); `stop` closes them in order.
 */
export async function openCentreRecords(
  service: QueueService,
  where: { pg?: PgStore | undefined; dataDir?: string | undefined },
  opts: { firstStart: boolean; webhooks?: SenderOptions | undefined; log: FastifyBaseLogger },
): Promise<{ bookings: BookingService; dossiers: DossierService; integrations: Integrations; unhook: () => void; stop: () => Promise<void> }> {
  const booking = await openBookings(service, where, (err) => opts.log.error({ err }, 'erasing expired booking data failed'))
  const integrations = await openIntegrations(service, where, { ...opts.webhooks, onError: (err) => opts.log.error({ err }, 'webhook outbox') })
  const dossier = await openDossiers(service, where, opts.firstStart ? DEMO_PROCEDURES : [])
  const unhook = dossierHooks(dossier.dossiers, integrations)
  return {
    bookings: booking.bookings,
    dossiers: dossier.dossiers,
    integrations,
    unhook,
    stop: async () => {
      await booking.stop()
      await integrations.stop()
      await dossier.stop()
    },
  }
}
