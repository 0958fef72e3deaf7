import type { KioskTicket } from './take-ticket.js'

/** A failed print leaves the ticket on screen at least this long: time to find a phone and photograph it. */
export const FAILED_PRINT_MIN_SECONDS = 60

/**
 * How long the ticket screen stays before the kiosk returns to the start: the centre's return time,
 * or three times it (and at least a minute) when the printer failed and the screen is the only copy.
 */
export function ticketScreenSeconds(print: KioskTicket['print'], returnSeconds: number): number {
  return print === 'failed' ? Math.max(returnSeconds * 3, FAILED_PRINT_MIN_SECONDS) : returnSeconds
}

/** What the kiosk says about the paper: take it below, photograph the screen, or nothing (no printer here). */
export function printNote(print: KioskTicket['print'], printInBrowser: boolean): 'take-below' | 'failed' | null {
  if (print === 'failed') return 'failed'
  return print === 'printed' || printInBrowser ? 'take-below' : null
}
