import { useState } from 'preact/hooks'
import { useInFlight } from '../hooks.js'
import { translate } from '../i18n.js'
import { invalid, type UiError } from '../ui-error.js'
import type { SaveStatus } from './save-bar.js'
import { hasProblems, type Problems } from './validate.js'

/** What an admin form calls to save: resolves with the server's refusal, or null when stored. */
export type Saver<T> = (value: T) => Promise<UiError | null>

/**
 * Validate, then save once (a double click saves once), then report. Problems found here are
 * shown by the fields and the server is not asked.
 */
export function useSave<T>(check: (v: T) => Problems, save: Saver<T>) {
  const { pending, run } = useInFlight()
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' })
  const [problems, setProblems] = useState<Problems>({})
  const submit = (value: T, after?: () => void) => {
    const found = check(value)
    setProblems(found)
    if (hasProblems(found)) {
      setStatus({ kind: 'error', error: invalid(translate('vi', 'fixFields'), translate('en', 'fixFields')) })
      return
    }
    void run('save', async () => {
      const error = await save(value)
      setStatus(error ? { kind: 'error', error } : { kind: 'saved' })
      if (!error) after?.()
    })
  }
  return { busy: pending !== null, status, problems, submit, reset: () => (setStatus({ kind: 'idle' }), setProblems({})) }
}
