import { LuotError } from '@luot/shared'
import type { DomainEvent } from '../../server/src/domain/types.js'
import { QueueService } from '../../server/src/queue-service.js'
import type { Store } from '../../server/src/store/port.js'
import { testConfig } from './domain-fixtures.js'
import { randomCommand, seeded, type RandomCommand } from './random-commands.js'

/** A clock that moves one second per reading from `start`, and ids that count up: a run is the same on every backend. */
export function steppingClock(start = '2026-11-23T01:00:00.000Z') {
  let t = Date.parse(start)
  return { clock: () => new Date((t += 1000)), jump: (to: string) => (t = Date.parse(to)) }
}

export async function openService(store: Store, clock: () => Date, prefix = 'id'): Promise<QueueService> {
  let id = 0
  const ids = { newId: () => `${prefix}-${++id}`, newTrackingCode: () => `${prefix}code${String(++id).padStart(8, '0')}` }
  return QueueService.open({ store, config: testConfig(), clock, ids })
}

/**
 * Runs one command through the service as a transport would. Returns what the command decided (the
 * ticket taken, the ticket rated, or the error code); not the views it replies with, which are
 * built from the durable day and so show whatever else the same group commit made durable.
 */
export async function runCommand(svc: QueueService, c: RandomCommand): Promise<unknown> {
  try {
    if (c.kind === 'take') return { took: (await svc.takeTicket(c.input)).trackingCode }
    if (c.kind === 'rate') return { rated: (await svc.rate(c.key, c.body)).number }
    await svc.counterCommand(c.counterId, c.actor, c.cmd)
    return { ok: c.cmd.type }
  } catch (err) {
    if (err instanceof LuotError) return { refused: err.code }
    throw err
  }
}

/**
 * A random stream of `n` commands through the service: in bursts of up to eight sent at once (as
 * eight kiosks and consoles would, so appends group), each burst drawn from the durable day.
 */
export async function runStream(svc: QueueService, seed: number, n: number): Promise<{ acks: unknown[]; events: DomainEvent[] }> {
  const rand = seeded(seed)
  const events: DomainEvent[] = []
  const stop = svc.subscribe((e) => e.kind === 'domain' && events.push(...e.events))
  const acks: unknown[] = []
  for (let done = 0; done < n; ) {
    const burst = Math.min(n - done, 1 + Math.floor(rand() * 8))
    const commands = Array.from({ length: burst }, () => randomCommand(rand, svc.today, svc.config))
    acks.push(...(await Promise.all(commands.map((c) => runCommand(svc, c)))))
    done += burst
  }
  stop()
  return { acks, events }
}
