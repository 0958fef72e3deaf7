import type { Lang, PublicSnapshot } from '@luot/shared'
import { KIOSK_STRINGS } from '../strings.js'

/** Pick a priority group, on the whole screen and in both languages; then the start screen issues priority tickets. */
export function PriorityScreen({ snapshot, lang, onPick }: { snapshot: PublicSnapshot; lang: Lang; onPick: (group: string | null) => void }) {
  const other: Lang = lang === 'vi' ? 'en' : 'vi'
  const groups = snapshot.settings.priorityGroups
  return (
    <main class="priority-screen" data-testid="priority-screen">
      <h2>
        {KIOSK_STRINGS.priorityPick[lang]}
        <span class="priority-other" lang={other}>{KIOSK_STRINGS.priorityPick[other]}</span>
      </h2>
      <div class={`priority-grid${groups.length > 4 ? ' two-columns' : ''}`}>
        {groups.map((g) => (
          <button type="button" key={g.id} class="priority-button" data-group={g.id} onClick={() => onPick(g.id)}>
            <span>{g.name[lang]}</span>
            <span class="priority-other" lang={other}>{g.name[other]}</span>
          </button>
        ))}
      </div>
      <p class="priority-note">
        {KIOSK_STRINGS.priorityNote[lang]} <span lang={other}>{KIOSK_STRINGS.priorityNote[other]}</span>
      </p>
      <button type="button" class="secondary-button back-button" onClick={() => onPick(null)}>
        {KIOSK_STRINGS.back[lang]} / {KIOSK_STRINGS.back[other]}
      </button>
    </main>
  )
}
