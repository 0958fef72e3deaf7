import type { ComponentChildren } from 'preact'
import { allowedIn, shortcutLabel, type CounterAction, type Phase } from '../keyboard.js'

interface Props {
  action: CounterAction
  phase: Phase
  pending: string | null
  onAction: (action: CounterAction) => void
  kind?: 'primary' | 'danger' | 'plain'
  children: ComponentChildren
}

/** A counter action: disabled when the counter does not allow it or any action is in flight. */
export function ActionButton({ action, phase, pending, onAction, kind = 'plain', children }: Props) {
  const key = shortcutLabel(action)
  return (
    <button type="button" class={`action ${kind}${pending === action ? ' pending' : ''}`} data-action={action} disabled={pending !== null || !allowedIn(phase, action)} onClick={() => onAction(action)}>
      <span>{children}</span>
      {key ? <kbd>{key}</kbd> : null}
    </button>
  )
}
