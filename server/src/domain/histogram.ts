import type { Durations } from '@luot/shared'

/**
 * A mergeable histogram of durations in seconds: count, sum and sparse buckets keyed by their
 * lower edge. Buckets are 2 s wide under 10 minutes, 10 s under an hour, 60 s beyond, so a p50 or
 * p90 read at a bucket's middle is within 1 s of the exact one for waits under 10 minutes.
 * `v: 2` marks this layout; files written before it (no `v`) hold 10-second buckets keyed by index
 * and are converted when read, placing each at its middle (within 5 s).
 */
export interface Histogram {
  v?: 2
  n: number
  sum: number
  b: Record<string, number>
}

export const emptyHistogram = (): Histogram => ({ v: 2, n: 0, sum: 0, b: {} })

/** Width of the bucket starting at `edge`. */
export const bucketWidth = (edge: number): number => (edge < 600 ? 2 : edge < 3600 ? 10 : 60)

/** Lower edge of the bucket holding `seconds`. */
export function bucketEdge(seconds: number): number {
  const s = Math.max(0, seconds)
  const w = s < 600 ? 2 : s < 3600 ? 10 : 60
  return Math.floor(s / w) * w
}

export function addDuration(h: Histogram, seconds: number): void {
  const s = Math.max(0, seconds)
  const k = String(bucketEdge(s))
  h.n++
  h.sum += s
  h.b[k] = (h.b[k] ?? 0) + 1
}

/** A bucket's place in a dense array of this layout: 300 of 2 s, then 300 of 10 s, then 60 s each. */
export const bucketIndex = (edge: number): number => (edge < 600 ? edge / 2 : edge < 3600 ? 300 + (edge - 600) / 10 : 600 + (edge - 3600) / 60)

/** The lower edge of the bucket at `index` (bucketIndex's inverse). */
export const indexEdge = (index: number): number => (index < 300 ? index * 2 : index < 600 ? 600 + (index - 300) * 10 : 3600 + (index - 600) * 60)

/** The counts of `h` as a dense array by bucketIndex (zeros between, none after the last). */
export function denseCounts(h: Histogram): number[] {
  const out: number[] = []
  for (const [k, v] of Object.entries(currentBuckets(h))) out[bucketIndex(Number(k))] = v
  for (let i = 0; i < out.length; i++) out[i] ??= 0
  return out
}

/** A histogram from denseCounts' array. */
export function fromDense(n: number, sum: number, counts: number[]): Histogram {
  const b: Record<string, number> = {}
  for (let i = 0; i < counts.length; i++) if (counts[i]) b[String(indexEdge(i))] = counts[i]!
  return { v: 2, n, sum, b }
}

/** Buckets in the current layout, whatever layout `h` was stored in. */
function currentBuckets(h: Histogram): Record<string, number> {
  if (h.v === 2) return h.b
  const out: Record<string, number> = {}
  for (const [k, v] of Object.entries(h.b)) {
    const edge = String(bucketEdge(Number(k) * 10 + 5))
    out[edge] = (out[edge] ?? 0) + v
  }
  return out
}

export function mergeHistogram(into: Histogram, from: Histogram): void {
  if (into.v !== 2) {
    into.b = currentBuckets(into)
    into.v = 2
  }
  into.n += from.n
  into.sum += from.sum
  for (const [k, v] of Object.entries(currentBuckets(from))) into.b[k] = (into.b[k] ?? 0) + v
}

/** The middle of the bucket holding the q-quantile (nearest rank), in whole seconds. */
export function quantile(h: Histogram, q: number): number | null {
  if (h.n === 0) return null
  const b = currentBuckets(h)
  const rank = Math.max(1, Math.ceil(q * h.n))
  const edges = Object.keys(b).map(Number).sort((x, y) => x - y)
  let seen = 0
  for (const e of edges) {
    seen += b[String(e)]!
    if (seen >= rank) return e + bucketWidth(e) / 2
  }
  const last = edges[edges.length - 1]!
  return last + bucketWidth(last) / 2
}

export function summarize(h: Histogram): Durations {
  return { count: h.n, mean: h.n ? Math.round((h.sum / h.n) * 10) / 10 : null, p50: quantile(h, 0.5), p90: quantile(h, 0.9) }
}

/** How many durations were under `seconds` (exact for whole minutes: bucket edges fall on them). */
export function countBelow(h: Histogram, seconds: number): number {
  let n = 0
  for (const [k, v] of Object.entries(currentBuckets(h))) if (Number(k) + bucketWidth(Number(k)) <= seconds) n += v
  return n
}
