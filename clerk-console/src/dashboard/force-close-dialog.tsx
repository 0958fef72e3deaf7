import { useState } from 'preact/hooks'
import type { CounterView } from '@luot/shared'
import { post } from '../api.js'
import { ReasonDialog } from '../components/reason-dialog.js'
import { useT } from '../i18n.js'
import { store, withCounter } from '../state.js'
import type { UiError } from '../ui-error.js'

interface Props {
  counter: CounterView
  onClose: () => void
}

/**
 * A manager closes a counter a clerk left open (or an account that is gone still holds). The reason
 * goes into the audit trail; the ticket at the counter goes back to the head of its queue.
 */
export function ForceCloseDialog({ counter, onClose }: Props) {
  const t = useT()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const submit = async (reason: string) => {
    setBusy(true)
    const r = await post<CounterView>(`/api/counters/${encodeURIComponent(counter.id)}/force-close`, { reason })
    setBusy(false)
    if (!r.ok) return setError(r.error)
    store.update((s) => withCounter(s, r.data))
    onClose()
  }
  const hint = counter.current ? t('forceCloseHintTicket', { number: counter.current.number }) : t('forceCloseHint')
  return <ReasonDialog title={t('forceCloseTitle', { name: counter.clerkName ?? '—', n: counter.number })} hint={hint} presets={[t('forceClosePresetLeft'), t('forceClosePresetEnd')]} confirmLabel={t('forceCloseConfirm')} busy={busy} error={error} onSubmit={(r) => void submit(r)} onClose={onClose} />
}
