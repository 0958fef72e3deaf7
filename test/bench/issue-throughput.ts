import { open, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { startServer, tempDataDir, freePort } from '../support/server-process.js'
import { benchConfig, seedDay } from './seed-day.js'
import { median, percentile, throughput, timedThroughput } from './measure.js'

const RUN_MS = 3000
const WARM_UP_MS = 1000
const KIOSKS = 8

/**
 * Tickets a second through HTTP from eight kiosks at once, after a second of the same unmeasured, each acknowledged after its durable
 * append, on a day already holding `existing` tickets (`shape`: see seedDay): the median of `runs` runs, with the p99
 * acknowledgement time of the median run.
 */
export async function ticketsPerSecond(existing: number, shape: 'served' | 'waiting' = 'served', runs = 3): Promise<{ perSecond: number; p99: number }> {
  const samples: { perSecond: number; p99: number }[] = []
  for (let r = 0; r < runs; r++) {
    const dataDir = await tempDataDir()
    const port = await freePort()
    await seedDay(dataDir, await benchConfig(`http://127.0.0.1:${port}`), existing, shape)
    const server = await startServer({ dataDir, port, built: true })
    try {
      let i = 0
      const take = async () => {
        const res = await fetch(`${server.url}/api/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId: i++ % 2 ? 'dat-dai' : 'chung-thuc' }) })
        if (res.status !== 201) throw new Error(`issue failed: ${res.status} ${await res.text()}`)
        await res.arrayBuffer()
      }
      // the steady state: the first second (JIT, each route's first reply, the warm-ups after listening) is not counted
      await timedThroughput(WARM_UP_MS, KIOSKS, take)
      const run = await timedThroughput(RUN_MS, KIOSKS, take)
      samples.push({ perSecond: run.perSecond, p99: percentile(run.latencies, 99) })
    } finally {
      await server.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  }
  return samples.sort((a, b) => a.perSecond - b.perSecond)[Math.floor(samples.length / 2)]!
}

/** The floor: appending one small line to a file and fsync-ing it, as fast as one disk allows. */
export async function fsyncAppendsPerSecond(runs = 3): Promise<number> {
  const samples: number[] = []
  for (let r = 0; r < runs; r++) {
    const dir = await tempDataDir()
    const fh = await open(join(dir, 'append.log'), 'a')
    try {
      samples.push(
        await throughput(RUN_MS, 1, async () => {
          await fh.appendFile('{"ticket":"5001","at":"2026-11-23T08:00:00Z"}\n')
          await fh.sync()
        }),
      )
    } finally {
      await fh.close()
      await rm(dir, { recursive: true, force: true })
    }
  }
  return median(samples)
}
