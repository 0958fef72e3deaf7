import type { FastifyInstance } from 'fastify'
import type { Alert } from '@luot/shared'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { SessionTokens } from '../auth/session-token.js'
import type { QueueService } from '../queue-service.js'
import type { PrintDispatcher } from '../print-dispatcher.js'
import type { BookingService } from '../booking/booking-service.js'
import type { Integrations } from '../integrations/start-integrations.js'
import type { DossierService } from '../dossier/dossier-service.js'

/** What every route plugin is handed: dependencies are passed in, never imported as singletons. */
export interface RouteDeps {
  service: QueueService
  /** Bookings and their store (embedded file or PostgreSQL). */
  bookings: BookingService
  /** API keys and webhooks. */
  integrations: Integrations
  /** Dossiers and the procedure catalogue (embedded file or PostgreSQL). */
  dossiers: DossierService
  tokens: SessionTokens
  printer: PrintDispatcher
  secureCookies: boolean
  /** Requests per minute per address on public endpoints; 0 turns limiting off. */
  publicRateLimit: number
  /** Where the built apps are (kiosk/dist, counter-display/dist, clerk-console/dist). */
  appsRoot: string
  /** The latest manager alerts (printer down, wait over target), newest first. */
  recentAlerts: () => Alert[]
  /** The embedded store's data directory (absent with an injected store): a centre's own voice recordings live in its voice/ folder. */
  dataDir?: string | undefined
}

export type App = FastifyInstance<any, any, any, any, TypeBoxTypeProvider> // eslint-disable-line @typescript-eslint/no-explicit-any -- Fastify's generic server types, same as FastifyInstance's defaults
