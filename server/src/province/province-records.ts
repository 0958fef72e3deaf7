import { Compile } from 'typebox/compile'
import Type, { type Static } from 'typebox'
import { LuotError, ProvinceRole, ProvinceTemplate, Username } from '@luot/shared'
import type { PgShared } from '../store/pg/pg-shared.js'
import { inTransaction } from '../store/pg/pg-transaction.js'
import { CorruptDataError } from '../store/port.js'
import { generatePassword, hashPassword } from '../auth/password.js'
import { newAccountGeneration } from '../store/config-file.js'
import { DEMO_COUNTERS, DEMO_SERVICES } from '../setup/demo-services.js'
import { DEMO_SETTINGS } from '../setup/demo-settings.js'

/** A province account: like a centre's, but with a province role and no centre. */
export const ProvinceAccount = Type.Object({
  id: Type.String(),
  username: Username,
  displayName: Type.String(),
  role: ProvinceRole,
  /** Absent in accounts stored before accounts could be deactivated: active. */
  active: Type.Optional(Type.Boolean()),
  passwordHash: Type.String(),
  tokenVersion: Type.Integer(),
  generation: Type.String(),
})
export type ProvinceAccount = Static<typeof ProvinceAccount>

const checkAccounts = Compile(Type.Array(ProvinceAccount))

/** Whether an account may sign in (accounts stored before deactivation existed are active). */
export const isActive = (a: ProvinceAccount): boolean => a.active !== false

const ACCOUNTS_CHANNEL = 'luot_province'
const checkTemplate = Compile(ProvinceTemplate)

/** The template a province starts with: the demo commune centre's service areas, counters, outcomes, priority groups and rating scale. */
export const DEFAULT_TEMPLATE: ProvinceTemplate = {
  services: DEMO_SERVICES,
  counters: DEMO_COUNTERS,
  outcomes: DEMO_SETTINGS.outcomes,
  priorityGroups: DEMO_SETTINGS.priorityGroups,
  rating: DEMO_SETTINGS.rating,
}

/** The province's own rows (`luot_province`): its accounts and the new-centre template. Checked against their schemas when read. */
export class ProvinceRecords {
  constructor(private readonly shared: PgShared) {}

  private async read<T>(name: string, check: { Check(v: unknown): v is T }): Promise<T | null> {
    const { rows } = await this.shared.pool.query<{ body: unknown }>('SELECT body FROM luot_province WHERE name = $1', [name])
    if (!rows[0]) return null
    if (!check.Check(rows[0].body)) throw new CorruptDataError(`luot_province (${name})`, undefined, `not the province's ${name}`)
    return rows[0].body
  }

  /** Writes a row only if there is none yet (several processes starting at once): the first one's is everyone's. */
  private async writeFirst(name: string, body: unknown): Promise<boolean> {
    const { rowCount } = await this.shared.pool.query('INSERT INTO luot_province (name, body) VALUES ($1, $2::json) ON CONFLICT DO NOTHING', [name, JSON.stringify(body)])
    return rowCount === 1
  }

  /** The accounts as stored now (another process may have changed a password). */
  async readAccounts(): Promise<ProvinceAccount[]> {
    return (await this.read('accounts', checkAccounts)) ?? []
  }

  /**
   * Changes the accounts with `fn` (which may throw to change nothing), in one transaction against a
   * concurrent change; refuses a result with a username twice or no active province admin
   * (CONFLICT); tells every process (NOTIFY luot_province). Returns the accounts and `fn`'s value.
   */
  async updateAccounts<T>(fn: (accounts: ProvinceAccount[]) => T): Promise<{ accounts: ProvinceAccount[]; value: T }> {
    return inTransaction(this.shared.pool, async (client) => {
      const { rows } = await client.query<{ body: unknown }>("SELECT body FROM luot_province WHERE name = 'accounts' FOR UPDATE")
      if (!checkAccounts.Check(rows[0]?.body)) throw new CorruptDataError('luot_province (accounts)', undefined, "not the province's accounts")
      const accounts = structuredClone(rows[0].body)
      const value = fn(accounts)
      if (new Set(accounts.map((a) => a.username)).size !== accounts.length) throw new LuotError('CONFLICT', 'that username is taken')
      if (!accounts.some((a) => a.role === 'province-admin' && isActive(a))) throw new LuotError('CONFLICT', 'at least one active province admin must remain')
      await client.query("UPDATE luot_province SET body = $1::json, updated_at = now() WHERE name = 'accounts'", [JSON.stringify(accounts)])
      await client.query('SELECT pg_notify($1, $2)', [ACCOUNTS_CHANNEL, 'accounts'])
      return { accounts, value }
    })
  }

  /** Sets an account's password and bumps its token version (its sessions end). */
  async setPassword(id: string, password: string): Promise<ProvinceAccount[]> {
    const hash = await hashPassword(password)
    const { accounts } = await this.updateAccounts((all) => {
      const a = all.find((x) => x.id === id)
      if (!a) throw new LuotError('USER_NOT_FOUND')
      a.passwordHash = hash
      a.tokenVersion++
    })
    return accounts
  }

  /** Calls `fn` when any process changed the accounts (and after the LISTEN connection came back). */
  watchAccounts(fn: () => void): () => void {
    return this.shared.listener.on(ACCOUNTS_CHANNEL, () => fn(), fn)
  }

  async template(): Promise<ProvinceTemplate> {
    return (await this.read('template', checkTemplate)) ?? DEFAULT_TEMPLATE
  }

  async saveTemplate(template: ProvinceTemplate): Promise<void> {
    await this.shared.pool.query('INSERT INTO luot_province (name, body) VALUES ($1, $2::json) ON CONFLICT (name) DO UPDATE SET body = EXCLUDED.body, updated_at = now()', ['template', JSON.stringify(template)])
  }

  /**
   * The province accounts; at the first start of a province, `province-admin` and `province-manager`
   * with the given passwords or generated ones (returned once, for the operator; stored only as hashes).
   */
  async accounts(given: { admin?: string | undefined; manager?: string | undefined }): Promise<{ accounts: ProvinceAccount[]; generated: { username: string; password: string }[] }> {
    const existing = await this.read('accounts', checkAccounts)
    if (existing) return { accounts: existing, generated: [] }
    const generated: { username: string; password: string }[] = []
    const make = async (username: string, displayName: string, role: ProvinceRole, password: string | undefined): Promise<ProvinceAccount> => {
      const pw = password || generatePassword()
      if (!password) generated.push({ username, password: pw })
      return { id: username, username, displayName, role, passwordHash: await hashPassword(pw), tokenVersion: 0, generation: newAccountGeneration() }
    }
    const accounts = [await make('province-admin', 'Quản trị hệ thống cấp tỉnh', 'province-admin', given.admin), await make('province-manager', 'Lãnh đạo, theo dõi cấp tỉnh', 'province-manager', given.manager)]
    if (await this.writeFirst('accounts', accounts)) return { accounts, generated }
    return { accounts: (await this.read('accounts', checkAccounts))!, generated: [] }
  }
}
