import { useRef } from 'preact/hooks'
import type { Lang, PublicDossier } from '@luot/shared'
import { codeFromScan } from '../booking-code.js'
import type { CheckInAction, CheckInState } from '../checkin/checkin-state.js'
import { CodeEntryScreen } from '../components/code-entry-screen.js'
import { DOSSIER_STRINGS } from '../dossier/dossier-strings.js'
import { dueWords, stepsOf } from '../dossier/dossier-view.js'
import { KIOSK_STRINGS } from '../strings.js'

interface Props {
  lang: Lang
  state: CheckInState
  notReady: PublicDossier | null
  onAction: (a: CheckInAction) => void
  onCollect: (code: string) => void
  onBack: () => void
}

const day = (key: string): string => key.split('-').reverse().join('/')

/**
 * "Nhận kết quả / Collect a result": the slip's QR code (its /d/{code} link) or the code typed. Ready:
 * the ticket screen follows. Not ready: the status and the due date, and no ticket.
 */
export function CollectScreen({ lang, state, notReady, onAction, onCollect, onBack }: Props) {
  const lastScan = useRef('')
  const onScan = (text: string) => {
    const code = codeFromScan(text)
    // The slip held in front of the camera is read five times a second: ask once, until the citizen acts.
    if (!code || state.busy || (code === lastScan.current && (state.error || notReady))) return
    lastScan.current = code
    onCollect(code)
  }
  const k = KIOSK_STRINGS
  const other: Lang = lang === 'vi' ? 'en' : 'vi'
  const both = (key: 'notReadyStatus' | 'notReadyDue' | 'notReadyApology', value: (l: Lang) => string) => (
    <>
      <p>{k[key][lang].replace(/\{\w+\}/, value(lang))}</p>
      <p lang={other}>{k[key][other].replace(/\{\w+\}/, value(other))}</p>
    </>
  )
  const current = notReady ? stepsOf(notReady.status).find((s) => s.state === 'current') : undefined
  return (
    <CodeEntryScreen testId="collect" lang={lang} title={k.collectTitle} showQr={k.collectShowQr[lang]} orType={k.collectOrType[lang]} keypadLabel={k.collectTypeCode[lang]} submitLabel={k.collectSubmit[lang]} state={state} onScan={onScan} onAction={onAction} onSubmit={onCollect} onBack={onBack}>
      {notReady && (
        <div class="not-ready" role="status" data-testid="not-ready" data-status={notReady.status}>
          <p class="not-ready-title">
            {k.notReadyTitle[lang]} <span lang={other}>/ {k.notReadyTitle[other]}</span>
          </p>
          {current && both('notReadyStatus', (l) => DOSSIER_STRINGS[current.key][l])}
          {both('notReadyDue', (l) => dueWords(notReady, l))}
          {notReady.apology && both('notReadyApology', () => day(notReady.apology!.newDate))}
        </div>
      )}
    </CodeEntryScreen>
  )
}
