import { describe, expect, it } from 'vitest'
import { SerialQueue } from './serial-queue.js'

const tick = () => new Promise((r) => setTimeout(r, 1))

describe('SerialQueue', () => {
  it('runs tasks one at a time in order, and a failure does not stop the next', async () => {
    const q = new SerialQueue()
    const log: string[] = []
    let running = 0
    const task = (name: string, fail = false) => async () => {
      running++
      expect(running).toBe(1)
      log.push(`start ${name}`)
      await tick()
      log.push(`end ${name}`)
      running--
      if (fail) throw new Error(name)
      return name
    }
    const results = await Promise.allSettled([q.run(task('a')), q.run(task('b', true)), q.run(task('c'))])
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c'])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(q.size).toBe(0)
  })

  it('idle() waits for everything queued before it', async () => {
    const q = new SerialQueue()
    let done = 0
    void q.run(async () => {
      await tick()
      done++
    })
    void q.run(() => {
      done++
    })
    expect(q.size).toBe(2)
    await q.idle()
    expect(done).toBe(2)
  })
})
