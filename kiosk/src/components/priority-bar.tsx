import type { Lang, PriorityGroup } from '@luot/shared'
import { KIOSK_STRINGS } from '../strings.js'

interface Props {
  lang: Lang
  group: PriorityGroup | undefined
  onPriority: () => void
  onClearPriority: () => void
}

/** "I belong to a priority group", or the chosen group with a way back. */
export function PriorityBar({ lang, group, onPriority, onClearPriority }: Props) {
  if (!group) {
    return (
      <button type="button" class="priority-toggle" onClick={onPriority} data-testid="priority-toggle">
        {KIOSK_STRINGS.priorityToggle[lang]}
      </button>
    )
  }
  return (
    <div class="priority-bar chosen">
      <span class="priority-chosen" data-testid="priority-chosen">
        {KIOSK_STRINGS.priorityChosen[lang]}: <strong>{group.name[lang]}</strong>
      </span>
      <button type="button" class="secondary-button" onClick={onClearPriority}>{KIOSK_STRINGS.priorityCancel[lang]}</button>
    </div>
  )
}
