import type pg from 'pg'
import { NewerDataError } from '../data-format.js'

/**
 * The PostgreSQL schema, as an ordered list of migrations. Each runs once, in its own transaction,
 * and is recorded in `luot_schema_version`; a release only ever appends to this list. Every table is
 * keyed by centre first, so one database serves every centre of a province.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE luot_config (
    centre text PRIMARY KEY,
    body json NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  -- the journal: one row per record, its body kept as written (json, not jsonb); (centre, day, seq) is the order of a day and the lock between processes
  CREATE TABLE luot_records (
    centre text NOT NULL,
    day date NOT NULL,
    seq integer NOT NULL CHECK (seq > 0),
    type text NOT NULL,
    body json NOT NULL,
    appended_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (centre, day, seq)
  );
  -- a day closes once; appending to it afterwards is refused (ClosedDayError)
  CREATE UNIQUE INDEX luot_records_closed ON luot_records (centre, day) WHERE type = 'day-closed';
  -- a kiosk's Idempotency-Key issues one ticket a day, whichever process the retry lands on
  CREATE TABLE luot_idempotency_keys (
    centre text NOT NULL,
    day date NOT NULL,
    key text NOT NULL,
    ticket_id text NOT NULL,
    seq integer NOT NULL,
    PRIMARY KEY (centre, day, key)
  );
  -- what a closed day leaves behind: its final state, and the aggregate statistics read
  CREATE TABLE luot_closed_days (
    centre text NOT NULL,
    day date NOT NULL,
    state json NOT NULL,
    PRIMARY KEY (centre, day)
  );
  CREATE TABLE luot_aggregates (
    centre text NOT NULL,
    day date NOT NULL,
    body json NOT NULL,
    PRIMARY KEY (centre, day)
  );
  -- logged-out sessions until they would have expired
  CREATE TABLE luot_revoked_sessions (
    centre text NOT NULL,
    nonce text NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (centre, nonce)
  );
  -- socket.io's PostgreSQL adapter: broadcasts too large for a NOTIFY (8000 bytes) travel through here
  CREATE TABLE socket_io_attachments (
    id bigserial UNIQUE,
    created_at timestamptz DEFAULT now(),
    payload bytea
  );
  -- the session-signing secret every process of a centre shares
  CREATE TABLE luot_secrets (
    centre text NOT NULL,
    name text NOT NULL,
    value text NOT NULL,
    PRIMARY KEY (centre, name)
  );
  `,
  `
  -- ratings given after their visit day closed (a closed day's records never change); one rating and
  -- one amendment per ticket at most, whichever process takes them
  CREATE TABLE luot_late_records (
    centre text NOT NULL,
    day date NOT NULL,
    seq bigserial,
    ticket_id text NOT NULL,
    type text NOT NULL,
    body json NOT NULL,
    PRIMARY KEY (centre, day, seq),
    UNIQUE (centre, day, ticket_id, type)
  );
  `,
  `
  -- bookings: one row per booking, its whole state in body (checked against the shared schema when read);
  -- the columns index what commands look up; personal data (name, phone) is erased in place after the retention period
  CREATE TABLE luot_bookings (
    centre text NOT NULL,
    code text NOT NULL,
    service_id text NOT NULL,
    day date NOT NULL,
    slot_start text NOT NULL,
    state text NOT NULL,
    phone text,
    idempotency_key text,
    body json NOT NULL,
    PRIMARY KEY (centre, code)
  );
  CREATE INDEX luot_bookings_slot ON luot_bookings (centre, service_id, day, slot_start);
  CREATE INDEX luot_bookings_phone ON luot_bookings (centre, phone) WHERE phone IS NOT NULL;
  CREATE UNIQUE INDEX luot_bookings_key ON luot_bookings (centre, idempotency_key) WHERE idempotency_key IS NOT NULL;
  `,
  `
  -- dossiers: one row per dossier, its whole state in body (checked against the shared schema when read);
  -- the columns index the back-office list and the reports
  CREATE TABLE luot_dossiers (
    centre text NOT NULL,
    code text NOT NULL,
    status text NOT NULL,
    received_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    idempotency_key text,
    body json NOT NULL,
    PRIMARY KEY (centre, code)
  );
  CREATE INDEX luot_dossiers_status ON luot_dossiers (centre, status);
  CREATE INDEX luot_dossiers_updated ON luot_dossiers (centre, updated_at);
  CREATE UNIQUE INDEX luot_dossiers_key ON luot_dossiers (centre, idempotency_key) WHERE idempotency_key IS NOT NULL;
  -- the procedure catalogue (thủ tục hành chính), imported from the province's list
  CREATE TABLE luot_procedures (
    centre text NOT NULL,
    id text NOT NULL,
    body json NOT NULL,
    PRIMARY KEY (centre, id)
  );
  `,
  `
  -- integrations: API keys (only the SHA-256 of each key), webhook endpoints, and the webhook outbox
  -- (one row per event per endpoint; lease_until keeps a delivery with the process attempting it)
  CREATE TABLE luot_api_keys (
    centre text NOT NULL,
    id text NOT NULL,
    hash text NOT NULL,
    body json NOT NULL,
    PRIMARY KEY (centre, id)
  );
  CREATE UNIQUE INDEX luot_api_keys_hash ON luot_api_keys (hash);
  CREATE TABLE luot_webhooks (
    centre text NOT NULL,
    id text NOT NULL,
    body json NOT NULL,
    PRIMARY KEY (centre, id)
  );
  CREATE TABLE luot_outbox (
    centre text NOT NULL,
    id text NOT NULL,
    seq bigserial,
    hook_id text NOT NULL,
    state text NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    lease_until timestamptz,
    body json NOT NULL,
    PRIMARY KEY (centre, id)
  );
  CREATE INDEX luot_outbox_due ON luot_outbox (centre, next_attempt_at) WHERE state = 'pending';
  CREATE INDEX luot_outbox_hook ON luot_outbox (centre, hook_id, seq);
  `,
  // 6: a province on one installation: its centres (slug = the centre key of every other table),
  // the province's own records (accounts, the new-centre template), and each centre's days rolled up
  // by month, so a province report over a year reads a dozen rows a centre; each closed day's dossier figures
  `
  CREATE TABLE luot_centres (
    slug text PRIMARY KEY,
    state text NOT NULL,
    body json NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE luot_province (
    name text PRIMARY KEY,
    body json NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  -- a day's summary beside its aggregate (its total and its calls within target): what a province reads
  ALTER TABLE luot_aggregates ADD COLUMN summary json;
  CREATE TABLE luot_month_aggregates (
    centre text NOT NULL,
    month date NOT NULL,
    days integer NOT NULL,
    body json NOT NULL,
    PRIMARY KEY (centre, month)
  );
  -- and by dekad (the 1st–10th, 11th–20th, 21st–end of a month), so a range's edges read few days
  CREATE TABLE luot_dekad_aggregates (
    centre text NOT NULL,
    start date NOT NULL,
    days integer NOT NULL,
    body json NOT NULL,
    PRIMARY KEY (centre, start)
  );
  -- each closed day's dossier figures of a centre (the report's row for that one day), so the province's
  -- report reads a row a day instead of the dossiers themselves
  CREATE TABLE luot_dossier_days (
    centre text NOT NULL,
    day date NOT NULL,
    body json NOT NULL,
    PRIMARY KEY (centre, day)
  );
  `,
]

/** Any number used by every process of the install, so concurrent starts migrate one at a time. */
const MIGRATION_LOCK = 72_061_123

/**
 * Brings the database to the newest schema, once, at start. Processes starting together wait for
 * each other on an advisory lock. A database newer than this release stops the server.
 */
export async function migrate(pool: pg.Pool): Promise<number> {
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    await client.query('CREATE TABLE IF NOT EXISTS luot_schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())')
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM luot_schema_version')
    const current = rows[0]?.v ?? 0
    if (current > MIGRATIONS.length) throw new NewerDataError('the PostgreSQL database (luot_schema_version)', current, MIGRATIONS.length)
    for (let v = current + 1; v <= MIGRATIONS.length; v++) {
      await client.query('BEGIN')
      try {
        await client.query(MIGRATIONS[v - 1]!)
        await client.query('INSERT INTO luot_schema_version (version) VALUES ($1)', [v])
        await client.query('COMMIT')
      } catch (err) {
        await client.query('ROLLBACK')
        throw err
      }
    }
    return MIGRATIONS.length
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined)
    client.release()
  }
}
