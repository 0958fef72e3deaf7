import { randomUUID } from 'node:crypto'
import type { Server } from 'socket.io'
import type { OpenCentre } from './centre-host.js'

/** How long another process's report counts (it sends one every `everyMs`). */
const FRESH_REPORTS = 3

export interface SilentScreens {
  /** The screens of a centre found silent by this process or by another one (their latest reports). */
  of(slug: string, local: string[]): string[]
  stop(): void
}

/**
 * With several processes each knows only the screens that connected to it. Every `everyMs` each
 * process tells the others (socket.io's server-side emit through the PostgreSQL adapter) which
 * screens it finds silent that are online nowhere, so the dashboard on any process lists them all.
 */
export function shareSilentScreens(io: Server, centres: () => OpenCentre[], silentHere: (c: OpenCentre) => Promise<string[]>, everyMs: number, onError: (err: unknown) => void): SilentScreens {
  const me = randomUUID()
  const reports = new Map<string, { at: number; down: Record<string, string[]> }>()
  io.on('province:screens' as never, ((from: string, down: Record<string, string[]>) => {
    if (from !== me && typeof down === 'object' && down !== null) reports.set(from, { at: Date.now(), down })
  }) as never)
  const send = async (): Promise<void> => {
    const down: Record<string, string[]> = {}
    for (const c of centres()) {
      const names = await silentHere(c)
      if (names.length) down[c.entry.slug] = names
    }
    io.serverSideEmit('province:screens', me, down)
  }
  const timer = setInterval(() => void send().catch(onError), everyMs)
  timer.unref()
  return {
    of(slug, local) {
      const all = new Set(local)
      for (const [from, r] of reports) {
        if (Date.now() - r.at > everyMs * FRESH_REPORTS) reports.delete(from)
        else for (const name of r.down[slug] ?? []) all.add(name)
      }
      return [...all].sort()
    },
    stop: () => clearInterval(timer),
  }
}
