import { describe, expect, it } from 'vitest'
import type { BookingSettings, Service, Settings } from '@luot/shared'
import { BOOKING_DEFAULTS, bookingDraft, bookingOf, withBooking } from './booking-draft.js'

const service = (id: string) => ({ id, code: 'A', name: { vi: id, en: id } }) as Service

describe('booking settings draft', () => {
  it('starts from the defaults (off, 14 days, 30 days retention) with every service not bookable', () => {
    const d = bookingDraft(undefined, [service('ho-tich'), service('dat-dai')])
    expect(d).toMatchObject({ enabled: false, horizonDays: 14, retentionDays: 30 })
    expect(d.services.map((s) => [s.serviceId, s.bookable])).toEqual([['ho-tich', false], ['dat-dai', false]])
  })
  it('keeps stored rows, adds new services, drops deleted ones, in the services’ order', () => {
    const stored: BookingSettings = { ...BOOKING_DEFAULTS, enabled: true, services: [{ serviceId: 'old', bookable: true, slotMinutes: 30, placesPerSlot: 1, walkInMinutesPerHour: 0, remoteJoin: false, remoteDailyCap: 0 }, { serviceId: 'dat-dai', bookable: true, slotMinutes: 30, placesPerSlot: 4, walkInMinutesPerHour: 20, remoteJoin: true, remoteDailyCap: 40 }] }
    const d = bookingDraft(stored, [service('ho-tich'), service('dat-dai')])
    expect(d.enabled).toBe(true)
    expect(d.services.map((s) => [s.serviceId, s.placesPerSlot])).toEqual([['ho-tich', 2], ['dat-dai', 4]])
  })
  it('puts the booking part into the settings saved whole, and reads it back', () => {
    const s = withBooking({ recallLimit: 3 } as Settings, BOOKING_DEFAULTS)
    expect(bookingOf(s)).toEqual(BOOKING_DEFAULTS)
    expect(bookingOf({ recallLimit: 3 } as Settings)).toBeUndefined()
  })
})
