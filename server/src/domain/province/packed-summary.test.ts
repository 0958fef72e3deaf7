import { describe, expect, it } from 'vitest'
import { emptyBucket, type Bucket } from '../aggregate.js'
import { addDuration, bucketEdge, bucketIndex, indexEdge, type Histogram } from '../histogram.js'
import { addSummary, emptySummary, type CentreSummary } from './centre-summary.js'
import { addPacked, emptyPacked, fromStored, packSummary, unpackSummary } from './packed-summary.js'

/** A seeded generator, so every run draws the same durations. */
function lcg(seed: number): () => number {
  let x = seed
  return () => ((x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
}

/** A day's summary with `n` waits and services spread over every part of the layout (2 s, 10 s and 60 s buckets). */
function day(seed: number, n: number): CentreSummary {
  const rnd = lcg(seed)
  const total = emptyBucket()
  for (let i = 0; i < n; i++) {
    total.issued++
    addDuration(total.wait, rnd() < 0.1 ? 3600 + rnd() * 7200 : rnd() * 3000)
    if (rnd() < 0.9) {
      total.served++
      addDuration(total.service, rnd() * 900)
      const v = String(1 + Math.floor(rnd() * 4))
      total.ratings[v] = (total.ratings[v] ?? 0) + 1
    } else total.noShow++
  }
  total.outcomes = { 'tra-ket-qua': Math.floor(n / 2) }
  total.lowReasons = n % 3 ? { 'cho-lau': 1 } : {}
  const calls = total.wait.n
  return { days: 1, total, calls, within: Math.floor(calls * 0.8) }
}

/** The summaries' JSON as stored, so the packed form can be read back as the database returns it. */
const stored = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

describe('packed province summaries', () => {
  it('bucketIndex and indexEdge map every edge of the layout to one place and back', () => {
    const wrong: number[] = []
    for (let s = 0; s < 20_000; s += 0.7) {
      const edge = bucketEdge(s)
      const i = bucketIndex(edge)
      if (!Number.isInteger(i) || indexEdge(i) !== edge) wrong.push(s)
    }
    expect(wrong).toEqual([])
    expect([bucketIndex(598), bucketIndex(600), bucketIndex(3590), bucketIndex(3600)]).toEqual([299, 300, 599, 600])
  })

  it('a month of days added packed equals the same days merged as buckets', () => {
    const days = Array.from({ length: 22 }, (_, i) => day(i + 1, 200 + i * 37))
    const merged = days.reduce((sum, d) => addSummary(sum, d), emptySummary())
    // each day stored packed and read back, as the month roll-up does
    const packed = days.reduce((sum, d) => addPacked(sum, fromStored(stored(packSummary(d)))), emptyPacked())
    const back = unpackSummary(stored(packed))
    expect(back).toEqual(merged)
    expect(back.total.wait.n).toBe(days.reduce((n, d) => n + d.total.wait.n, 0))
  })

  it('reads a summary a release before this one stored with sparse histograms, and the older 10-second layout', () => {
    const d = day(9, 500)
    const sparse = fromStored(stored({ total: d.total, calls: d.calls, within: d.within }), 1)
    expect(unpackSummary(sparse)).toEqual(d)
    // the first layout: ten-second buckets keyed by index, read at their middle
    const old: Histogram = { n: 2, sum: 40, b: { '1': 1, '2': 1 } }
    const total: Partial<Bucket> = { issued: 2, wait: old }
    expect(unpackSummary(fromStored({ total }, 1)).total.wait).toEqual({ v: 2, n: 2, sum: 40, b: { '14': 1, '24': 1 } })
  })

  it('adding leaves the part as it was, and fills in what a part lacks as empty', () => {
    const part = fromStored(stored(packSummary(day(3, 50))))
    const before = stored(part)
    const into = addPacked(addPacked(emptyPacked(), part), part)
    expect(part).toEqual(before)
    expect(into.total.issued).toBe(100)
    expect(into.total.wait.d).toEqual(part.total.wait.d.map((v) => 2 * v))
    const bare = fromStored({ total: {} })
    expect(unpackSummary(bare)).toEqual({ days: 0, total: emptyBucket(), calls: 0, within: 0 })
  })
})
