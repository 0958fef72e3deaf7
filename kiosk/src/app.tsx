import { useCallback } from 'preact/hooks'
import { CentreHeader } from './components/centre-header.js'
import { ConnectionOverlay } from './components/connection-overlay.js'
import { PrintTicket } from './components/print-ticket.js'
import { RefusalDialog } from './components/refusal-dialog.js'
import type { KioskParams } from './kiosk-params.js'
import { CheckInScreen } from './screens/checkin-screen.js'
import { CollectScreen } from './screens/collect-screen.js'
import { IdleScreen } from './screens/idle-screen.js'
import { PriorityScreen } from './screens/priority-screen.js'
import { StartScreen } from './screens/start-screen.js'
import { TicketScreen } from './screens/ticket-screen.js'
import { useIdle } from './use-idle.js'
import { useKiosk } from './use-kiosk.js'

/** The touchscreen kiosk: start screen → (priority group) → ticket → back; idle attract screen. */
export function App({ params }: { params: KioskParams }) {
  const { state, dispatch, take, checkIn, checkInPhone, collect } = useKiosk(params)
  const { snapshot, lang, screen, ticket } = state
  const onIdle = useCallback(() => dispatch({ type: 'idle' }), [])
  const onDone = useCallback(() => dispatch({ type: 'finish' }), [])
  const onCloseRefusal = useCallback(() => dispatch({ type: 'dismiss-refusal' }), [])
  useIdle(params.idleSeconds, screen === 'start' || screen === 'priority' || screen === 'checkin' || screen === 'collect', onIdle)

  if (!snapshot) return <ConnectionOverlay firstConnect />
  return (
    <div class={`kiosk lang-${lang}`} lang={lang}>
      {screen === 'idle' ? (
        <IdleScreen snapshot={snapshot} offsetMs={state.clockOffsetMs} onWake={() => dispatch({ type: 'wake' })} />
      ) : (
        <>
          <CentreHeader snapshot={snapshot} offsetMs={state.clockOffsetMs} lang={lang} onToggleLang={() => dispatch({ type: 'toggle-lang' })} />
          {screen === 'ticket' && ticket ? (
            <TicketScreen ticket={ticket} snapshot={snapshot} lang={lang} printInBrowser={params.print === 'browser'} onDone={onDone} />
          ) : screen === 'checkin' ? (
            <CheckInScreen
              lang={lang}
              state={state.checkIn}
              lateServiceName={snapshot.services.find((x) => x.id === state.checkIn.lateServiceId)?.name[lang] ?? null}
              onAction={(action) => dispatch({ type: 'checkin', action })}
              onCheckIn={(code) => void checkIn(code)}
              onCheckInPhone={(trackingCode) => void checkInPhone(trackingCode)}
              onWalkIn={(serviceId) => void take(serviceId, null)}
              onBack={onDone}
            />
          ) : screen === 'collect' ? (
            <CollectScreen lang={lang} state={state.checkIn} notReady={state.notReady} onAction={(action) => dispatch({ type: 'checkin', action })} onCollect={(code) => void collect(code)} onBack={onDone} />
          ) : screen === 'priority' ? (
            <PriorityScreen snapshot={snapshot} lang={lang} onPick={(group) => dispatch({ type: 'priority-pick', group })} />
          ) : (
            <StartScreen
              snapshot={snapshot}
              lang={lang}
              priorityGroup={state.priorityGroup}
              busyServiceId={state.busyServiceId}
              onTake={(serviceId) => void take(serviceId, state.priorityGroup)}
              onPriority={() => dispatch({ type: 'priority-open' })}
              onBooking={state.bookingOn ? () => dispatch({ type: 'checkin-open' }) : null}
              onCollect={snapshot.settings.dossiers?.enabled ? () => dispatch({ type: 'collect-open' }) : null}
              onClearPriority={() => dispatch({ type: 'priority-pick', group: null })}
            />
          )}
        </>
      )}
      {state.refusal && screen !== 'idle' && <RefusalDialog refusal={state.refusal} lang={lang} onClose={onCloseRefusal} />}
      {!state.connected && <ConnectionOverlay firstConnect={false} banner={screen === 'ticket'} />}
      {ticket && <PrintTicket ticket={ticket} snapshot={snapshot} />}
    </div>
  )
}
