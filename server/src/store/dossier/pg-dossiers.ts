import type pg from 'pg'
import { Compile } from 'typebox/compile'
import { Procedure, StoredDossier } from '@luot/shared'
import { CorruptDataError } from '../port.js'
import { advisoryTransaction } from '../pg/advisory-transaction.js'
import type { DossierFilter, DossierStore, DossierTx } from './port.js'

const checkDossier = Compile(StoredDossier)
const checkProcedure = Compile(Procedure)
const UNFINISHED = "status IN ('received', 'in-progress', 'supplement-requested', 'result-ready')"

/**
 * Dossiers and the procedure catalogue in PostgreSQL (`luot_dossiers`, `luot_procedures`), shared by
 * every process of a centre. A transaction takes a transaction-scoped advisory lock for each of its
 * lock names (sorted, so two never wait on each other in a circle) before it reads. Acknowledged after COMMIT.
 */
export class PgDossiers implements DossierStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly centre: string,
  ) {}

  private dossiers(rows: { code: string; body: unknown }[]): StoredDossier[] {
    return rows.map((r) => {
      if (!checkDossier.Check(r.body)) throw new CorruptDataError(`luot_dossiers (centre ${this.centre}, code ${r.code})`, undefined, `not a dossier: ${[...checkDossier.Errors(r.body)][0]?.instancePath ?? '/'} ${[...checkDossier.Errors(r.body)][0]?.message ?? ''}`)
      return r.body
    })
  }

  private async select(client: pg.Pool | pg.PoolClient, where: string, args: unknown[]): Promise<StoredDossier[]> {
    const { rows } = await client.query<{ code: string; body: unknown }>(`SELECT code, body FROM luot_dossiers WHERE centre = $1 AND ${where} ORDER BY received_at, code`, [this.centre, ...args])
    return this.dossiers(rows)
  }

  private async catalogue(client: pg.Pool | pg.PoolClient): Promise<Procedure[]> {
    const { rows } = await client.query<{ id: string; body: unknown }>('SELECT id, body FROM luot_procedures WHERE centre = $1 ORDER BY id', [this.centre])
    return rows.map((r) => {
      if (!checkProcedure.Check(r.body)) throw new CorruptDataError(`luot_procedures (centre ${this.centre}, id ${r.id})`, undefined, `not a procedure: ${[...checkProcedure.Errors(r.body)][0]?.instancePath ?? '/'} ${[...checkProcedure.Errors(r.body)][0]?.message ?? ''}`)
      return r.body
    })
  }

  transaction<T>(locks: readonly string[], fn: (tx: DossierTx) => Promise<T>): Promise<T> {
    return advisoryTransaction(this.pool, `luot-dossier:${this.centre}`, locks, async (client) => {
      const puts = new Map<string, StoredDossier>()
      const procs = new Map<string, Procedure>()
      const tx: DossierTx = {
        byCode: async (code) => puts.get(code) ?? (await this.select(client, 'code = $2', [code]))[0],
        byIdempotencyKey: async (key) => [...puts.values()].find((d) => d.idempotencyKey === key) ?? (await this.select(client, 'idempotency_key = $2', [key]))[0],
        procedures: async () => [...new Map([...(await this.catalogue(client)).map((p): [string, Procedure] => [p.id, p]), ...procs]).values()],
        put: (d) => void puts.set(d.code, d),
        putProcedure: (p) => void procs.set(p.id, p),
      }
      const value = await fn(tx)
      for (const d of puts.values()) {
        await client.query(
          `INSERT INTO luot_dossiers (centre, code, status, received_at, updated_at, idempotency_key, body) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (centre, code) DO UPDATE SET status = $3, received_at = $4, updated_at = $5, idempotency_key = $6, body = $7`,
          [this.centre, d.code, d.status, d.receivedAt, d.updatedAt, d.idempotencyKey ?? null, JSON.stringify(d)],
        )
      }
      for (const p of procs.values()) await client.query('INSERT INTO luot_procedures (centre, id, body) VALUES ($1, $2, $3) ON CONFLICT (centre, id) DO UPDATE SET body = $3', [this.centre, p.id, JSON.stringify(p)])
      return value
    })
  }

  async get(code: string): Promise<StoredDossier | undefined> {
    return (await this.select(this.pool, 'code = $2', [code]))[0]
  }

  list(f: DossierFilter): Promise<StoredDossier[]> {
    const where = ['TRUE']
    const args: unknown[] = []
    if (f.unfinished) where.push(UNFINISHED)
    if (f.receivedBefore !== undefined) where.push(`received_at <= $${args.push(f.receivedBefore) + 1}`)
    if (f.touchedSince !== undefined) where.push(`(updated_at >= $${args.push(f.touchedSince) + 1} OR ${UNFINISHED})`)
    return this.select(this.pool, where.join(' AND '), args)
  }

  procedures(): Promise<Procedure[]> {
    return this.catalogue(this.pool)
  }

  async close(): Promise<void> {
    // the pool belongs to the day store, which closes it
  }
}
