/** One page of a list the board cannot show at once. */
export interface Page<T> {
  items: T[]
  /** 0-based page shown. */
  index: number
  count: number
}

/**
 * The page to show at `tick` (one tick per rotation period) when at most `perPage` items fit.
 * Pages are balanced (11 services at 8 a page → 6 + 5, not 8 + 3) so no page looks half empty,
 * and the board pages through them instead of shrinking the type until nobody can read it.
 */
export function pageAt<T>(items: readonly T[], perPage: number, tick: number): Page<T> {
  const count = Math.max(1, Math.ceil(items.length / Math.max(1, perPage)))
  const size = Math.ceil(items.length / count)
  const index = ((tick % count) + count) % count
  return { items: items.slice(index * size, index * size + size), index, count }
}
