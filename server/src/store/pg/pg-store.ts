import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { Compile } from 'typebox/compile'
import { DayRecord, DayState, LateRating, LuotError } from '@luot/shared'
import type { DayAggregate } from '../../domain/aggregate.js'
import type { Config } from '../../domain/types.js'
import { RECORD_FORMAT, refuseNewer } from '../data-format.js'
import { AppendConflictError, ClosedDayError, CorruptDataError, type Store } from '../port.js'
import { parseConfig } from '../config-file.js'
import { openPool, type PgShared } from './pg-shared.js'
import { rollUpMonth } from './month-rollup.js'
import { inTransaction } from './pg-transaction.js'
import { PgListener } from './pg-listener.js'

const checkRecord = Compile(DayRecord)
const checkDay = Compile(DayState)
const checkLate = Compile(LateRating)
const UNIQUE_VIOLATION = '23505'
const DAY = "to_char(day, 'YYYY-MM-DD')"
/** How long `watch` waits for LISTEN before going on without it (the listener's reconnect catches up). */
const LISTEN_WAIT_MS = 10_000

/** The NOTIFY channel every append announces itself on: `{ c: centre, d: day, s: last seq }`. */
const RECORDS_CHANNEL = 'luot_records'
const CONFIG_CHANNEL = 'luot_config'

export interface PgStoreOptions {
  /** The centre this process serves; every row is keyed by it, so one database holds a province. */
  centre?: string
  /** Connections in this process's pool (default 10); the socket.io adapter uses the same pool. */
  poolSize?: number
}

/**
 * The PostgreSQL backend (`DATABASE_URL`): the day journal as rows keyed (centre, day, seq), shared
 * by every server process of the centre. An append is one transaction; the primary key is the
 * lock between processes (a duplicate seq is an `AppendConflictError`), and the command is
 * acknowledged only after COMMIT. LISTEN/NOTIFY tells the other processes (`watch`).
 */
export class PgStore implements Store {
  private listener_: PgListener | undefined
  /** Tells this process's own notices from the other processes'. */
  private readonly id = randomUUID()

  private constructor(
    readonly pool: pg.Pool,
    readonly centre: string,
    private readonly url: string,
    /** Set when the pool and the LISTEN connection are a province process's, shared by its centres: closing this store leaves them open. */
    private readonly shared?: PgShared,
  ) {}

  /** Connects and applies the schema migrations (once, whichever process starts first). */
  static async open(url: string, opts: PgStoreOptions = {}): Promise<PgStore> {
    return new PgStore(await openPool(url, opts.poolSize ?? 10), opts.centre ?? 'default', url)
  }

  /** One centre of a province process, on the connections it shares with the others. */
  static attach(shared: PgShared, centre: string): PgStore {
    return new PgStore(shared.pool, centre, shared.url, shared)
  }

  private where(table: string, key: string | number | undefined): string {
    return `${table} (centre ${this.centre}${key === undefined ? '' : `, ${key}`})`
  }

  async readConfig(): Promise<Config | null> {
    const { rows } = await this.pool.query<{ body: unknown }>('SELECT body FROM luot_config WHERE centre = $1', [this.centre])
    if (!rows[0]) return null
    // checked against the same schema as config.json; a version-1 row is migrated and written back once
    const { config, migrated } = parseConfig(this.where('luot_config', undefined), rows[0].body)
    if (migrated) await this.writeConfig(config)
    return config
  }

