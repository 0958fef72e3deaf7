import type pg from 'pg'
import { Compile } from 'typebox/compile'
import { StoredBooking } from '@luot/shared'
import { CorruptDataError } from '../port.js'
import { advisoryTransaction } from '../pg/advisory-transaction.js'
import { erased, type BookingStore, type BookingTx } from './port.js'

const check = Compile(StoredBooking)

/**
 * Bookings in PostgreSQL (`luot_bookings`), shared by every process of a centre. A transaction
 * takes a transaction-scoped advisory lock for each of its lock names (sorted, so two transactions
 * never wait on each other in a circle) before it reads: two processes filling the same slot run
 * one after the other, and the second sees the first's booking. Acknowledged after COMMIT.
 */
export class PgBookings implements BookingStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly centre: string,
  ) {}

  private rows(rows: { code: string; body: unknown }[]): StoredBooking[] {
    return rows.map((r) => {
      if (!check.Check(r.body)) throw new CorruptDataError(`luot_bookings (centre ${this.centre}, code ${r.code})`, undefined, `not a booking: ${[...check.Errors(r.body)][0]?.instancePath ?? '/'} ${[...check.Errors(r.body)][0]?.message ?? ''}`)
      return r.body
    })
  }

  private async select(client: pg.Pool | pg.PoolClient, where: string, args: unknown[]): Promise<StoredBooking[]> {
    const { rows } = await client.query<{ code: string; body: unknown }>(`SELECT code, body FROM luot_bookings WHERE centre = $1 AND ${where} ORDER BY day, slot_start, code`, [this.centre, ...args])
    return this.rows(rows)
  }

  transaction<T>(locks: readonly string[], fn: (tx: BookingTx) => Promise<T>): Promise<T> {
    return advisoryTransaction(this.pool, `luot-booking:${this.centre}`, locks, async (client) => {
      const puts = new Map<string, StoredBooking>()
      const tx: BookingTx = {
        byCode: async (code) => puts.get(code) ?? (await this.select(client, 'code = $2', [code]))[0],
        byIdempotencyKey: async (key) => [...puts.values()].find((b) => b.idempotencyKey === key) ?? (await this.select(client, 'idempotency_key = $2', [key]))[0],
        inSlot: async (serviceId, date, slotStart) => merge(await this.select(client, 'service_id = $2 AND day = $3 AND slot_start = $4', [serviceId, date, slotStart]), puts, (b) => b.serviceId === serviceId && b.date === date && b.slotStart === slotStart),
        byPhone: async (phone, fromDate) => merge(await this.select(client, 'phone = $2 AND day >= $3', [phone, fromDate]), puts, (b) => b.phone === phone && b.date >= fromDate),
        put: (b) => void puts.set(b.code, b),
      }
      const value = await fn(tx)
      for (const b of puts.values()) await this.upsert(client, b)
      return value
    })
  }

  private async upsert(client: pg.PoolClient, b: StoredBooking): Promise<void> {
    await client.query(
      `INSERT INTO luot_bookings (centre, code, service_id, day, slot_start, state, phone, idempotency_key, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (centre, code) DO UPDATE SET service_id = $3, day = $4, slot_start = $5, state = $6, phone = $7, idempotency_key = $8, body = $9`,
      [this.centre, b.code, b.serviceId, b.date, b.slotStart, b.state, b.phone ?? null, b.idempotencyKey ?? null, JSON.stringify(b)],
    )
  }

  async get(code: string): Promise<StoredBooking | undefined> {
    return (await this.select(this.pool, 'code = $2', [code]))[0]
  }

  forDay(date: string): Promise<StoredBooking[]> {
    return this.select(this.pool, "day = $2", [date])
  }

  holding(serviceId: string, from: string, to: string): Promise<StoredBooking[]> {
    return this.select(this.pool, "service_id = $2 AND day BETWEEN $3 AND $4 AND state <> 'cancelled'", [serviceId, from, to])
  }

  between(from: string, to: string): Promise<StoredBooking[]> {
    return this.select(this.pool, 'day BETWEEN $2 AND $3', [from, to])
  }

  async erasePersonalData(before: string, at: string): Promise<number> {
    return this.transaction(['erase'], async (tx) => {
      const due = await this.select(this.pool, "day < $2 AND (body->>'erasedAt') IS NULL", [before])
      for (const b of due) tx.put(erased(b, at))
      return due.length
    })
  }

  async close(): Promise<void> {
    // the pool belongs to the day store, which closes it
  }
}

/** Rows read in the transaction, with its own puts over them (a put may add or change a row the filter matches). */
function merge(rows: StoredBooking[], puts: Map<string, StoredBooking>, match: (b: StoredBooking) => boolean): StoredBooking[] {
  const out = new Map(rows.map((b) => [b.code, b]))
  for (const [code, b] of puts) {
    if (match(b)) out.set(code, b)
    else out.delete(code)
  }
  return [...out.values()]
}
