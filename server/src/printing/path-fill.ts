import type { PathCommand } from 'opentype.js'
import type { Bitmap } from './bitmap.js'

/** Sub-scanlines per dot row: coverage is measured, then cut at 50%. */
const SUBSAMPLES = 4

interface Edge {
  x0: number
  y0: number
  x1: number
  y1: number
  /** +1 downwards, -1 upwards: the non-zero winding contribution. */
  dir: 1 | -1
}

/**
 * Fills glyph outlines (coordinates in dots, y down) into a 1-bit bitmap with
 * the non-zero rule. Horizontal coverage is exact and rows are sampled four
 * times, so a dot is black when at least half of it is ink: anti-aliased
 * coverage thresholded to 1 bit, without a canvas.
 */
export function fillPath(commands: readonly PathCommand[], target: Bitmap): void {
  const edges = flatten(commands)
  if (edges.length === 0) return
  edges.sort((a, b) => a.y0 - b.y0)
  const top = Math.max(0, Math.floor(edges[0]?.y0 ?? 0))
  const bottom = Math.min(target.height, Math.ceil(edges.reduce((m, e) => Math.max(m, e.y1), 0)))
  const cover = new Float32Array(target.width + 1)
  const xs = new Float64Array(edges.length)
  const dirs = new Int8Array(edges.length)
  const active: Edge[] = []
  let next = 0
  for (let row = top; row < bottom; row++) {
    cover.fill(0)
    for (let s = 0; s < SUBSAMPLES; s++) {
      const y = row + (s + 0.5) / SUBSAMPLES
      while (next < edges.length && (edges[next] as Edge).y0 <= y) active.push(edges[next++] as Edge)
      let n = 0
      for (let i = 0; i < active.length; i++) {
        const e = active[i] as Edge
        if (e.y1 <= y) {
          active[i--] = active[active.length - 1] as Edge
          active.pop()
          continue
        }
        // Insertion sort by x: a scanline crosses a few dozen edges at most.
        const x = e.x0 + ((y - e.y0) * (e.x1 - e.x0)) / (e.y1 - e.y0)
        let j = n++
        while (j > 0 && (xs[j - 1] as number) > x) {
          xs[j] = xs[j - 1] as number
          dirs[j] = dirs[j - 1] as number
          j--
        }
        xs[j] = x
        dirs[j] = e.dir
      }
      let winding = 0
      for (let i = 0; i < n - 1; i++) {
        winding += dirs[i] as number
        if (winding !== 0) addSpan(cover, xs[i] as number, xs[i + 1] as number, 1 / SUBSAMPLES, target.width)
      }
    }
    const base = row * target.width
    for (let x = 0; x < target.width; x++) if ((cover[x] as number) >= 0.5) target.data[base + x] = 1
  }
}

function addSpan(cover: Float32Array, from: number, to: number, weight: number, width: number): void {
  const a = Math.max(0, from)
  const b = Math.min(width, to)
  if (b <= a) return
  const ia = Math.floor(a)
  const ib = Math.floor(b)
  if (ia === ib) {
    cover[ia] = (cover[ia] ?? 0) + (b - a) * weight
    return
  }
  cover[ia] = (cover[ia] ?? 0) + (ia + 1 - a) * weight
  for (let i = ia + 1; i < ib; i++) cover[i] = (cover[i] ?? 0) + weight
  cover[ib] = (cover[ib] ?? 0) + (b - ib) * weight
}

/** Outline commands to straight edges; curves become short chords. Horizontal edges are dropped. */
function flatten(commands: readonly PathCommand[]): Edge[] {
  const edges: Edge[] = []
  let x = 0
  let y = 0
  let startX = 0
  let startY = 0
  const line = (nx: number, ny: number): void => {
    if (ny !== y) {
      edges.push(ny > y ? { x0: x, y0: y, x1: nx, y1: ny, dir: 1 } : { x0: nx, y0: ny, x1: x, y1: y, dir: -1 })
    }
    x = nx
    y = ny
  }
  for (const c of commands) {
    if (c.type === 'M') {
      if (x !== startX || y !== startY) line(startX, startY)
      x = startX = c.x
      y = startY = c.y
    } else if (c.type === 'L') line(c.x, c.y)
    else if (c.type === 'Q') {
      const [x0, y0] = [x, y]
      const n = steps(Math.hypot(c.x1 - x0, c.y1 - y0) + Math.hypot(c.x - c.x1, c.y - c.y1))
      for (let i = 1; i <= n; i++) {
        const t = i / n
        const u = 1 - t
        line(u * u * x0 + 2 * u * t * c.x1 + t * t * c.x, u * u * y0 + 2 * u * t * c.y1 + t * t * c.y)
      }
    } else if (c.type === 'C') {
      const [x0, y0] = [x, y]
      const n = steps(Math.hypot(c.x1 - x0, c.y1 - y0) + Math.hypot(c.x2 - c.x1, c.y2 - c.y1) + Math.hypot(c.x - c.x2, c.y - c.y2))
      for (let i = 1; i <= n; i++) {
        const t = i / n
        const u = 1 - t
        line(
          u * u * u * x0 + 3 * u * u * t * c.x1 + 3 * u * t * t * c.x2 + t * t * t * c.x,
          u * u * u * y0 + 3 * u * u * t * c.y1 + 3 * u * t * t * c.y2 + t * t * t * c.y,
        )
      }
    } else line(startX, startY)
  }
  if (x !== startX || y !== startY) line(startX, startY)
  return edges
}

/** Chords about 2 dots long: finer than a thermal head can show. */
function steps(length: number): number {
  return Math.max(1, Math.min(24, Math.ceil(length / 2)))
}
