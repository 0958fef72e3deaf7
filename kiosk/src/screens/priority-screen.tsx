import type { Lang, PublicSnapshot } from '@luot/shared'
import { KIOSK_STRINGS } from '../strings.js'

/** Pick a priority group; then the start screen issues priority tickets. */
export function PriorityScreen({ snapshot, lang, onPick }: { snapshot: PublicSnapshot; lang: Lang; onPick: (group: string | null) => void }) {
  return (
    <main class="priority-screen">
      <h2>{KIOSK_STRINGS.priorityPick[lang]}</h2>
      <div class="priority-grid">
        {snapshot.settings.priorityGroups.map((g) => (
          <button type="button" key={g.id} class="priority-button" data-group={g.id} onClick={() => onPick(g.id)}>
            {g.name[lang]}
          </button>
        ))}
      </div>
      <p class="priority-note">{KIOSK_STRINGS.priorityNote[lang]}</p>
      <button type="button" class="secondary-button back-button" onClick={() => onPick(null)}>{KIOSK_STRINGS.back[lang]}</button>
    </main>
  )
}
