/** Columns and rows for n tiles. */
export interface GridShape {
  cols: number
  rows: number
}

/**
 * The grid that gives n tiles the largest usable size in a panel of the given width/height ratio,
 * for tiles best `tileRatio` times wider than tall (a number and a label). Never scrolls: 25 or
 * 40 counters get smaller tiles, not more room.
 */
export function gridShape(n: number, panelRatio: number, tileRatio = 1.4): GridShape {
  if (n <= 1) return { cols: 1, rows: 1 }
  let best: GridShape = { cols: 1, rows: n }
  let bestSize = 0
  for (let cols = 1; cols <= n; cols++) {
    const rows = Math.ceil(n / cols)
    if (cols > 1 && Math.ceil(n / (cols - 1)) === rows) continue // same rows with fewer columns is always better
    const size = Math.min(panelRatio / cols / tileRatio, 1 / rows)
    if (size > bestSize + 1e-9) {
      best = { cols, rows }
      bestSize = size
    }
  }
  return best
}
