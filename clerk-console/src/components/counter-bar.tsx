import type { CounterView, Lang, ServiceView } from '@luot/shared'
import { counterStateWord } from '@luot/shared/counter-state-words'
import { useT } from '../i18n.js'
import type { CounterAction, Phase } from '../keyboard.js'
import { ActionButton } from './action-button.js'

interface Props {
  counters: CounterView[]
  counter: CounterView
  services: ServiceView[]
  assignedId: string | null
  /** True while this clerk is signed in at the counter: moving needs closing first. */
  locked: boolean
  phase: Phase
  pending: string | null
  lang: Lang
  onSelect: (counterId: string) => void
  onAction: (action: CounterAction) => void
}

/** Which counter, its state, and opening, pausing and closing it. */
export function CounterBar({ counters, counter, services, assignedId, locked, phase, pending, lang, onSelect, onAction }: Props) {
  const t = useT()
  const serves = counter.serviceIds.map((id) => services.find((s) => s.id === id)?.name[lang] ?? id)
  return (
    <section class="panel counter-bar">
      <div class="counter-pick">
        <label class="field inline">
          <span>{t('counterPick')}</span>
          <select name="counter" value={counter.id} disabled={locked} title={locked ? t('counterLocked') : undefined} onChange={(e) => onSelect(e.currentTarget.value)}>
            {counters.map((c) => (
              <option value={c.id}>
                {c.name[lang]}
                {c.id === assignedId ? ` ★` : ''}
                {c.clerkName ? ` — ${c.clerkName}` : ''}
              </option>
            ))}
          </select>
        </label>
        <span class={`badge state-${counter.state}`} data-state={counter.state}>
          {counterStateWord(counter.state, lang, counter.pauseReason)}
        </span>
      </div>
      <p class="muted small">
        {t('servesServices')}: {serves.join(' · ')}
      </p>
      {phase === 'taken' ? <p class="warn">{t('takenHint')}</p> : null}
      <div class="button-row">
        <ActionButton action="open" phase={phase} pending={pending} onAction={onAction} kind="primary">
          {counter.state === 'paused' ? t('actionResume') : t('actionOpen')}
        </ActionButton>
        <ActionButton action="pause" phase={phase} pending={pending} onAction={onAction}>
          {t('actionPause')}
        </ActionButton>
        <ActionButton action="close" phase={phase} pending={pending} onAction={onAction} kind="danger">
          {t('actionClose')}
        </ActionButton>
      </div>
    </section>
  )
}
