import type { StaffBooking } from '@luot/shared'

/** One slot of one service in today's bookings panel. */
export interface SlotGroup {
  serviceId: string
  slotStart: string
  slotEnd: string
  bookings: StaffBooking[]
}

/**
 * Today's bookings for the given services, by service (in the given order) then slot, cancelled ones
 * left out: what a clerk needs to see who is expected and who has checked in.
 */
export function bookingsBySlot(bookings: StaffBooking[], serviceIds: string[]): SlotGroup[] {
  const groups = new Map<string, SlotGroup>()
  for (const b of bookings) {
    if (b.status === 'cancelled' || !serviceIds.includes(b.serviceId)) continue
    const key = `${b.serviceId} ${b.slotStart}`
    const g = groups.get(key) ?? { serviceId: b.serviceId, slotStart: b.slotStart, slotEnd: b.slotEnd, bookings: [] }
    g.bookings.push(b)
    groups.set(key, g)
  }
  const order = (g: SlotGroup) => serviceIds.indexOf(g.serviceId)
  return [...groups.values()].sort((a, b) => order(a) - order(b) || a.slotStart.localeCompare(b.slotStart))
}

/** How many of these bookings have checked in, of those not cancelled. */
export const checkedInCount = (groups: SlotGroup[]): { checkedIn: number; all: number } => {
  const all = groups.flatMap((g) => g.bookings)
  return { checkedIn: all.filter((b) => b.status === 'checked-in').length, all: all.length }
}
