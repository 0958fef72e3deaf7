import { dayKey, LuotError, type DossierActor, type DossierListQuery, type DossiersChanged, type DossierSettings, type DossierStatusChange, type NewApology, type Procedure, type ProcedureImportResult, type ProcedureInput, type PublicDossier, type StaffDossier, type StoredDossier } from '@luot/shared'
import { localInstant } from '../domain/booking/calendar.js'
import { apologise, changeStatus } from '../domain/dossier/commands.js'
import { filterDossiers } from '../domain/dossier/list.js'
import { freeProcedureId, mergeProcedures, parseProcedureCsv } from '../domain/dossier/procedure-csv.js'
import { publicDossier, staffDossier } from '../domain/dossier/rules.js'
import { workCalendar, type WorkCalendar } from '../domain/dossier/working-time.js'
import type { Config, StoredUser } from '../domain/types.js'
import type { QueueService } from '../queue-service.js'
import { CATALOGUE_LOCK, dossierLock, type DossierStore, type DossierTx } from '../store/dossier/port.js'

/** A signed-in staff member as the actor of a dossier step. */
export const staffActor = (user: StoredUser): DossierActor => ({ kind: 'staff', id: user.id, name: user.displayName })

/**
 * Dossiers: the use cases behind `/api/dossiers*`, `/api/procedures*` and `/api/track/dossier/*`
 * (the counter visits are in `counter-visit.ts`, the kiosk's "Nhận kết quả" in `collect.ts`).
 * Reads the configuration and the clock of the queue service, keeps dossiers and the catalogue in
 * its own store, and tells listeners (staff rooms, webhooks) after every change.
 */
export class DossierService {
  private readonly listeners = new Set<(change: DossiersChanged) => void>()

  constructor(
    readonly store: DossierStore,
    readonly queue: QueueService,
  ) {}

  get config(): Config {
    return this.queue.config
  }

  get calendar(): WorkCalendar {
    return workCalendar(this.config)
  }

  now(): Date {
    return this.queue.clock()
  }

  today(): string {
    return dayKey(this.now(), this.config.centre.timeZone)
  }

  /** The dossier settings when dossiers are on; DOSSIERS_OFF otherwise. */
  settings(): DossierSettings {
    const s = this.config.settings.dossiers
    if (!s?.enabled) throw new LuotError('DOSSIERS_OFF')
    return s
  }

