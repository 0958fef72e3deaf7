import type { Lang, PublicSnapshot } from '@luot/shared'
import { PriorityBar } from '../components/priority-bar.js'
import { ServiceButton } from '../components/service-button.js'
import { activeServices } from '../state.js'
import { KIOSK_STRINGS } from '../strings.js'

interface Props {
  snapshot: PublicSnapshot
  lang: Lang
  priorityGroup: string | null
  busyServiceId: string | null
  onTake: (serviceId: string) => void
  onPriority: () => void
  onClearPriority: () => void
  /** Set when the centre takes bookings: the start screen offers "I have a booking". */
  onBooking: (() => void) | null
  /** Set when the centre tracks dossiers: the start screen offers "Nhận kết quả". */
  onCollect: (() => void) | null
}

/** Grid columns for n buttons, per orientation: 10 services fit without scrolling in both. */
const sizeClass = (n: number) => (n <= 4 ? 'few' : n <= 9 ? 'mid' : n <= 12 ? 'many' : 'lots')

/** The service buttons, the priority option, or why no ticket can be taken now. */
export function StartScreen({ snapshot, lang, priorityGroup, busyServiceId, onTake, onPriority, onClearPriority, onBooking, onCollect }: Props) {
  const services = activeServices(snapshot)
  const groups = snapshot.settings.priorityGroups
  const group = groups.find((g) => g.id === priorityGroup)
  const closed = !snapshot.issuing
  return (
    <main class="start-screen">
      <div class="start-top">
        <div class="start-title">
          <h2>{KIOSK_STRINGS.title[lang]}</h2>
          {!closed && <p>{KIOSK_STRINGS.chooseService[lang]}</p>}
        </div>
        <div class="start-options">
          {!closed && onBooking && (
            <button type="button" class="booking-toggle" onClick={onBooking} data-testid="booking-entry">
              {KIOSK_STRINGS.haveBooking[lang]}
            </button>
          )}
          {!closed && onCollect && (
            <button type="button" class="booking-toggle collect-toggle" onClick={onCollect} data-testid="collect-entry">
              {KIOSK_STRINGS.collectEntry[lang]}
            </button>
          )}
          {!closed && groups.length > 0 && <PriorityBar lang={lang} group={group} onPriority={onPriority} onClearPriority={onClearPriority} />}
        </div>
      </div>
      {closed && (
        <div class="closed-notice" role="status" data-testid="closed">
          <p class="closed-text">{KIOSK_STRINGS.closed[lang]}</p>
          <p>{KIOSK_STRINGS.closedHint[lang]}</p>
        </div>
      )}
      {services.length === 0 ? (
        <p class="closed-notice">{KIOSK_STRINGS.noServices[lang]}</p>
      ) : (
        <div class={`service-grid ${sizeClass(services.length)}${closed ? ' closed' : ''}`} data-testid="services">
          {services.map((s) => (
            <ServiceButton key={s.id} service={s} lang={lang} disabled={closed || busyServiceId !== null} busy={busyServiceId === s.id} onTake={onTake} />
          ))}
        </div>
      )}
    </main>
  )
}
