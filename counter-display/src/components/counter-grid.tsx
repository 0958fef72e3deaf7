import type { CounterView, Lang } from '@luot/shared'
import { gridShape } from '../grid-shape.js'
import { pageAt } from '../paging.js'
import { BiText } from './bi-text.js'
import { CounterTile } from './counter-tile.js'
import { PageMark } from './page-mark.js'

/** The counters panel is about as wide as it is tall on a 16:9 board. */
const PANEL_RATIO = 0.9
/** Tiles that stay readable from the back of the hall (a 3×4 grid); more counters rotate by page. */
export const COUNTERS_PER_PAGE = 12

/** Every counter with the number it serves, a page at a time when they do not all fit; `tick` picks the page. */
export function CounterGrid({ counters, lang, tick, isFlashing }: { counters: CounterView[]; lang: Lang; tick: number; isFlashing: (c: CounterView) => boolean }) {
  const page = pageAt(counters, COUNTERS_PER_PAGE, tick)
  const { cols, rows } = gridShape(Math.ceil(counters.length / page.count), PANEL_RATIO)
  const style = { gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${rows}, minmax(0, 1fr))` }
  return (
    <section class="counters" data-testid="counters">
      <h2 class="panel-title">
        <span>
          <BiText k="counters" lang={lang} />
        </span>
        <PageMark page={page} />
      </h2>
      <ol class="tiles" style={style}>
        {page.items.map((c) => (
          <CounterTile key={c.id} counter={c} lang={lang} flashing={isFlashing(c)} />
        ))}
      </ol>
    </section>
  )
}
