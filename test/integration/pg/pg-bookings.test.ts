import { describe, expect, it } from 'vitest'
import pg from 'pg'
import type { StoredBooking } from '@luot/shared'
import { PgBookings } from '../../../server/src/store/booking/pg-bookings.js'
import { CorruptDataError } from '../../../server/src/store/port.js'
import { skipPostgres } from '../../support/postgres.js'
import { usePgStores } from '../../support/pg-stores.js'

const booking = (code: string, date: string, name: string, phone?: string): StoredBooking => ({
  code,
  serviceId: 'dat-dai',
  date,
  slotStart: '08:30',
  slotEnd: '09:00',
  state: 'booked',
  lang: 'vi',
  name,
  ...(phone ? { phone } : {}),
  createdAt: '2026-11-20T01:00:00.000Z',
  updatedAt: '2026-11-20T01:00:00.000Z',
})

describe.skipIf(skipPostgres())('bookings in PostgreSQL', () => {
  const { open, url } = usePgStores()

  it('stores a transaction all or none, keeps centres apart, and erases personal data in the rows themselves', async () => {
    const store = await open('phuong-hai-chau')
    const other = await open('phuong-thanh-khe')
    const a = new PgBookings(store.pool, store.centre)
    const b = new PgBookings(other.pool, other.centre)
    await a.transaction(['slot:x'], async (tx) => {
      tx.put(booking('AAAAAAAAAAAAAAA', '2026-11-01', 'Nguyễn Văn An', '0905111222'))
      tx.put(booking('BBBBBBBBBBBBBBB', '2026-12-01', 'Trần Thị Bình'))
    })
    await expect(a.transaction(['slot:x'], async (tx) => {
      tx.put(booking('CCCCCCCCCCCCCCC', '2026-12-01', 'Lê Văn Cường'))
      throw new Error('refused half-way')
    })).rejects.toThrow('refused half-way')
    expect((await a.forDay('2026-12-01')).map((x) => x.code)).toEqual(['BBBBBBBBBBBBBBB'])
    expect(await b.get('AAAAAAAAAAAAAAA')).toBeUndefined()
    expect(await a.erasePersonalData('2026-11-15', '2026-12-16T01:00:00.000Z')).toBe(1)
    expect(await a.erasePersonalData('2026-11-15', '2026-12-16T01:00:00.000Z')).toBe(0)
    const c = new pg.Client({ connectionString: url() })
    await c.connect()
    const { rows } = await c.query<{ body: string; phone: string | null }>("SELECT body::text AS body, phone FROM luot_bookings WHERE code = 'AAAAAAAAAAAAAAA'")
    expect(rows[0]!.body).not.toContain('Nguyễn')
    expect(rows[0]!.body).not.toContain('0905111222')
    expect(rows[0]!.phone).toBeNull()
    expect(await a.get('AAAAAAAAAAAAAAA')).toMatchObject({ name: '', erasedAt: '2026-12-16T01:00:00.000Z' })
    expect((await a.get('BBBBBBBBBBBBBBB'))!.name).toBe('Trần Thị Bình')
    await c.query(`UPDATE luot_bookings SET body = replace(body::text, '"state":"booked"', '"state":"maybe"')::json WHERE code = 'BBBBBBBBBBBBBBB'`)
    await c.end()
    const err = await a.get('BBBBBBBBBBBBBBB').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CorruptDataError)
    expect((err as Error).message).toContain('luot_bookings (centre phuong-hai-chau, code BBBBBBBBBBBBBBB)')
  })
})
