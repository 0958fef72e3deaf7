import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/src/app.js'
import { freePort, PASSWORDS, tempDataDir } from './server-process.js'

/** A real Lượt server (the production app, serving the built pages) whose clock the test moves. */
export interface ClockedServer {
  url: string
  app: FastifyInstance
  /** Sets the server's clock (an ISO instant); it then stands still until set again. */
  setTime: (iso: string) => void
  stop: () => Promise<void>
}

/**
 * Bookings run on the centre's clock (slots, grace periods, calling order): an e2e cannot wait for
 * 08:15 in Hà Nội, so it runs buildApp in this process with an injected clock, listening on a free
 * port like the server process does, with no printers and no backups.
 */
export async function startClockedServer(startIso: string): Promise<ClockedServer> {
  let now = Date.parse(startIso)
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const app = await buildApp({ dataDir: await tempDataDir(), passwords: PASSWORDS, publicRateLimit: 0, publicBaseUrl: url, clock: () => new Date(now), printJob: null, backup: null })
  await app.listen({ port, host: '127.0.0.1' })
  return {
    url,
    app,
    setTime: (iso) => {
      now = Date.parse(iso)
    },
    stop: () => app.close(),
  }
}
