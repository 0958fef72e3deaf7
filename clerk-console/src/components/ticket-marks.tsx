import { bookedSlot, notCheckedIn, slotTime } from '@luot/shared/ticket-marks'
import { useT } from '../i18n.js'

/** The booking and remote-join marks of a waiting or current ticket, next to its priority badge. */
export function TicketMarks({ ticket, timeZone }: { ticket: object; timeZone: string }) {
  const t = useT()
  const slot = bookedSlot(ticket)
  return (
    <>
      {slot ? <span class="badge booked" data-mark="booked">{t('markBooked', { time: slotTime(slot, timeZone) })}</span> : null}
      {notCheckedIn(ticket) ? <span class="badge not-checked-in" data-mark="not-checked-in" title={t('markNotCheckedInHint')}>{t('markNotCheckedIn')}</span> : null}
    </>
  )
}
