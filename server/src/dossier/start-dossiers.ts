import { ROOMS, type Procedure } from '@luot/shared'
import type { QueueService } from '../queue-service.js'
import type { LuotIo } from '../realtime/socket-server.js'
import { DossierFile } from '../store/dossier/dossier-file.js'
import { PgDossiers } from '../store/dossier/pg-dossiers.js'
import type { PgStore } from '../store/pg/pg-store.js'
import { CATALOGUE_LOCK } from '../store/dossier/port.js'
import { DossierService } from './dossier-service.js'

/**
 * Opens the dossiers next to the day store: in PostgreSQL when the queue is there, else the embedded
 * file in the data directory (in memory when the day store was injected without one). `seed`: the
 * demo's catalogue, stored when the catalogue is empty (a first start).
 */
export async function openDossiers(queue: QueueService, where: { pg?: PgStore | undefined; dataDir?: string | undefined }, seed: readonly Procedure[] = []): Promise<{ dossiers: DossierService; stop: () => Promise<void> }> {
  const store = where.pg ? new PgDossiers(where.pg.pool, where.pg.centre) : await DossierFile.open(where.dataDir ?? null)
  if (seed.length > 0) {
    await store.transaction([CATALOGUE_LOCK], async (tx) => {
      if ((await tx.procedures()).length === 0) for (const p of seed) tx.putProcedure(p)
    })
  }
  return { dossiers: new DossierService(store, queue), stop: () => store.close() }
}

/** Staff rooms hear of every dossier change (the console's dossier list); names stay in staff rooms. */
export function followDossiers(io: LuotIo, dossiers: DossierService): () => void {
  return dossiers.subscribe((change) => void io.to(ROOMS.clerk).emit('dossiers:changed', change))
}
