import type { CounterView } from '@luot/shared'

/** What a counter allows now, as this clerk sees it. */
export type Phase = 'taken' | 'closed' | 'paused' | 'idle' | 'called' | 'serving'

export type CounterAction = 'open' | 'pause' | 'close' | 'call-next' | 'recall' | 'start' | 'finish' | 'skip' | 'transfer'

export function phaseOf(counter: CounterView, meId: string): Phase {
  if (counter.clerkId !== undefined && counter.clerkId !== meId) return 'taken'
  if (counter.current) return counter.current.status === 'serving' ? 'serving' : 'called'
  if (counter.state === 'closed') return 'closed'
  if (counter.state === 'paused') return 'paused'
  return 'idle'
}

const ALLOWED: Record<Phase, CounterAction[]> = {
  taken: [],
  closed: ['open'],
  paused: ['open', 'close'],
  idle: ['call-next', 'pause', 'close'],
  called: ['recall', 'start', 'finish', 'skip', 'transfer'],
  serving: ['finish', 'transfer'],
}

export const allowedIn = (phase: Phase, action: CounterAction): boolean => ALLOWED[phase].includes(action)

/** The keys shown on screen, in the order shown. */
export const SHORTCUTS: { key: string; label: string; action: CounterAction }[] = [
  { key: 'Enter', label: 'Enter', action: 'call-next' },
  { key: 'r', label: 'R', action: 'recall' },
  { key: 's', label: 'S', action: 'start' },
  { key: 'f', label: 'F', action: 'finish' },
  { key: 'k', label: 'K', action: 'skip' },
  { key: 't', label: 'T', action: 'transfer' },
  { key: 'p', label: 'P', action: 'pause' },
  { key: 'o', label: 'O', action: 'open' },
]

/** The action a key press asks for, if the counter allows it now. */
export function shortcutAction(key: string, phase: Phase): CounterAction | null {
  const k = key.length === 1 ? key.toLowerCase() : key
  const hit = SHORTCUTS.find((s) => s.key === k)
  return hit && allowedIn(phase, hit.action) ? hit.action : null
}

export const shortcutLabel = (action: CounterAction): string | undefined => SHORTCUTS.find((s) => s.action === action)?.label
