import { useState } from 'preact/hooks'
import { post } from '../api.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import { errorText } from '../ui-error.js'

interface TestPrintResult {
  printed: boolean
  cause?: 'refused' | 'timed-out' | 'no-answer'
  message: string
  messageEn: string
}

/** "Print a test ticket" on one saved printer; says what happened, naming the printer and the cause. */
export function TestPrintButton({ printerId, saved }: { printerId: string; saved: boolean }) {
  const t = useT()
  const { lang } = useConsoleState()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const run = async () => {
    setBusy(true)
    const r = await post<TestPrintResult>(`/api/admin/printers/${encodeURIComponent(printerId)}/test`)
    setBusy(false)
    if (r.ok) setResult({ ok: r.data.printed, text: lang === 'vi' ? r.data.message : r.data.messageEn })
    else setResult({ ok: false, text: r.error.code === 'NOT_FOUND' ? t('testPrintSaveFirst') : errorText(r.error, lang) })
  }
  return (
    <span class="test-print">
      <button type="button" class="small" disabled={busy || !saved} title={saved ? undefined : t('testPrintSaveFirst')} data-testid={`test-print-${printerId}`} onClick={() => void run()}>
        {busy ? t('testPrinting') : t('testPrint')}
      </button>
      {!saved && <small class="muted"> {t('testPrintSaveFirst')}</small>}
      {result && (
        <span role="status" class={result.ok ? 'ok-note' : 'warn'} data-testid={`test-print-result-${printerId}`}>
          {result.text}
        </span>
      )}
    </span>
  )
}
