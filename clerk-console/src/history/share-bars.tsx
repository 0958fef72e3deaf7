import { percent } from '../format.js'
import type { Lang } from '@luot/shared'

export interface ShareItem {
  key: string
  label: string
  count: number
}

/** Horizontal bars of counts with their share of the total: satisfaction levels, outcomes, reasons. */
export function ShareBars({ items, lang, className = '' }: { items: ShareItem[]; lang: Lang; className?: string }) {
  const total = items.reduce((n, i) => n + i.count, 0)
  const max = Math.max(1, ...items.map((i) => i.count))
  return (
    <table class={`share-bars ${className}`}>
      <tbody>
        {items.map((i) => (
          <tr data-key={i.key}>
            <th scope="row">{i.label}</th>
            <td class="bar-cell">
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                <rect class="share-bar" x="0" y="1" height="8" width={(i.count / max) * 100} />
              </svg>
            </td>
            <td class="num count">{i.count}</td>
            <td class="num">{percent(total ? Math.round((i.count / total) * 1000) / 10 : null, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
