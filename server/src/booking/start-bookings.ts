import { ROOMS } from '@luot/shared'
import type { QueueService } from '../queue-service.js'
import type { LuotIo } from '../realtime/socket-server.js'
import { BookingFile } from '../store/booking/booking-file.js'
import { PgBookings } from '../store/booking/pg-bookings.js'
import type { PgStore } from '../store/pg/pg-store.js'
import { BookingService } from './booking-service.js'

/** How often personal data past the retention period is erased (also once at start). */
const PURGE_EVERY_MS = 6 * 60 * 60 * 1000

/**
 * Opens the bookings next to the day store: in PostgreSQL when the queue is there, else the embedded
 * file in the data directory (in memory when the day store was injected without one). Erases
 * expired personal data before it answers anything, then every few hours.
 */
export async function openBookings(queue: QueueService, where: { pg?: PgStore | undefined; dataDir?: string | undefined }, onError: (err: unknown) => void): Promise<{ bookings: BookingService; stop: () => Promise<void> }> {
  const store = where.pg ? new PgBookings(where.pg.pool, where.pg.centre) : await BookingFile.open(where.dataDir ?? null)
  const bookings = new BookingService(store, queue)
  await bookings.purge()
  const timer = setInterval(() => void bookings.purge().catch(onError), PURGE_EVERY_MS)
  timer.unref()
  return {
    bookings,
    stop: async () => {
      clearInterval(timer)
      await store.close()
    },
  }
}

/** Staff rooms hear of every booking change (the console's bookings panel); names stay in staff rooms. */
export function followBookings(io: LuotIo, bookings: BookingService): () => void {
  return bookings.subscribe((change) => void io.to(ROOMS.clerk).emit('bookings:changed', change))
}
