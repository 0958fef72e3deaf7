import type { CounterView, Lang } from '@luot/shared'
import { gridShape } from '../grid-shape.js'
import { BiText } from './bi-text.js'
import { CounterTile } from './counter-tile.js'

/** The counters panel is about as wide as it is tall on a 16:9 board. */
const PANEL_RATIO = 0.9

/** Every counter with the number it serves, in a grid that always fits the panel. */
export function CounterGrid({ counters, lang, isFlashing }: { counters: CounterView[]; lang: Lang; isFlashing: (c: CounterView) => boolean }) {
  const { cols, rows } = gridShape(counters.length, PANEL_RATIO)
  const style = { gridTemplateColumns: `repeat(${cols}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${rows}, minmax(0, 1fr))` }
  return (
    <section class="counters" data-testid="counters">
      <h2 class="panel-title">
        <BiText k="counters" lang={lang} />
      </h2>
      <ol class="tiles" style={style}>
        {counters.map((c) => (
          <CounterTile key={c.id} counter={c} lang={lang} flashing={isFlashing(c)} />
        ))}
      </ol>
    </section>
  )
}
