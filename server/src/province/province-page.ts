import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { builtFiles, withBase } from '../http/built-files.js'

/**
 * The province's page: the console app's `province.html`, at `/province/` (its assets from the
 * console's build under the same path), with the mount root `/`: its API is `/api/province/…`.
 * `/` leads there.
 */
export async function provincePage(app: FastifyInstance, opts: { appsRoot: string }): Promise<void> {
  const built = builtFiles(opts.appsRoot)
  await app.register(fastifyStatic, { root: `${opts.appsRoot}/clerk-console/dist`, prefix: '/province/', index: false, maxAge: '1h' })
  app.get('/province/', (_req, reply) => {
    void reply.header('cache-control', 'no-cache')
    return built(reply, 'clerk-console/dist/province.html', 'text/html; charset=utf-8', withBase('', 'province'))
  })
  app.get('/', (_req, reply) => reply.redirect('/province/'))
}
