import { describe, expect, it } from 'vitest'
import { addDuration, emptyHistogram, mergeHistogram, quantile, summarize, type Histogram } from './histogram.js'

/** Nearest-rank percentile of raw values: what the report should approximate. */
const exact = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1]!
}

/** A seeded generator, so every run draws the same waits. */
function lcg(seed: number): () => number {
  let x = seed
  return () => ((x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
}

describe('duration histogram', () => {
  it('a single 22 s wait reads p50 = p90 within 5 s (it read 0:30)', () => {
    const h = emptyHistogram()
    addDuration(h, 22)
    expect(summarize(h)).toMatchObject({ count: 1, mean: 22 })
    expect(Math.abs(quantile(h, 0.5)! - 22)).toBeLessThanOrEqual(5)
    expect(Math.abs(quantile(h, 0.9)! - 22)).toBeLessThanOrEqual(5)
  })

  it.each([1, 2, 3, 7, 42])('p50 and p90 stay within 5 s of the exact ones for waits under 10 minutes (seed %i)', (seed) => {
    const rnd = lcg(seed)
    const n = 1 + Math.floor(rnd() * 400)
    const waits = Array.from({ length: n }, () => Math.min(599.9, Math.exp(Math.log(120) + 0.9 * (rnd() + rnd() + rnd() - 1.5)) + rnd()))
    // split across days and merged, as a report over a range does
    const days = [emptyHistogram(), emptyHistogram(), emptyHistogram()]
    waits.forEach((w, i) => addDuration(days[i % 3]!, w))
    const merged = emptyHistogram()
    for (const d of days) mergeHistogram(merged, d)
    for (const q of [0.5, 0.9]) expect(Math.abs(quantile(merged, q)! - exact(waits, q))).toBeLessThanOrEqual(5)
  })

  it('reads histograms stored in the old 10-second layout, within 5 s', () => {
    const legacy: Histogram = { n: 3, sum: 22 + 95 + 301, b: { '2': 1, '9': 1, '30': 1 } }
    const merged = emptyHistogram()
    mergeHistogram(merged, legacy)
    addDuration(merged, 40)
    expect(merged.n).toBe(4)
    expect(Math.abs(quantile(merged, 0.5)! - 40)).toBeLessThanOrEqual(5)
    expect(Math.abs(quantile(legacy, 0.9)! - 301)).toBeLessThanOrEqual(5)
  })
})
