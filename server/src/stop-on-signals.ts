import type { FastifyInstance } from 'fastify'

/** SIGTERM and SIGINT: finish pending writes, close, exit. */
export function stopOnSignals(app: FastifyInstance): void {
  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    app.log.warn(`${signal}: finishing pending writes and closing`)
    app.close().then(
      () => process.exit(0),
      (err) => {
        console.error(err)
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}
