import type { Durations } from '@luot/shared'

/** Width of a duration bucket, in seconds: p50/p90 are exact to this. */
export const BUCKET_SECONDS = 10

/** A mergeable histogram of durations: count, sum and sparse 10-second buckets. */
export interface Histogram {
  n: number
  sum: number
  b: Record<string, number>
}

export const emptyHistogram = (): Histogram => ({ n: 0, sum: 0, b: {} })

export function addDuration(h: Histogram, seconds: number): void {
  const s = Math.max(0, seconds)
  const k = String(Math.floor(s / BUCKET_SECONDS))
  h.n++
  h.sum += s
  h.b[k] = (h.b[k] ?? 0) + 1
}

export function mergeHistogram(into: Histogram, from: Histogram): void {
  into.n += from.n
  into.sum += from.sum
  for (const [k, v] of Object.entries(from.b)) into.b[k] = (into.b[k] ?? 0) + v
}

/** The upper edge of the bucket holding the q-quantile. */
export function quantile(h: Histogram, q: number): number | null {
  if (h.n === 0) return null
  const rank = Math.max(1, Math.ceil(q * h.n))
  const keys = Object.keys(h.b).map(Number).sort((a, b) => a - b)
  let seen = 0
  for (const k of keys) {
    seen += h.b[String(k)]!
    if (seen >= rank) return (k + 1) * BUCKET_SECONDS
  }
  return (keys[keys.length - 1]! + 1) * BUCKET_SECONDS
}

export function summarize(h: Histogram): Durations {
  return { count: h.n, mean: h.n ? Math.round((h.sum / h.n) * 10) / 10 : null, p50: quantile(h, 0.5), p90: quantile(h, 0.9) }
}
