import { useT, type StringKey } from '../i18n.js'
import { allowedIn, SHORTCUTS, type CounterAction, type Phase } from '../keyboard.js'

const LABELS: Record<CounterAction, StringKey> = {
  'call-next': 'actionCallNext',
  recall: 'actionRecall',
  start: 'actionStart',
  finish: 'actionFinish',
  skip: 'actionSkip',
  transfer: 'actionTransfer',
  pause: 'actionPause',
  open: 'actionOpen',
  close: 'actionClose',
}

/** The keyboard shortcuts, the ones usable now highlighted. */
export function ShortcutLegend({ phase }: { phase: Phase }) {
  const t = useT()
  return (
    <section class="panel shortcuts">
      <h2>{t('shortcutsTitle')}</h2>
      <ul>
        {SHORTCUTS.map((s) => (
          <li class={allowedIn(phase, s.action) ? 'on' : 'off'}>
            <kbd>{s.label}</kbd> {t(LABELS[s.action])}
          </li>
        ))}
      </ul>
    </section>
  )
}
