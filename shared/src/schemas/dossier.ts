import Type, { type Static } from 'typebox'
import { DayKey, Id, IsoTime, Lang, LocalizedName, Reason } from './common.js'

/**
 * Dossiers (hồ sơ thủ tục hành chính), from the visit where one is received to the visit where its
 * result is returned: the contract between the server, the console (receipt, back-office list,
 * slips), the kiosk ("Nhận kết quả"), the public tracking page `/d/{code}`, integrations (API keys,
 * webhooks) and the province report.
 *
 * The due-date rule (server/src/domain/dossier/due-date.ts, table-tested):
 * - Working days are Monday to Friday, minus the holidays of `settings.booking.calendar`, plus its
 *   make-up working days. A working day has two halves, morning and afternoon, split at
 *   `settings.dossiers.middayAt` ("12:00"); each half runs within the centre's weekday opening hours
 *   (Monday's on a make-up day).
 * - Half-day rule: counting starts with the half-day after the one the dossier is received in. One
 *   received in the morning counts from that afternoon; one received in the afternoon, from the next
 *   working morning; one received after the afternoon session ends, before the morning one opens, or
 *   on a day that is not a working day counts as received in the next working morning (so it counts
 *   from that afternoon).
 * - A time in working days (N) is 2N half-days; the due date is the day of the last one, and the
 *   result is due by the end of that half ("sáng"/"chiều", `dueHalf`). A time in working hours (H)
 *   counts H hours of opening time from the start of the counting half-day.
 * - Requesting additional documents (Mẫu 02) pauses the clock (NĐ 61/2018: the time to complete a
 *   dossier is not counted): at the request the half-days still owed are kept; when the documents
 *   come back (status back to 'in-progress') the due date is counted again from that moment with
 *   the same half-day rule and the half-days owed.
 * - Returned on a day before the due date: early (trước hạn); on the due date: on time (đúng hạn);
 *   after it: late (quá hạn). Always against the due date after pauses, never the apology's new date.
 * - Overdue: not yet 'result-ready' (or returned/refused/withdrawn) after the end of the due half-day.
 *   Due soon: due within `alertWorkingDays` working days.
 */

/** 15 characters of Crockford base32 (75 random bits), shown as XXXXX-XXXXX-XXXXX, like a booking code. */
export const DossierCode = Type.String({ pattern: '^[0-9A-HJKMNP-TV-Z]{15}$' })
export type DossierCode = Static<typeof DossierCode>

export const DossierStatus = Type.Union([
  Type.Literal('received'),
  Type.Literal('in-progress'),
  /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02): the clock is paused. */
  Type.Literal('supplement-requested'),
  Type.Literal('result-ready'),
  Type.Literal('returned'),
  /** Phiếu từ chối tiếp nhận (Mẫu 03) at the counter, or refused while being processed. */
  Type.Literal('refused'),
  /** The citizen withdrew the dossier (rút hồ sơ). */
  Type.Literal('withdrawn'),
])
export type DossierStatus = Static<typeof DossierStatus>

/** Legal processing time of a procedure. */
export const ProcessingTime = Type.Object(
  { amount: Type.Number({ exclusiveMinimum: 0, maximum: 1000, multipleOf: 0.5 }), unit: Type.Union([Type.Literal('working-days'), Type.Literal('working-hours')]) },
  { additionalProperties: false },
)
export type ProcessingTime = Static<typeof ProcessingTime>

export const DossierSettings = Type.Object(
  {
    enabled: Type.Boolean(),
    /** Where "Nhận kết quả" tickets go; absent: the procedure's own service. */
    returnServiceId: Type.Optional(Id),
    /** Morning and afternoon split at this local time. */
    middayAt: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }),
    /** "Due soon": due within this many working days (the dashboard alert). */
    alertWorkingDays: Type.Integer({ minimum: 0, maximum: 10 }),
    /** The issuing body printed at the top left of the slips, e.g. "UBND PHƯỜNG HẢI CHÂU" / "BỘ PHẬN MỘT CỬA". */
    issuerLines: Type.Array(Type.String({ minLength: 1, maxLength: 120 }), { minItems: 1, maxItems: 3 }),
    /** Place printed before the date on slips: "Hải Châu, ngày … tháng … năm …". */
    place: Type.String({ minLength: 1, maxLength: 80 }),
  },
  { additionalProperties: false },
)
export type DossierSettings = Static<typeof DossierSettings>

/** Who changed a dossier: a signed-in staff member or an integration's API key. */
export const DossierActor = Type.Object(
  { kind: Type.Union([Type.Literal('staff'), Type.Literal('integration')]), id: Type.String({ maxLength: 64 }), name: Type.String({ maxLength: 100 }) },
  { additionalProperties: false },
)
export type DossierActor = Static<typeof DossierActor>

