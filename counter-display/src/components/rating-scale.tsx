import type { Lang, RatingSettings } from '@luot/shared'
import { levelLook } from '../rating-look.js'
import { FaceIcon } from './face-icon.js'
import { otherLang } from '../strings.js'

/** The centre's scale as big coloured buttons, best first; one press chooses. */
export function RatingScale({ levels, lang, faces, disabled, onChoose }: { levels: RatingSettings['levels']; lang: Lang; faces: boolean; disabled: boolean; onChoose: (value: number) => void }) {
  return (
    <ol class="scale" style={{ gridTemplateColumns: `repeat(${levels.length}, minmax(0, 1fr))` }}>
      {levels.map((level, i) => {
        const look = levelLook(i, levels.length)
        return (
          <li key={level.value}>
            <button type="button" class="level" style={{ '--hue': String(look.hue) }} data-value={level.value} disabled={disabled} onClick={() => onChoose(level.value)}>
              {faces ? <FaceIcon look={look} /> : null}
              <span class="level-name">{level.name[lang]}</span>
              <span class="level-other" lang={otherLang(lang)}>{level.name[otherLang(lang)]}</span>
            </button>
          </li>
        )
      })}
    </ol>
  )
}
