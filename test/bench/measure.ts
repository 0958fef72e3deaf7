/** Sorted-sample statistics for the benchmark tables. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]!
}

export const median = (values: number[]): number => percentile(values, 50)

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits

/** Runs `fn` for `ms` milliseconds with `concurrency` loops; returns completed operations per second and each one's milliseconds. */
export async function timedThroughput(ms: number, concurrency: number, fn: () => Promise<void>): Promise<{ perSecond: number; latencies: number[] }> {
  const end = Date.now() + ms
  const latencies: number[] = []
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const t0 = performance.now()
        await fn()
        latencies.push(performance.now() - t0)
      }
    }),
  )
  return { perSecond: latencies.length / ((performance.now() - started) / 1000), latencies }
}

/** Runs `fn` for `ms` milliseconds with `concurrency` loops; returns completed operations per second. */
export async function throughput(ms: number, concurrency: number, fn: () => Promise<void>): Promise<number> {
  return (await timedThroughput(ms, concurrency, fn)).perSecond
}
