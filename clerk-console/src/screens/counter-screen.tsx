import { useEffect, useLayoutEffect, useState } from 'preact/hooks'
import type { CounterCommand } from '@luot/shared'
import { BookingsPanel } from '../components/bookings-panel.js'
import { ClerkTodayCard } from '../components/clerk-today-card.js'
import { CounterBar } from '../components/counter-bar.js'
import { ErrorNote } from '../components/error-note.js'
import { MissedPanel } from '../components/missed-panel.js'
import { UndoBar, UNDO_SECONDS } from '../components/undo-bar.js'
import { ShortcutLegend } from '../components/shortcut-legend.js'
import { TicketPanel } from '../components/ticket-panel.js'
import { WaitingPanel } from '../components/waiting-panel.js'
import { ReturnPanel } from '../dossiers/return-panel.js'
import { useInFlight, useServerNow } from '../hooks.js'
import { useT } from '../i18n.js'
import { phaseOf, shortcutAction, type CounterAction } from '../keyboard.js'
import { currentCounter, waitingFor } from '../queue-views.js'
import { sendCommand } from '../socket.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { CounterDialogs, type CounterDialog } from './counter-dialogs.js'

const PICKED_KEY = 'luot.console.counter'
const readPicked = (): string | null => {
  try {
    return localStorage.getItem(PICKED_KEY)
  } catch {
    return null
  }
}

type SimpleAction = Exclude<CounterAction, 'pause' | 'finish' | 'transfer'>

/** The clerk's workstation: one counter, the ticket at it, the people waiting, keyboard-first. */
export function CounterScreen() {
  const { snapshot, lang } = useConsoleState()
  const t = useT()
  const now = useServerNow()
  const { pending, run } = useInFlight()
  const [picked, setPicked] = useState<string | null>(readPicked)
  const [dialog, setDialog] = useState<CounterDialog | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  /** The ticket just marked no-show, undoable until `until` (server time). */
  /** The dossier just returned here: its panel stays (saying early, on time or late) until the next ticket. */
  const [lastReturn, setLastReturn] = useState<string | null>(null)
  const [undo, setUndo] = useState<{ ticketId: string; number: string; until: number } | null>(null)
  const counter = snapshot ? currentCounter(snapshot, picked) : undefined
  const phase = counter && snapshot ? phaseOf(counter, snapshot.me.id) : 'taken'

  const send = (command: CounterCommand) => {
    if (!counter) return
    const missing = command.type === 'skip' ? counter.current : undefined
    void run(command.type, async () => {
      const r = await sendCommand(counter.id, command)
      if (r.ok) {
        setError(null)
        setDialog(null)
        setUndo(missing ? { ticketId: missing.ticketId, number: missing.number, until: now + UNDO_SECONDS * 1000 } : null)
      } else setError(r.error)
    })
  }
  const undoLeft = undo ? Math.ceil((undo.until - now) / 1000) : 0
  const undoSkip = () => undo && send({ type: 'call-missed', ticketId: undo.ticketId })
  const onAction = (action: CounterAction) => {
    setError(null)
    if (action === 'pause' || action === 'finish' || action === 'transfer') return setDialog({ kind: action })
    if (action === 'skip' && counter?.current?.recalls === 0) return setDialog({ kind: 'skip' })
    send({ type: action as SimpleAction })
  }

  const currentId = counter?.current?.ticketId
  useEffect(() => {
    if (currentId && counter?.current?.dossierCode !== lastReturn) setLastReturn(null)
  }, [currentId])

  // registered again with each render before the browser paints it (a layout effect): a plain effect runs a frame
  // later, and a key pressed just after a dialog closed went to the listener that still saw the dialog open
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (dialog || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return
      const target = e.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable]')) return
      if (e.key.toLowerCase() === 'u' && undo && undoLeft > 0 && phase === 'idle') {
        e.preventDefault()
        return undoSkip()
      }
      const action = shortcutAction(e.key, phase)
      // Enter on a focused button would also click it: Enter means "call next" here, nothing else.
      if (action || (e.key === 'Enter' && target?.closest('button'))) e.preventDefault()
      if (action) onAction(action)
    }
    addEventListener('keydown', onKey)
    return () => removeEventListener('keydown', onKey)
  })

  if (!snapshot || !counter) return <p class="loading">{t('loading')}</p>
  const pick = (id: string) => {
    setPicked(id)
    setError(null)
    try {
      localStorage.setItem(PICKED_KEY, id)
    } catch {
      /* the choice lasts this page only */
    }
  }
  const tickets = waitingFor(counter, snapshot.waiting)
  const returnCode = counter.current ? (counter.current.dossierCode ?? null) : lastReturn
  const mine = counter.clerkId === snapshot.me.id
  return (
    <div class="counter-screen">
      <div class="main-col">
        <CounterBar counters={snapshot.counters} counter={counter} services={snapshot.services} assignedId={snapshot.me.counterId} locked={mine && counter.state !== 'closed'} phase={phase} pending={pending} lang={lang} onSelect={pick} onAction={onAction} />
        {dialog ? null : <ErrorNote error={error} lang={lang} />}
        {undo && undoLeft > 0 && phase === 'idle' ? <UndoBar number={undo.number} secondsLeft={undoLeft} busy={pending !== null} onUndo={undoSkip} /> : null}
        <TicketPanel counter={counter} services={snapshot.services} priorityGroups={snapshot.settings.priorityGroups} timeZone={snapshot.centre.timeZone} recallLimit={snapshot.settings.recallLimit} waitingHere={tickets.length} now={now} phase={phase} pending={pending} lang={lang} onAction={onAction} />
        {returnCode ? <ReturnPanel counter={counter} code={returnCode} lang={lang} onReturned={setLastReturn} /> : null}
        <ShortcutLegend phase={phase} />
      </div>
      <div class="side-col">
        <ClerkTodayCard clerk={snapshot.clerks.find((c) => c.clerkId === snapshot.me.id)} lang={lang} />
        <WaitingPanel
          counter={counter}
          services={snapshot.services}
          tickets={tickets}
          priorityGroups={snapshot.settings.priorityGroups}
          timeZone={snapshot.centre.timeZone}
          now={now}
          canCall={phase === 'idle' && pending === null}
          canCancel={mine && pending === null}
          lang={lang}
          onCall={(ticket) => setDialog({ kind: 'call', ticket })}
          onCancel={(ticket) => setDialog({ kind: 'cancel', ticket })}
        />
        <MissedPanel
          missed={snapshot.missed.filter((m) => counter.serviceIds.includes(m.serviceId) || m.counterId === counter.id)}
          services={snapshot.services}
          timeZone={snapshot.centre.timeZone}
          canCall={phase === 'idle' && pending === null}
          lang={lang}
          onCallBack={(m) => send({ type: 'call-missed', ticketId: m.id })}
        />
        <BookingsPanel date={snapshot.date} serviceIds={counter.serviceIds} services={snapshot.services} lang={lang} />
      </div>
      {dialog ? <CounterDialogs dialog={dialog} counter={counter} snapshot={snapshot} busy={pending !== null} error={error} onSend={send} onDialog={setDialog} onClose={() => (setDialog(null), setError(null))} /> : null}
    </div>
  )
}
