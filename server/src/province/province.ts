import { LuotError, type CentreCreate, type CentreCreated, type CentreEntry, type ProvinceLive, type ProvinceReport, type ProvinceReportQuery, type ProvinceTemplate } from '@luot/shared'
import type { SessionTokens } from '../auth/session-token.js'
import { randomBytes } from 'node:crypto'
import { generatePassword, hashPassword, verifyPassword } from '../auth/password.js'
import { checkConfig } from '../domain/config-rules.js'
import { newAccountGeneration } from '../store/config-file.js'
import { parseCentreCsv } from '../domain/province/centre-csv.js'
import type { PgShared } from '../store/pg/pg-shared.js'
import type { CentreDirectory } from './centre-directory.js'
import type { CentreHost, OpenCentre } from './centre-host.js'
import { newCentre, type ProvinceInfo } from './new-centre.js'
import type { ProvinceAccount, ProvinceRecords } from './province-records.js'
import { ProvinceAccounts } from './province-accounts.js'
import { provinceReport } from './province-report.js'
import { liveNow } from './province-live.js'
import type { SilentScreens } from './screens-across.js'

export interface ProvinceDeps {
  shared: PgShared
  directory: CentreDirectory
  records: ProvinceRecords
  host: CentreHost
  tokens: SessionTokens
  accounts: ProvinceAccount[]
  info: ProvinceInfo
  clock: () => Date
  secureCookies: boolean
  publicRateLimit: number
}

/**
 * The province's operations behind its routes: centres created from the template (one, or a CSV
 * batch, all or none), archived, restored or deleted when empty; the template; the live view and the
 * report. Every change to the directory reaches every process by NOTIFY; this process also applies
 * it before answering, so the new centre's URLs answer as soon as the reply arrives.
 */
export class Province {
  readonly shared: PgShared
  readonly directory: CentreDirectory
  readonly records: ProvinceRecords
  readonly tokens: SessionTokens
  readonly secureCookies: boolean
  readonly publicRateLimit: number
  /** The province admin's management of the province accounts. */
  readonly accountAdmin: ProvinceAccounts

  constructor(private readonly deps: ProvinceDeps) {
    this.shared = deps.shared
    this.directory = deps.directory
    this.records = deps.records
    this.tokens = deps.tokens
    this.secureCookies = deps.secureCookies
    this.publicRateLimit = deps.publicRateLimit
    this.accountAdmin = new ProvinceAccounts(deps.records, (accounts) => (this.deps.accounts = accounts))
  }

  /** The province's name (LUOT_PROVINCE_NAME). */
  get name(): string {
    return this.deps.info.name
  }

  /** A centre this process serves (its queue, socket.io server, dossiers), if open. */
  centre(slug: string): OpenCentre | undefined {
    return this.deps.host.get(slug)
  }

  /** How many centres this process serves now. */
  openCentres(): number {
    return this.deps.host.centres().length
  }

  accounts(): ProvinceAccount[] {
    return this.deps.accounts
  }

  /** Reads the accounts again (a password changed through any process). */
  async reloadAccounts(): Promise<void> {
    this.deps.accounts = await this.records.readAccounts()
  }

  /** A province account's new password: its sessions everywhere end, this one too (sign in again). */
  async changePassword(account: ProvinceAccount, current: string, password: string): Promise<void> {
    if (!(await verifyPassword(current, account.passwordHash))) throw new LuotError('BAD_CREDENTIALS')
    this.deps.accounts = await this.records.setPassword(account.id, password)
  }

  /** Opens and closes this process's centres as the directory now says. */
  async refresh(): Promise<void> {
    await this.deps.host.sync(await this.directory.list())
  }

  async createCentres(requests: CentreCreate[]): Promise<CentreCreated[]> {
    const template = await this.records.template()
    const now = this.deps.clock()
    const made = await Promise.all(requests.map((r) => newCentre(r, template, this.deps.info, now)))
    await this.directory.create(made)
    await this.refresh()
    return made.map((m) => ({ centre: m.entry, admin: m.admin }))
  }

  importCentres(csv: string): Promise<CentreCreated[]> {
    return this.createCentres(parseCentreCsv(csv))
  }

  async setCentreState(slug: string, state: CentreEntry['state']): Promise<CentreEntry> {
    const entry = await this.directory.setState(slug, state, this.deps.clock().toISOString())
    await this.refresh()
    return entry
  }

  async deleteCentre(slug: string): Promise<void> {
    await this.directory.delete(slug)
    await this.refresh()
  }

  /**
   * A new password for a centre's `admin` (made again, active, if it was deleted or deactivated),
   * returned once: for a centre that lost its only admin password. Its sessions end.
   */
  async resetCentreAdmin(slug: string): Promise<{ username: string; password: string }> {
    const c = this.deps.host.get(slug)
    if (!c) throw new LuotError('CENTRE_NOT_FOUND')
    const password = generatePassword()
    const hash = await hashPassword(password)
    await c.handle.service.updateConfig((config) => {
      const admin = config.users.find((u) => u.username === 'admin')
      if (admin) Object.assign(admin, { role: 'admin', active: true, passwordHash: hash, tokenVersion: admin.tokenVersion + 1 })
      else config.users.push({ id: `admin-${randomBytes(4).toString('hex')}`, username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', counterId: null, active: true, passwordHash: hash, tokenVersion: 0, generation: newAccountGeneration() })
      return { value: undefined, config: checkConfig(config) }
    })
    return { username: 'admin', password }
  }

  async saveTemplate(template: ProvinceTemplate): Promise<ProvinceTemplate> {
    // checked as a new centre would be made from it, so a template no centre can use is refused now
    await newCentre({ slug: 'template-check', name: 'Template' }, template, this.deps.info, this.deps.clock())
    await this.records.saveTemplate(template)
    return template
  }

  async templateFromCentre(slug: string): Promise<ProvinceTemplate> {
    const c = this.deps.host.get(slug)
    if (!c) throw new LuotError('CENTRE_NOT_FOUND')
    const { services, counters, settings } = c.handle.service.config
    return this.saveTemplate(structuredClone({ services, counters, outcomes: settings.outcomes, priorityGroups: settings.priorityGroups, rating: settings.rating }))
  }

  private screens: SilentScreens | undefined

  /** Screens found silent by the other processes too (they report them every few seconds). */
  shareScreens(screens: SilentScreens): void {
    this.screens = screens
  }

  live(): Promise<ProvinceLive> {
    return liveNow(this.deps.host.centres(), this.deps.clock(), this.screens)
  }

  async report(q: ProvinceReportQuery): Promise<ProvinceReport> {
    const archived = (await this.directory.list()).filter((e) => e.state === 'archived')
    return provinceReport(this.shared, this.deps.host.centres(), archived, q)
  }
}
