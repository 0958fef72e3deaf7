import type { Procedure, StoredDossier } from '@luot/shared'

/** What a dossier or catalogue command reads and writes inside one transaction. */
export interface DossierTx {
  byCode(code: string): Promise<StoredDossier | undefined>
  byIdempotencyKey(key: string): Promise<StoredDossier | undefined>
  /** The whole catalogue, retired procedures included, with this transaction's puts over it. */
  procedures(): Promise<Procedure[]>
  /** Stores a new or changed dossier when the transaction commits. */
  put(dossier: StoredDossier): void
  /** Stores a new or changed procedure when the transaction commits. */
  putProcedure(procedure: Procedure): void
}

/** Which dossiers a list or report reads; every field narrows, none means all. */
export interface DossierFilter {
  /** Still being worked on or waiting to be collected (received, in-progress, supplement-requested, result-ready). */
  unfinished?: boolean
  /** Received on or before this instant. */
  receivedBefore?: string
  /** Changed on or after this instant, or unfinished (what a report of a period needs). */
  touchedSince?: string
}

/**
 * The dossiers port: the embedded file (`dossier-file.ts`, the default; in memory for tests with an
 * injected day store) and PostgreSQL (`pg-dossiers.ts`). Dossiers and the procedure catalogue live
 * apart from the day journals: a dossier lives for weeks, across many days, and the catalogue is
 * imported in bulk, which the configuration file is not made for.
 *
 * What every backend guarantees (`test/integration/dossier/dossier-store.test.ts` checks both):
 * - `transaction` runs `fn` so that no other transaction taking one of the same `locks` runs
 *   between its reads and its commit;
 * - its puts are stored all or none, and durably (fsync / COMMIT) before it resolves;
 * - what is read back is what was written, checked against the shared schemas.
 */
export interface DossierStore {
  transaction<T>(locks: readonly string[], fn: (tx: DossierTx) => Promise<T>): Promise<T>
  get(code: string): Promise<StoredDossier | undefined>
  list(filter: DossierFilter): Promise<StoredDossier[]>
  procedures(): Promise<Procedure[]>
  close(): Promise<void>
}

/** A lock name for a dossier code: commands on one dossier never interleave. */
export const dossierLock = (code: string): string => `dossier:${code}`
/** A lock name for an Idempotency-Key (a retried POST never makes two dossiers). */
export const dossierKeyLock = (key: string): string => `key:${key}`
/** The catalogue's lock: imports and edits run one at a time. */
export const CATALOGUE_LOCK = 'catalogue'

const UNFINISHED = new Set(['received', 'in-progress', 'supplement-requested', 'result-ready'])
/** Not returned, refused or withdrawn. */
export const isUnfinished = (d: StoredDossier): boolean => UNFINISHED.has(d.status)

/** The filter as a predicate, for backends that filter in memory (and to check the others). */
export function matches(d: StoredDossier, f: DossierFilter): boolean {
  if (f.unfinished && !isUnfinished(d)) return false
  if (f.receivedBefore !== undefined && d.receivedAt > f.receivedBefore) return false
  if (f.touchedSince !== undefined && d.updatedAt < f.touchedSince && !isUnfinished(d)) return false
  return true
}
