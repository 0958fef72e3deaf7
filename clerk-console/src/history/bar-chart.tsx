/** A series of a bar chart; its colour comes from the CSS class (print-friendly, themeable). */
export interface Series {
  name: string
  className: string
  values: (number | null)[]
}

interface Props {
  title: string
  labels: string[]
  series: Series[]
  format: (v: number) => string
  /** Values are counts: axis lines at whole numbers only. */
  whole?: boolean
}

const W = 640
const H = 220
const PAD = { left: 44, right: 8, top: 16, bottom: 34 }

/** A round axis maximum: 1, 2 or 5 times a power of ten, at or above the largest value. */
export function niceMax(v: number): number {
  if (v <= 0) return 1
  const p = 10 ** Math.floor(Math.log10(v))
  return ([1, 2, 5, 10].map((m) => m * p).find((m) => m >= v) ?? 10 * p)
}

/**
 * Values of the axis lines: quarters of the maximum, or for whole counts whole steps of 1, 2, 5, 10…
 * (never two lines that would read the same).
 */
export function ticks(max: number, whole: boolean): number[] {
  let step = max / 4
  if (whole) {
    step = 1
    for (let p = 1; max / step > 5; p *= 10) step = [1, 2, 5].map((m) => m * p).find((s) => max / s <= 5) ?? 10 * p
  }
  const out: number[] = []
  for (let v = 0; v <= max + 1e-9; v += step) out.push(v)
  return out
}

/**
 * Grouped vertical bars as plain SVG: a few dozen elements, no charting library in the bundle,
 * and it prints sharp. Values are labelled when there is room.
 */
export function BarChart({ title, labels, series, format, whole }: Props) {
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0))))
  const plotW = W - PAD.left - PAD.right
  const plotH = H - PAD.top - PAD.bottom
  const groupW = plotW / Math.max(1, labels.length)
  const barW = Math.min(48, Math.max(2, (groupW * 0.8) / Math.max(1, series.length)))
  const every = Math.ceil(labels.length / 16)
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        {ticks(max, whole ?? false).map((v) => (
          <g class="grid-line">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 4} y={y(v) + 4} text-anchor="end">
              {format(v)}
            </text>
          </g>
        ))}
        {labels.map((label, i) => {
          const x0 = PAD.left + i * groupW + (groupW - barW * series.length) / 2
          return (
            <g>
              {series.map((s, j) => {
                const v = s.values[i]
                if (v === null || v === undefined) return null
                const x = x0 + j * barW
                return (
                  <g class={s.className}>
                    <rect x={x} y={y(v)} width={barW - 1} height={Math.max(0, y(0) - y(v))}>
                      <title>{`${label} — ${s.name}: ${format(v)}`}</title>
                    </rect>
                    {labels.length * series.length <= 24 && v > 0 ? (
                      <text class="value" x={x + barW / 2} y={y(v) - 3} text-anchor="middle">
                        {format(v)}
                      </text>
                    ) : null}
                  </g>
                )
              })}
              {i % every === 0 ? (
                <text class="axis-label" x={x0 + (barW * series.length) / 2} y={H - PAD.bottom + 16} text-anchor="middle">
                  {label}
                </text>
              ) : null}
            </g>
          )
        })}
      </svg>
      {series.length > 1 ? (
        <ul class="legend">
          {series.map((s) => (
            <li class={s.className}>
              <span class="swatch" /> {s.name}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  )
}