  /** Listeners hear every change with the staff view (staff rooms, the lead's webhooks). */
  subscribe(fn: (change: DossiersChanged) => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  /** Tells listeners; returns the staff view for the caller. */
  changed(kind: DossiersChanged['kind'], d: StoredDossier): StaffDossier {
    const dossier = staffDossier(this.config, d, this.now())
    for (const fn of this.listeners) fn({ kind, dossier })
    return dossier
  }

  staffView(d: StoredDossier): StaffDossier {
    return staffDossier(this.config, d, this.now())
  }

  async find(tx: DossierTx, code: string): Promise<StoredDossier> {
    const d = await tx.byCode(code)
    if (!d) throw new LuotError('DOSSIER_NOT_FOUND')
    return d
  }

  async get(code: string): Promise<StaffDossier> {
    const d = await this.store.get(code)
    if (!d) throw new LuotError('DOSSIER_NOT_FOUND')
    return this.staffView(d)
  }

  /** The citizen's view by code (no name, phone or staff names). */
  async track(code: string): Promise<PublicDossier> {
    this.settings()
    const d = await this.store.get(code)
    if (!d) throw new LuotError('DOSSIER_NOT_FOUND')
    return publicDossier(this.config, d, this.now())
  }

  /** The back-office list: a view (open by default), filters, a search. */
  async list(q: DossierListQuery): Promise<StaffDossier[]> {
    const view = q.view ?? 'open'
    const stored = await this.store.list(view === 'all' ? {} : { unfinished: true })
    return filterDossiers(this.calendar, this.config.settings.dossiers?.alertWorkingDays ?? 1, stored, { ...q, view }, this.now()).map((d) => this.staffView(d))
  }

  /** The dossiers a ticket of today stands for: received at its visit, or collected by it (the ticket carries the code). */
  async forTicket(ticketId: string): Promise<StaffDossier[]> {
    const ticket = this.queue.today.tickets.find((t) => t.id === ticketId)
    if (!ticket) throw new LuotError('TICKET_NOT_FOUND')
    const ids = new Set([ticket.id, ...(ticket.transferredFromId ? [ticket.transferredFromId] : [])])
    const since = localInstant(this.queue.today.date, '00:00', this.config.centre.timeZone).toISOString()
    const received = (await this.store.list({ touchedSince: since })).filter((d) => d.visit && d.visit.date === this.queue.today.date && ids.has(d.visit.ticketId))
    const collected = ticket.dossierCode ? await this.store.get(ticket.dossierCode) : undefined
    return [...(collected ? [collected] : []), ...received.filter((d) => d.code !== collected?.code)].map((d) => this.staffView(d))
  }

  /**
   * The next status, by a clerk or an integration: the one door both use (the API-key route calls
   * this with an 'integration' actor). Documents supplied resume the clock; see commands.ts.
   */
  async setStatus(code: string, change: DossierStatusChange, by: DossierActor): Promise<StaffDossier> {
    this.settings()
    const d = await this.store.transaction([dossierLock(code)], async (tx) => {
      const next = changeStatus(this.calendar, await this.find(tx, code), change, { now: this.now(), by })
      tx.put(next)
      return next
    })
    return this.changed('status', d)
  }

  /** Mẫu 04: the apology and the new date, recorded (a report figure; the tracking page shows it). */
  async apologise(code: string, body: NewApology, by: DossierActor): Promise<StaffDossier> {
    const s = this.settings()
    const d = await this.store.transaction([dossierLock(code)], async (tx) => {
      const next = apologise(this.calendar, await this.find(tx, code), body, s.alertWorkingDays, { now: this.now(), by })
      tx.put(next)
      return next
    })
    return this.changed('apology', d)
  }

  /** The catalogue, by service area then name. */
  async procedures(): Promise<Procedure[]> {
    return (await this.store.procedures()).sort((a, b) => a.serviceId.localeCompare(b.serviceId) || a.name.vi.localeCompare(b.name.vi, 'vi'))
  }

  private checkProcedure(list: Procedure[], p: Procedure): void {
    if (!this.config.services.some((s) => s.id === p.serviceId)) throw new LuotError('SERVICE_NOT_FOUND')
    if (p.code !== undefined && list.some((x) => x.id !== p.id && x.code === p.code)) throw new LuotError('CONFLICT', `code ${p.code} is procedure ${list.find((x) => x.code === p.code)?.id}`)
  }

  /** Adds a procedure; its id from the input, else made from its code or name. */
  async addProcedure(input: ProcedureInput): Promise<Procedure> {
    return this.store.transaction([CATALOGUE_LOCK], async (tx) => {
      const list = await tx.procedures()
      if (input.id !== undefined && list.some((p) => p.id === input.id)) throw new LuotError('CONFLICT', `procedure ${input.id} exists`)
      const { id: _id, active, ...rest } = input
      const p: Procedure = { ...rest, id: input.id ?? freeProcedureId(input.code ?? input.name.vi, new Set(list.map((x) => x.id))), active: active ?? true }
      this.checkProcedure(list, p)
      tx.putProcedure(p)
      return p
    })
  }

  /** Replaces a procedure (dossiers keep the name and time they were received with). */
  async updateProcedure(id: string, input: ProcedureInput): Promise<Procedure> {
    return this.store.transaction([CATALOGUE_LOCK], async (tx) => {
      const list = await tx.procedures()
      if (!list.some((p) => p.id === id)) throw new LuotError('PROCEDURE_NOT_FOUND')
      const { id: _id, active, ...rest } = input
      const p: Procedure = { ...rest, id, active: active ?? true }
      this.checkProcedure(list, p)
      tx.putProcedure(p)
      return p
    })
  }

  /** A province's list as CSV: every row or none (PROCEDURE_IMPORT_INVALID with the bad lines). */
  async importProcedures(csv: string): Promise<ProcedureImportResult> {
    const rows = parseProcedureCsv(csv, this.config.services)
    return this.store.transaction([CATALOGUE_LOCK], async (tx) => {
      const { puts, result } = mergeProcedures(await tx.procedures(), rows)
      for (const p of puts) tx.putProcedure(p)
      return result
    })
  }
}
