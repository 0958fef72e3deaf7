import { localParts } from './time.js'

/**
 * The marks the server puts on tickets and calls for bookings and remote join, read the same way by
 * every screen: a call `booked: true`; a ticket `booking: { slotStart }`; a remote ticket not yet checked
 * in `notCheckedIn: true`. Screens mark booked tickets as they mark priority; consoles also mark the
 * remote ones "not checked in". Takes any view, so a screen reads the marks of whichever view it has.
 */
export const bookedCall = (call: object): boolean => 'booked' in call && call.booked === true

/** The booked slot's start (an ISO instant) of a ticket issued at check-in; null for any other ticket. */
export function bookedSlot(ticket: object | undefined): string | null {
  if (!ticket || !('booking' in ticket)) return null
  const b = ticket.booking
  return typeof b === 'object' && b !== null && 'slotStart' in b && typeof b.slotStart === 'string' ? b.slotStart : null
}

export const notCheckedIn = (ticket: object | undefined): boolean => ticket !== undefined && 'notCheckedIn' in ticket && ticket.notCheckedIn === true

const HHMM = /^\d\d:\d\d$/
const pad = (n: number) => String(n).padStart(2, '0')

/** A booked slot's start as the centre's clock reads it ("08:15"), whether it came as a time of day or as an instant. */
export function slotTime(slotStart: string, timeZone: string): string {
  if (HHMM.test(slotStart)) return slotStart
  const at = new Date(slotStart)
  if (Number.isNaN(at.getTime())) return slotStart
  const p = localParts(at, timeZone)
  return `${pad(p.hour)}:${pad(p.minute)}`
}