  /**
   * Runs `write` (an INSERT or UPDATE of luot_config: $1 centre, $2 body, $5 onwards its own) and,
   * in the same statement, tells the centre's other processes (`watchConfig`) when it stored a row.
   * Resolves with whether it did.
   */
  private async saveConfig(write: string, config: Config, ...more: unknown[]): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `WITH saved AS (${write} RETURNING centre)
       SELECT pg_notify($3, json_build_object('c', centre, 'p', $4::text)::text) FROM saved`,
      [this.centre, JSON.stringify(config), CONFIG_CHANNEL, this.id, ...more],
    )
    return rowCount === 1
  }

  /** Stores the configuration and tells the centre's other processes, in one transaction. */
  async writeConfig(config: Config): Promise<void> {
    await this.saveConfig('INSERT INTO luot_config (centre, body) VALUES ($1, $2::json) ON CONFLICT (centre) DO UPDATE SET body = excluded.body, updated_at = now()', config)
  }

  /** Stores the configuration if the stored one is still `base` (compared as JSON values), telling the other processes. */
  replaceConfig(base: Config, config: Config): Promise<boolean> {
    return this.saveConfig('UPDATE luot_config SET body = $2::json, updated_at = now() WHERE centre = $1 AND body::jsonb = $5::jsonb', config, JSON.stringify(base))
  }

  /**
   * The first configuration of a centre, when several processes start at once on an empty
   * database: the first write wins and every process returns that one.
   */
  async writeFirstConfig(config: Config): Promise<Config> {
    await this.pool.query('INSERT INTO luot_config (centre, body) VALUES ($1, $2::json) ON CONFLICT (centre) DO NOTHING', [this.centre, JSON.stringify(config)])
    const stored = await this.readConfig()
    return stored && JSON.stringify(stored) === JSON.stringify(config) ? config : stored!
  }

  /** Calls `onChanged` when another process of the centre stored a new configuration. */
  watchConfig(onChanged: () => void): () => void {
    return this.listener().on(
      CONFIG_CHANNEL,
      (payload) => {
        const n = parseNotice(payload)
        if (n?.c === this.centre && n.p !== this.id) onChanged()
      },
      onChanged,
    )
  }

  async latestDay(): Promise<string | null> {
    const { rows } = await this.pool.query<{ d: string | null }>(`SELECT to_char(max(day), 'YYYY-MM-DD') AS d FROM luot_records WHERE centre = $1`, [this.centre])
    return rows[0]?.d ?? null
  }

  async readRecords(date: string, from = 1): Promise<DayRecord[]> {
    const { rows } = await this.pool.query<{ seq: number; body: unknown }>('SELECT seq, body FROM luot_records WHERE centre = $1 AND day = $2 AND seq >= $3 ORDER BY seq', [this.centre, date, from])
    return rows.map((row, i) => {
      const where = this.where('luot_records', `day ${date}`)
      if (row.seq !== from + i) throw new CorruptDataError(where, from + i, 'record missing from the journal')
      refuseNewer(`${where}, seq ${row.seq}`, row.body, 'v', RECORD_FORMAT)
      if (!checkRecord.Check(row.body)) {
        const first = [...checkRecord.Errors(row.body)][0]
        throw new CorruptDataError(where, row.seq, `not a journal record (${first ? `${first.instancePath || '/'} ${first.message}` : 'wrong shape'})`)
      }
      return row.body
    })
  }

  async append(date: string, at: number, records: DayRecord[]): Promise<void> {
    if (!records.length) return
    const client = await this.pool.connect()
    let broken: unknown
    try {
      await client.query('BEGIN')
      const key = [this.centre, date]
      const closed = await client.query(`SELECT 1 FROM luot_records WHERE centre = $1 AND day = $2 AND type = 'day-closed'`, key)
      if (closed.rowCount) throw new ClosedDayError(date)
      if (at > 1) {
        const before = await client.query('SELECT 1 FROM luot_records WHERE centre = $1 AND day = $2 AND seq = $3', [...key, at - 1])
        if (!before.rowCount) throw new Error(`journal of ${date} has no seq ${at - 1}: cannot append at ${at}`)
      }
      const seqs = records.map((_, i) => at + i)
      await client.query(
        'INSERT INTO luot_records (centre, day, seq, type, body) SELECT $1, $2, s, t, b::json FROM unnest($3::int[], $4::text[], $5::text[]) AS r(s, t, b)',
        [...key, seqs, records.map((r) => r.type), records.map((r) => JSON.stringify(r))],
      )
      const keyed = records.flatMap((r, i) => (r.type === 'ticket-issued' && r.idempotencyKey ? [{ key: r.idempotencyKey, ticketId: r.ticketId, seq: at + i }] : []))
      if (keyed.length) {
        await client.query(
          'INSERT INTO luot_idempotency_keys (centre, day, key, ticket_id, seq) SELECT $1, $2, k, t, s FROM unnest($3::text[], $4::text[], $5::int[]) AS r(k, t, s)',
          [...key, keyed.map((k) => k.key), keyed.map((k) => k.ticketId), keyed.map((k) => k.seq)],
        )
      }
      // delivered to the listeners only if and when this transaction commits
      await client.query('SELECT pg_notify($1, $2)', [RECORDS_CHANNEL, JSON.stringify({ c: this.centre, d: date, s: at + records.length - 1 })])
      await client.query('COMMIT')
    } catch (err) {
      await client.query('ROLLBACK').catch((e: unknown) => (broken = e))
      // a duplicate seq (or idempotency key): another process appended first
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new AppendConflictError(date, at)
      throw err
    } finally {
      client.release(broken instanceof Error ? broken : undefined)
    }
  }

  async writeClosedDay(state: DayState, aggregate: DayAggregate): Promise<void> {
    const client = await this.pool.connect()
    let broken: unknown
    try {
      await client.query('BEGIN')
      const args = [this.centre, state.date]
      // a closed day is written once; a second call (a restart after a crash) stores the same content
      await client.query('INSERT INTO luot_closed_days (centre, day, state) VALUES ($1, $2, $3::json) ON CONFLICT DO NOTHING', [...args, JSON.stringify(state)])
      await client.query('INSERT INTO luot_aggregates (centre, day, body) VALUES ($1, $2, $3::json) ON CONFLICT DO NOTHING', [...args, JSON.stringify(aggregate)])
      await rollUpMonth(client, this.centre, state.date)
      await client.query('COMMIT')
    } catch (err) {
      await client.query('ROLLBACK').catch((e: unknown) => (broken = e))
      throw err
    } finally {
      client.release(broken instanceof Error ? broken : undefined)
    }
  }

  async readClosedDay(date: string): Promise<DayState | null> {
    const { rows } = await this.pool.query<{ state: unknown }>('SELECT state FROM luot_closed_days WHERE centre = $1 AND day = $2', [this.centre, date])
    if (!rows[0]) return null
    if (!checkDay.Check(rows[0].state)) throw new CorruptDataError(this.where('luot_closed_days', `day ${date}`), undefined, 'not a day state')
    return rows[0].state
  }

  async readAggregates(from: string, to: string): Promise<DayAggregate[]> {
    const { rows } = await this.pool.query<{ d: string; body: unknown }>(`SELECT ${DAY} AS d, body FROM luot_aggregates WHERE centre = $1 AND day BETWEEN $2 AND $3 ORDER BY day`, [this.centre, from, to])
    return rows.map(({ d, body }) => {
      const b = body as Partial<DayAggregate> | null
      if (!b || b.date !== d || typeof b.total !== 'object' || typeof b.by !== 'object' || !Array.isArray(b.audit)) throw new CorruptDataError(this.where('luot_aggregates', `day ${d}`), undefined, 'not a day aggregate')
      return b as DayAggregate
    })
  }

  /** One row per late rating; a second rating (or amendment) of a ticket by another process is ALREADY_RATED. */
  async appendLateRecord(visitDate: string, record: LateRating): Promise<void> {
    try {
      await this.pool.query('INSERT INTO luot_late_records (centre, day, ticket_id, type, body) VALUES ($1, $2, $3, $4, $5::json)', [this.centre, visitDate, record.ticketId, record.type, JSON.stringify(record)])
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new LuotError('ALREADY_RATED')
      throw err
    }
  }

  async readLateRecords(visitDate: string): Promise<LateRating[]> {
    const { rows } = await this.pool.query<{ seq: string; body: unknown }>('SELECT seq, body FROM luot_late_records WHERE centre = $1 AND day = $2 ORDER BY seq', [this.centre, visitDate])
    return rows.map(({ seq, body }) => {
      if (!checkLate.Check(body)) throw new CorruptDataError(this.where('luot_late_records', `day ${visitDate}, seq ${seq}`), undefined, 'not a late rating')
      return body
    })
  }

  async writeAggregate(aggregate: DayAggregate): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query('INSERT INTO luot_aggregates (centre, day, body) VALUES ($1, $2, $3::json) ON CONFLICT (centre, day) DO UPDATE SET body = EXCLUDED.body', [this.centre, aggregate.date, JSON.stringify(aggregate)])
      await rollUpMonth(client, this.centre, aggregate.date)
    })
  }

  /**
   * The pool as the socket.io PostgreSQL adapter sees it. The adapter keeps one connection checked
   * out for LISTEN and opens a new one when it ends (a PostgreSQL restart); the ended one is handed
   * back here, or every restart would cost the pool a connection for good.
   */
  adapterPool(): pg.Pool {
    const pool = this.pool
    const facade = {
      query: (...args: Parameters<pg.Pool['query']>) => (pool.query as (...a: unknown[]) => unknown)(...args),
      connect: async () => {
        const client = await pool.connect()
        client.once('end', () => {
          try {
            client.release(new Error('connection ended'))
          } catch {
            // already handed back (the adapter closed it itself)
          }
        })
        return client
      },
    }
    return facade as unknown as pg.Pool // the adapter calls only query() and connect()
  }

  /** This process's one LISTEN connection, opened on first use. */
  listener(): PgListener {
    return this.shared?.listener ?? (this.listener_ ??= new PgListener(this.url))
  }

  async watch(onAppended: (date: string, seq: number) => void): Promise<() => void> {
    const onNotice = (payload: string) => {
      const n = parseNotice(payload)
      if (n?.c === this.centre && typeof n.d === 'string' && typeof n.s === 'number') onAppended(n.d, n.s)
    }
    // notices sent while the connection was down are lost: have the caller read from its own last seq
    const onReconnect = () => void this.latestDay().then((d) => d && onAppended(d, 0), () => undefined)
    const stop = this.listener().on(RECORDS_CHANNEL, onNotice, onReconnect)
    await this.listener().listening(LISTEN_WAIT_MS)
    return stop
  }

  private closed = false

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    if (this.shared) return
    await this.listener_?.stop()
    await this.pool.end()
  }
}

/** A notice's JSON payload, or null when it is not JSON (another program may use the channel name). */
export function parseNotice(payload: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(payload)
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : null
  } catch {
    return null
  }
}