/** One step of a dossier's life, as stored (append-only) and shown to staff. */
export const DossierStep = Type.Object(
  {
    at: IsoTime,
    status: DossierStatus,
    by: DossierActor,
    note: Type.Optional(Reason),
    /** Set when this step changed the due date (resumption after a supplement). */
    dueDate: Type.Optional(DayKey),
  },
  { additionalProperties: false },
)
export type DossierStep = Static<typeof DossierStep>

/** A late result's apology (Mẫu 04): the reason and the new date promised. */
export const Apology = Type.Object({ at: IsoTime, reason: Reason, newDate: DayKey, by: DossierActor }, { additionalProperties: false })
export type Apology = Static<typeof Apology>

export const Timeliness = Type.Union([Type.Literal('early'), Type.Literal('on-time'), Type.Literal('late')])
export type Timeliness = Static<typeof Timeliness>

/** The receiving visit's ticket (the return visit's is `returnTicket`). */
export const DossierVisit = Type.Object({ date: DayKey, ticketId: Type.String({ maxLength: 64 }), number: Type.String({ maxLength: 16 }), counterId: Type.Optional(Id) }, { additionalProperties: false })
export type DossierVisit = Static<typeof DossierVisit>

/**
 * A dossier as the server keeps it (`dossiers/dossiers.jsonl` lines, or `luot_dossiers` rows).
 * Applicant name and phone are personal data: staff views only, never the public view, boards or webhooks.
 */
export const StoredDossier = Type.Object(
  {
    code: DossierCode,
    procedureId: Id,
    /** The procedure's name and time when received (the catalogue may change later). */
    procedureName: LocalizedName,
    processing: ProcessingTime,
    serviceId: Id,
    externalCode: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    copies: Type.Optional(Type.Integer({ minimum: 1, maximum: 99 })),
    documents: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 30 }),
    applicantName: Type.Optional(Type.String({ maxLength: 100 })),
    applicantPhone: Type.Optional(Type.String({ maxLength: 20 })),
    lang: Lang,
    status: DossierStatus,
    receivedAt: IsoTime,
    receivedBy: DossierActor,
    visit: Type.Optional(DossierVisit),
    dueAt: IsoTime,
    dueDate: DayKey,
    dueHalf: Type.Union([Type.Literal('morning'), Type.Literal('afternoon')]),
    /** Half-days (or working minutes, for hour-based times) still owed while paused. */
    pausedOwed: Type.Optional(Type.Number()),
    apologies: Type.Array(Apology),
    refusalReason: Type.Optional(Reason),
    supplementNote: Type.Optional(Reason),
    resultReadyAt: Type.Optional(IsoTime),
    returnedAt: Type.Optional(IsoTime),
    timeliness: Type.Optional(Timeliness),
    returnTicket: Type.Optional(DossierVisit),
    history: Type.Array(DossierStep),
    updatedAt: IsoTime,
    idempotencyKey: Type.Optional(Type.String({ maxLength: 64 })),
    /**
     * When managers were alerted that it is due soon / overdue (once each, whichever process
     * checked first); cleared when the due date moves (documents supplied). Added by the server helper.
     */
    alerted: Type.Optional(Type.Object({ dueSoon: Type.Optional(IsoTime), overdue: Type.Optional(IsoTime) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
)
export type StoredDossier = Static<typeof StoredDossier>

/** What staff see: the stored dossier plus what the clock says. */
export const StaffDossier = Type.Intersect([StoredDossier, Type.Object({ overdue: Type.Boolean(), dueSoon: Type.Boolean() })])
export type StaffDossier = Static<typeof StaffDossier>

/** GET /api/track/dossier/{code} (public, rate-limited) and the page /d/{code}: no name, no phone, no staff names. */
export const PublicDossier = Type.Object(
  {
    code: DossierCode,
    procedureName: LocalizedName,
    serviceName: LocalizedName,
    status: DossierStatus,
    receivedAt: IsoTime,
    dueDate: DayKey,
    dueHalf: Type.Union([Type.Literal('morning'), Type.Literal('afternoon')]),
    overdue: Type.Boolean(),
    /** Latest apology's new date and reason, when one was sent. */
    apology: Type.Optional(Type.Object({ reason: Reason, newDate: DayKey })),
    supplementNote: Type.Optional(Reason),
    refusalReason: Type.Optional(Reason),
    resultReadyAt: Type.Optional(IsoTime),
    returnedAt: Type.Optional(IsoTime),
    /** Where to collect the result when ready: the centre's name and the return service's name. */
    collectAt: Type.Optional(Type.Object({ centre: LocalizedName, service: LocalizedName })),
  },
  { additionalProperties: false },
)
export type PublicDossier = Static<typeof PublicDossier>

/**
 * POST /api/dossiers (clerk, header Idempotency-Key): the visit's dossier, received or refused at the
 * counter. `ticketId` is a ticket of today being served at (or just finished by) the clerk's counter.
 * 201 StaffDossier. The console then finishes the visit with the outcome `settings.dossiers`' receive outcome.
 */
export const ReceiveDossier = Type.Object(
  {
    ticketId: Type.String({ minLength: 1, maxLength: 64 }),
    procedureId: Id,
    externalCode: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    copies: Type.Optional(Type.Integer({ minimum: 1, maximum: 99 })),
    documents: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 30 })),
    applicantName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    applicantPhone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 .-]{8,16}$' })),
    lang: Lang,
    /** 'refused': Phiếu từ chối tiếp nhận (Mẫu 03), with `reason`. */
    decision: Type.Union([Type.Literal('received'), Type.Literal('refused')]),
    reason: Type.Optional(Reason),
  },
  { additionalProperties: false },
)
export type ReceiveDossier = Static<typeof ReceiveDossier>

