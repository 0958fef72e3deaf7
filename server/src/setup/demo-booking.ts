import type { BookingSettings, ServiceBooking } from '@luot/shared'
import { fixedHolidays, TET_2027 } from '../domain/booking/holidays.js'

const svc = (serviceId: string, slotMinutes: ServiceBooking['slotMinutes'], placesPerSlot: number, walkInMinutesPerHour: number, remoteDailyCap: number): ServiceBooking => ({
  serviceId,
  bookable: true,
  slotMinutes,
  placesPerSlot,
  walkInMinutesPerHour,
  remoteJoin: remoteDailyCap > 0,
  remoteDailyCap,
})

/**
 * The demo centre's bookings: on, a few bookable services (short certifications in 15-minute slots,
 * civil status and land in 30-minute ones), a quarter of each hour kept for walk-ins, and the
 * holiday calendar of `year` and the next, with Tết 2027 as editable entries.
 */
export function demoBooking(year: number): BookingSettings {
  const calendar = [...fixedHolidays(year), ...fixedHolidays(year + 1), ...TET_2027]
  const unique = [...new Map(calendar.map((c) => [c.date, c])).values()].sort((a, b) => a.date.localeCompare(b.date))
  return {
    enabled: true,
    horizonDays: 14,
    graceMinutes: 15,
    maxActivePerPhone: 3,
    retentionDays: 30,
    order: 'ahead',
    remoteCheckInRequired: false,
    services: [svc('chung-thuc', 15, 2, 15, 50), svc('tu-phap-ho-tich', 30, 2, 15, 30), svc('dat-dai', 30, 1, 20, 20), svc('tra-ket-qua', 15, 3, 15, 50)],
    calendar: unique,
  }
}
