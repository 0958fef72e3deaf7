import type { CounterCommand, CounterView, StaffDossier, StaffSnapshot, WaitingTicketView } from '@luot/shared'
import { ConfirmDialog } from '../components/confirm-dialog.js'
import { OutcomeDialog } from '../components/outcome-dialog.js'
import { ReasonDialog } from '../components/reason-dialog.js'
import { TransferDialog } from '../components/transfer-dialog.js'
import { ReceiveDialog } from '../dossiers/receive-dialog.js'
import { SlipOffer } from '../dossiers/slip-offer.js'
import { useT } from '../i18n.js'
import type { UiError } from '../ui-error.js'

export type CounterDialog =
  | { kind: 'pause' }
  | { kind: 'finish' }
  | { kind: 'receive'; outcomeId: string }
  | { kind: 'slip'; dossier: StaffDossier }
  | { kind: 'transfer' } | { kind: 'skip' } | { kind: 'call'; ticket: WaitingTicketView } | { kind: 'cancel'; ticket: WaitingTicketView }

interface Props {
  dialog: CounterDialog
  counter: CounterView
  snapshot: StaffSnapshot
  busy: boolean
  error: UiError | null
  onSend: (command: CounterCommand) => void
  /** Opens the next dialog (finishing with a dossier outcome asks for the dossier, then offers its slip). */
  onDialog: (dialog: CounterDialog) => void
  onClose: () => void
}

/** Whether finishing with this outcome receives a dossier: the outcome says so and the centre tracks dossiers. */
const receivesDossier = (snapshot: StaffSnapshot, outcomeId: string): boolean => snapshot.settings.dossiers?.enabled === true && snapshot.settings.outcomes.some((o) => o.id === outcomeId && o.dossier === 'receive')

/** The questions a counter action asks first: a reason, an outcome, a transfer target, a confirmation. */
export function CounterDialogs({ dialog, counter, snapshot, busy, error, onSend, onDialog, onClose }: Props) {
  const t = useT()
  const number = counter.current?.number ?? ''
  const common = { busy, error, onClose }
  switch (dialog.kind) {
    case 'pause':
      return <ReasonDialog {...common} title={t('pauseTitle')} label={t('pauseReason')} presets={[t('pauseBreak'), t('pauseMeeting'), t('pauseHelping'), t('pauseDossier')]} confirmLabel={t('pauseConfirm')} onSubmit={(reason) => onSend({ type: 'pause', reason })} />
    case 'finish':
      return <OutcomeDialog {...common} number={number} outcomes={snapshot.settings.outcomes} onPick={(outcome) => (receivesDossier(snapshot, outcome) ? onDialog({ kind: 'receive', outcomeId: outcome }) : onSend({ type: 'finish', outcome }))} />
    case 'receive':
      return <ReceiveDialog counter={counter} outcomeId={dialog.outcomeId} onDone={(dossier) => onDialog({ kind: 'slip', dossier })} onClose={onClose} />
    case 'slip':
      return <SlipOffer dossier={dialog.dossier} onClose={onClose} />
    case 'transfer':
      return (
        <TransferDialog
          {...common}
          number={number}
          services={snapshot.services.filter((s) => s.active && s.id !== counter.current?.serviceId)}
          counters={snapshot.counters.filter((c) => c.id !== counter.id)}
          onPick={(target) => onSend({ type: 'transfer', ...target })}
        />
      )
    case 'skip':
      return <ConfirmDialog {...common} title={t('skipTitle', { number })} text={t('skipNoRecall')} confirmLabel={t('skipConfirm')} onConfirm={() => onSend({ type: 'skip' })} />
    case 'call':
      return <ReasonDialog {...common} title={t('callOutOfTurnTitle', { number: dialog.ticket.number })} hint={t('callOutOfTurnHint')} confirmLabel={t('callOutOfTurnConfirm')} onSubmit={(reason) => onSend({ type: 'call', ticketId: dialog.ticket.id, reason })} />
    case 'cancel':
      return <ReasonDialog {...common} title={t('cancelTicketTitle', { number: dialog.ticket.number })} hint={t('cancelTicketHint')} confirmLabel={t('cancelTicketConfirm')} danger onSubmit={(reason) => onSend({ type: 'cancel', ticketId: dialog.ticket.id, reason })} />
  }
}