/**
 * POST /api/dossiers/{code}/status (clerk session, or `Authorization: Bearer <API key>` of an
 * integration with the 'dossiers' scope): the next status. Allowed moves:
 * received → in-progress | supplement-requested | result-ready | refused | withdrawn;
 * in-progress → supplement-requested | result-ready | refused | withdrawn;
 * supplement-requested → in-progress (documents supplied: the clock resumes) | refused | withdrawn;
 * result-ready → (returned only through the return visit or POST …/return).
 * Anything else → 409 DOSSIER_TRANSITION_INVALID. 'supplement-requested' and 'refused' need `note`.
 */
export const DossierStatusChange = Type.Object(
  {
    status: Type.Union([Type.Literal('in-progress'), Type.Literal('supplement-requested'), Type.Literal('result-ready'), Type.Literal('refused'), Type.Literal('withdrawn')]),
    note: Type.Optional(Reason),
  },
  { additionalProperties: false },
)
export type DossierStatusChange = Static<typeof DossierStatusChange>

/** POST /api/dossiers/{code}/apology (clerk): Mẫu 04. Only for an overdue dossier, or one that will be (409 DOSSIER_NOT_LATE otherwise); `newDate` after today. */
export const NewApology = Type.Object({ reason: Reason, newDate: DayKey }, { additionalProperties: false })
export type NewApology = Static<typeof NewApology>

/** POST /api/dossiers/{code}/return (clerk): the result handed over; `ticketId` the return visit's ticket being served (finished by this call with the return outcome), or absent at a counter without one. */
export const ReturnDossier = Type.Object({ ticketId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) }, { additionalProperties: false })
export type ReturnDossier = Static<typeof ReturnDossier>

/**
 * POST /api/kiosk/collect (public, rate-limited, header Idempotency-Key): "Nhận kết quả / Collect a
 * result". The code as typed or scanned (dashes, spaces, lower case accepted). Unknown code → 404
 * DOSSIER_NOT_FOUND. Result ready → 201 `{ ready: true, dossier, ticket }`: a ticket of the return
 * service carrying `dossierCode`, printed like a kiosk ticket when the kiosk has a printer. Not ready
 * → 200 `{ ready: false, dossier }` and no ticket (the kiosk shows the status and due date).
 */
export const CollectRequest = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 40 }), kioskId: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' })), lang: Lang },
  { additionalProperties: false },
)
export type CollectRequest = Static<typeof CollectRequest>

/** GET /api/dossiers (clerk): the back-office list. `view` 'due-soon' | 'overdue' | 'open' (not finished) | 'all'. */
export const DossierListQuery = Type.Object(
  {
    view: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('due-soon'), Type.Literal('overdue'), Type.Literal('all')])),
    status: Type.Optional(DossierStatus),
    serviceId: Type.Optional(Id),
    procedureId: Type.Optional(Id),
    /** Received on or after / on or before; due on or before. */
    from: Type.Optional(DayKey),
    to: Type.Optional(DayKey),
    dueBy: Type.Optional(DayKey),
    q: Type.Optional(Type.String({ maxLength: 60 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  { additionalProperties: false },
)
export type DossierListQuery = Static<typeof DossierListQuery>

/** `dossiers:changed` (staff rooms) and the webhook's dossier payload. */
export const DossiersChanged = Type.Object({ kind: Type.Union([Type.Literal('received'), Type.Literal('status'), Type.Literal('apology'), Type.Literal('returned')]), dossier: StaffDossier })
export type DossiersChanged = Static<typeof DossiersChanged>

/**
 * POST /api/dossiers/{code}/slip (clerk): Mẫu 01 printed on the ESC/POS printer of the clerk's
 * counter (a printer whose `counterIds` list it): 'printed', 'failed' (off, no paper: print the A5
 * slip from the browser instead) or 'no-printer'. Added by the server helper.
 */
export const SlipPrinted = Type.Object({ print: Type.Union([Type.Literal('printed'), Type.Literal('failed'), Type.Literal('no-printer')]) }, { additionalProperties: false })
export type SlipPrinted = Static<typeof SlipPrinted>
