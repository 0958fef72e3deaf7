import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FastifyReply } from 'fastify'

/**
 * Text files of the built apps (HTML pages, widget.js), read once: dist/ changes only with a new
 * build and a restart. A missing build answers 503 with the command that makes it.
 */
export function builtFiles(appsRoot: string) {
  const cache = new Map<string, string>()
  return async (reply: FastifyReply, file: string, type: string, transform: (text: string) => string = (t) => t): Promise<FastifyReply> => {
    let text = cache.get(file)
    if (text === undefined) {
      try {
        text = transform(await readFile(join(appsRoot, file), 'utf8'))
        cache.set(file, text)
      } catch {
        return reply.status(503).type('text/plain; charset=utf-8').send(`Ứng dụng chưa được build / app not built: run "npm run build" (${file})`)
      }
    }
    return reply.type(type).send(text)
  }
}

/** Gives a page its <base> and the mount root, so one build of an app works at / and under an embedding prefix. */
export function withBase(prefix: string, mount: string): (html: string) => string {
  return (html) => html.replace('<head>', `<head><base href="${prefix}/${mount}/"><meta name="luot-root" content="${prefix}/">`)
}
