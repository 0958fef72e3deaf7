import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import Type from 'typebox'
import { LuotError } from '@luot/shared'
import type { App, RouteDeps } from './context.js'
import { builtFiles, withBase } from './built-files.js'

/** Voice files a browser can play, plus the manifest; anything else is refused. */
const VOICE_TYPES: Record<string, string> = {
  opus: 'audio/ogg',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  webm: 'audio/webm',
  json: 'application/json; charset=utf-8',
}

/** One plain file name: no slash, no leading dot, so nothing outside the voice folder is reachable. */
export const VOICE_FILE = new RegExp(`^[A-Za-z0-9][A-Za-z0-9_-]{0,80}\\.(${Object.keys(VOICE_TYPES).join('|')})$`)
const VoiceParams = Type.Object({ file: Type.String({ pattern: VOICE_FILE.source }) })

/** The CSP of the rest of the server, except that any site may frame the widget. */
const WIDGET_FRAME_HELMET = {
  contentSecurityPolicy: {
    directives: {
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'frame-ancestors': ['*'],
      'upgrade-insecure-requests': null,
    },
  },
  frameguard: false as const,
  crossOriginResourcePolicy: { policy: 'cross-origin' as const },
}

/** widget.js is loaded by other sites' pages: it must not be blocked as a cross-origin resource. */
const CROSS_ORIGIN_SCRIPT_HELMET = { crossOriginResourcePolicy: { policy: 'cross-origin' as const } }

async function isFile(path: string): Promise<number | null> {
  try {
    const s = await stat(path)
    return s.isFile() ? s.size : null
  } catch {
    return null
  }
}

/**
 * Routes of the counter display beyond its static pages: the voice clips (a centre's own
 * recordings in DATA_DIR/voice/ replace the bundled ones file by file) and the public status
 * widget, a read-only page any website may frame, with the script that embeds it.
 */
export async function displayRoutes(app: App, deps: RouteDeps): Promise<void> {
  const prefix = app.prefix.replace(/\/+$/, '')
  const built = builtFiles(deps.appsRoot)

  app.get('/voice/:file', { schema: { tags: ['display'], summary: 'A voice clip or the voice manifest; DATA_DIR/voice/<file> overrides the bundled one', params: VoiceParams } }, async (req, reply) => {
    const { file } = req.params
    const ext = file.slice(file.lastIndexOf('.') + 1)
    const candidates = [...(deps.dataDir ? [join(deps.dataDir, 'voice', file)] : []), join(deps.appsRoot, 'counter-display/dist/voice', file)]
    for (const path of candidates) {
      const size = await isFile(path)
      if (size === null) continue
      return reply.type(VOICE_TYPES[ext]!).header('content-length', size).header('cache-control', 'no-cache').send(createReadStream(path))
    }
    throw new LuotError('NOT_FOUND')
  })

  app.get('/display/widget', { config: { helmet: WIDGET_FRAME_HELMET }, schema: { tags: ['display'], summary: 'The public status widget (a page for an iframe on any site)' } }, async (_req, reply) => {
    reply.header('cache-control', 'no-cache')
    return built(reply, 'counter-display/dist/widget.html', 'text/html; charset=utf-8', withBase(prefix, 'display'))
  })

  app.get('/widget.js', { config: { helmet: CROSS_ORIGIN_SCRIPT_HELMET }, schema: { tags: ['display'], summary: 'Include with <script src="…/widget.js" async> to embed the status widget' } }, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=300')
    return built(reply, 'counter-display/dist/widget.js', 'text/javascript; charset=utf-8')
  })
}
