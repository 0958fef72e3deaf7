import type { BookingSettings, PublicSnapshot, ServiceView } from '@luot/shared'

/** The snapshot as the booking pages read it: the booking settings are public (no personal data in them). */
export type SnapshotWithBooking = PublicSnapshot & { settings: PublicSnapshot['settings'] & { booking?: BookingSettings } }

/** Whether the centre takes bookings at all (an admin switch). Older servers without booking settings take none. */
export const bookingEnabled = (snap: SnapshotWithBooking): boolean => snap.settings.booking?.enabled === true

/** Services a citizen may book: active, served by some counter, and marked bookable by the admin; in the configured order. */
export function bookableServices(snap: SnapshotWithBooking): ServiceView[] {
  const booking = snap.settings.booking
  if (!booking?.enabled) return []
  const ok = new Set(booking.services.filter((x) => x.bookable && x.placesPerSlot > 0).map((x) => x.serviceId))
  return snap.services.filter((x) => x.active && x.counterNumbers.length > 0 && ok.has(x.id))
}
