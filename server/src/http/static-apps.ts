import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import { builtFiles, withBase } from './built-files.js'
import type { FastifyInstance, FastifyReply } from 'fastify'

/** Where the built front-ends live, relative to this file in src/ or dist/ alike. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

export interface StaticAppsOptions {
  appsRoot: string
  /**
   * The URL prefix Lượt is mounted under ('' at the root), for the pages' <base> and the redirect.
   * Not named `prefix`: Fastify would take that as this plugin's own route prefix, and put the pages
   * under the mount prefix twice (/c/{slug}/c/{slug}/kiosk/).
   */
  base: string
}

interface AppDef {
  dir: string
  mount: string
}

const APPS: AppDef[] = [
  { dir: 'kiosk/dist', mount: 'kiosk' },
  { dir: 'counter-display/dist', mount: 'display' },
  { dir: 'clerk-console/dist', mount: 'console' },
]

/**
 * Serves the built apps. Apps are built with relative asset paths; each HTML page gets a <base> and
 * the mount root injected here, so the same build works at / and under an embedding prefix.
 */
export async function staticApps(app: FastifyInstance, opts: StaticAppsOptions): Promise<void> {
  const built = builtFiles(opts.appsRoot)
  const page = (reply: FastifyReply, def: AppDef, file: string): Promise<FastifyReply> => {
    void reply.header('cache-control', 'no-cache')
    return built(reply, `${def.dir}/${file}`, 'text/html; charset=utf-8', withBase(opts.base, def.mount))
  }

  for (const [i, def] of APPS.entries()) {
    await app.register(fastifyStatic, { root: `${opts.appsRoot}/${def.dir}`, prefix: `/${def.mount}/`, decorateReply: i === 0, index: false, maxAge: '1h' })
  }
  const [kiosk, display, console] = APPS as [AppDef, AppDef, AppDef]
  app.get('/kiosk/', (_req, reply) => page(reply, kiosk, 'index.html'))
  app.get('/t/:code', (_req, reply) => page(reply, kiosk, 'track.html'))
  // The citizen's other phone pages live with the kiosk app too: booking a time, joining from the phone, a dossier.
  app.get('/book/', (_req, reply) => page(reply, kiosk, 'book.html'))
  app.get('/join/', (_req, reply) => page(reply, kiosk, 'join.html'))
  // A dossier's page, opened from the QR code on its slip (Mẫu 01–04).
  app.get('/d/:code', (_req, reply) => page(reply, kiosk, 'dossier.html'))
  app.get('/display/', (_req, reply) => page(reply, display, 'index.html'))
  app.get('/display/counter/:n', (_req, reply) => page(reply, display, 'index.html'))
  app.get('/display/rating/:n', (_req, reply) => page(reply, display, 'index.html'))
  app.get('/console/', (_req, reply) => page(reply, console, 'index.html'))
  app.get('/', (_req, reply) => reply.redirect(`${opts.base}/kiosk/`))
}
