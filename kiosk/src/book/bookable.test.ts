import { describe, expect, it } from 'vitest'
import type { BookingDays, ServiceView } from '@luot/shared'
import { NO_ANSWER, type Reply } from '@luot/shared/client/send'
import { bookableFrom } from './bookable.js'

const service = (id: string) => ({ id, name: { vi: id, en: id } }) as ServiceView
const days = (serviceId: string, reasons: (string | undefined)[]): Reply<BookingDays> => ({
  ok: true,
  data: { serviceId, days: reasons.map((reason, i) => ({ date: `2026-12-0${i + 1}`, open: !reason, left: reason ? 0 : 4, ...(reason ? { reason: reason as 'weekend' } : {}) })) },
})
const refused = (code: string): Reply<BookingDays> => ({ ok: false, error: { code: code as 'BAD_REQUEST', message: 'vi', messageEn: 'en' } })

describe('bookableFrom', () => {
  it('keeps the services with some day that is not "not-bookable", in order', () => {
    const r = bookableFrom([service('a'), service('b'), service('c')], [days('a', [undefined, 'weekend']), days('b', ['not-bookable', 'not-bookable']), days('c', ['holiday', 'weekend'])])
    expect(r).toEqual({ off: false, services: [service('a'), service('c')], error: null })
  })
  it('leaves out services the server says take no bookings, without calling it a failure', () => {
    expect(bookableFrom([service('a'), service('b')], [refused('DAY_NOT_BOOKABLE'), days('b', [undefined])])).toEqual({ off: false, services: [service('b')], error: null })
    expect(bookableFrom([service('a')], [refused('DAY_NOT_BOOKABLE')])).toEqual({ off: false, services: [], error: null })
  })
  it('says the centre takes no bookings when the server says so', () => {
    expect(bookableFrom([service('a')], [refused('BOOKING_OFF')])).toEqual({ off: true, services: [], error: null })
  })
  it('reports why nothing loaded, so the page can offer a retry', () => {
    expect(bookableFrom([service('a')], [NO_ANSWER]).error?.code).toBe('NO_ANSWER')
    expect(bookableFrom([service('a'), service('b')], [NO_ANSWER, days('b', [undefined])]).error).toBeNull()
  })
})
