import type { BookingSettings, Service, ServiceBooking, Settings } from '@luot/shared'

/** Booking settings for a centre that has none yet: off, with the defaults (14-day horizon, 30-day retention). */
export const BOOKING_DEFAULTS: BookingSettings = {
  enabled: false,
  horizonDays: 14,
  graceMinutes: 15,
  maxActivePerPhone: 3,
  retentionDays: 30,
  order: 'ahead',
  remoteCheckInRequired: false,
  services: [],
  calendar: [],
}

const serviceDefaults = (serviceId: string): ServiceBooking => ({ serviceId, bookable: false, slotMinutes: 15, placesPerSlot: 2, walkInMinutesPerHour: 0, remoteJoin: false, remoteDailyCap: 0 })

/** The settings' booking part, if the server sent one (configurations written before bookings have none). */
export const bookingOf = (s: Settings): BookingSettings | undefined => s.booking

/** Settings with this booking part (the whole Settings is saved at once). */
export const withBooking = (s: Settings, booking: BookingSettings): Settings => ({ ...s, booking })

/**
 * What the admin edits: the stored booking settings (or the defaults) with one row per configured
 * service, in the services' order; rows of deleted services are dropped, new services start not bookable.
 */
export function bookingDraft(stored: BookingSettings | undefined, services: Service[]): BookingSettings {
  const base = stored ?? BOOKING_DEFAULTS
  return { ...base, services: services.map((x) => base.services.find((b) => b.serviceId === x.id) ?? serviceDefaults(x.id)) }
}
