import Type from 'typebox'
import { CollectRequest, CollectResult, DossierListQuery, DossierReport, DossierReportQuery, DossierStatusChange, Id, IdempotencyKey, NewApology, Procedure, ProcedureImportResult, ProcedureInput, PublicDossier, ReceiveDossier, ReturnDossier, StaffDossier } from '@luot/shared'
import { collectAtKiosk, dossierCodeOf } from '../dossier/collect.js'
import { receiveAtCounter, returnAtCounter } from '../dossier/counter-visit.js'
import { staffActor } from '../dossier/dossier-service.js'
import { needsRole } from './auth.js'
import { actorOf, needsRoleOrKey } from './api-key-auth.js'
import type { App, RouteDeps } from './context.js'
import { created, fileReplies, rateLimitConfig, replies } from './schemas.js'
import { bookDossiers, dossierReport } from '../dossier/dossier-report.js'
import { dossierBookTable, dossierReportTables } from '../export/dossier-tables.js'
import { toCsv } from '../export/csv.js'
import { toXlsx, XLSX_TYPE } from '../export/xlsx.js'

const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) })
const IdParams = Type.Object({ id: Id })
const TicketParams = Type.Object({ ticketId: Type.String({ minLength: 1, maxLength: 64 }) })
const KeyHeader = Type.Object({ 'idempotency-key': Type.Optional(IdempotencyKey) })
/** A province's procedure list is a few thousand lines at most. */
const CSV_LIMIT = 2 * 1024 * 1024

/**
 * Dossiers, the procedure catalogue, the citizen's tracking and the kiosk's "Nhận kết quả". Every
 * reply is `{ ok: true, data }` or `{ ok: false, error: { code, message, messageEn, details? } }`.
 *
 * | method | path | who | body | reply |
 * | --- | --- | --- | --- | --- |
 * | GET | /api/procedures | clerk | – | Procedure[] (by service, name) |
 * | POST | /api/procedures | admin | ProcedureInput | 201 Procedure (409 CONFLICT: id or code taken; 404 SERVICE_NOT_FOUND) |
 * | PUT | /api/procedures/{id} | admin | ProcedureInput | Procedure (404 PROCEDURE_NOT_FOUND) |
 * | POST | /api/procedures/import | admin | text/csv (see ProcedureImportResult) | ProcedureImportResult (400 PROCEDURE_IMPORT_INVALID, details: the bad lines) |
 * | POST | /api/dossiers | clerk, Idempotency-Key | ReceiveDossier | 201 StaffDossier |
 * | GET | /api/dossiers | clerk | query DossierListQuery | StaffDossier[] |
 * | GET | /api/dossiers/{code} | clerk or API key (scope "dossiers") | – | StaffDossier |
 * | GET | /api/dossiers/for-ticket/{ticketId} | clerk | – | StaffDossier[]: those received at that visit of today, and the one its ticket collects (`dossierCode`) first |
 * | POST | /api/dossiers/{code}/status | clerk or API key (scope "dossiers") | DossierStatusChange | StaffDossier |
 * | POST | /api/dossiers/{code}/apology | clerk | NewApology | StaffDossier |
 * | POST | /api/dossiers/{code}/return | clerk | ReturnDossier | StaffDossier (finishes `ticketId` with the 'return' outcome) |
 * | GET | /api/track/dossier/{code} | public, rate-limited | – | PublicDossier |
 * | POST | /api/kiosk/collect | public, rate-limited | CollectRequest | 201 CollectResult (ready) / 200 CollectResult (not ready) |
 * | GET | /api/stats/dossiers?from&to | manager | – | DossierReport |
 * | GET | /api/stats/dossiers/export.csv?from&to | manager | – | CSV (UTF-8 BOM): by service area, blank line, by procedure, each with the total |
 * | GET | /api/stats/dossiers/export.xlsx?from&to | manager | – | XLSX: two sheets, by service area and by procedure |
 * | GET | /api/stats/dossiers/book.xlsx?from&to | manager | – | XLSX: Sổ theo dõi hồ sơ (Mẫu 06), dossiers received in the period, with names and phones |
 *
 * Codes in paths are read as typed (dashes, spaces, lower case). While `settings.dossiers.enabled`
 * is false, receiving, moving, returning, tracking and collecting answer 409 DOSSIERS_OFF; the
 * catalogue and the lists stay readable and editable.
 */
export async function dossierRoutes(app: App, deps: RouteDeps): Promise<void> {
  const { dossiers } = deps
  // the province's one-stop software reads a dossier and sets its status with its API key
  const staffOrKey = needsRoleOrKey('clerk', 'dossiers', deps.integrations.apiKeys)
  const limit = rateLimitConfig(deps.publicRateLimit)
  const tags = ['dossier']
  const clerk = needsRole('clerk')
  const admin = needsRole('admin')

  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: CSV_LIMIT }, (_req, body, done) => done(null, body))

  app.get('/api/procedures', { ...clerk, schema: { tags, summary: 'The procedure catalogue (thủ tục hành chính), retired ones included', response: replies(Type.Array(Procedure)) } }, async () => ({
    ok: true as const,
    data: await dossiers.procedures(),
  }))

  app.post('/api/procedures', { ...admin, schema: { tags, summary: 'Add a procedure to the catalogue', body: ProcedureInput, response: created(Procedure) } }, async (req, reply) => {
    const data = await dossiers.addProcedure(req.body)
    return reply.status(201).send({ ok: true as const, data })
  })

  app.put('/api/procedures/:id', { ...admin, schema: { tags, summary: 'Change a procedure (dossiers keep the name and time they were received with); active false retires it', params: IdParams, body: ProcedureInput, response: replies(Procedure) } }, async (req) => ({
    ok: true as const,
    data: await dossiers.updateProcedure(req.params.id, req.body),
  }))

  app.post('/api/procedures/import', { ...admin, schema: { tags, summary: 'Import a province procedure list as CSV (code,name,name_en,service_id,amount,unit): every row or none', consumes: ['text/csv'], body: Type.String({ maxLength: CSV_LIMIT }), response: replies(ProcedureImportResult) } }, async (req) => ({
    ok: true as const,
    data: await dossiers.importProcedures(req.body),
  }))

  app.post('/api/dossiers', { ...clerk, schema: { tags, summary: "Receive (or refuse, Mẫu 03) a dossier at the counter, linked to the visit's ticket. Send an Idempotency-Key header.", headers: KeyHeader, body: ReceiveDossier, response: created(StaffDossier) } }, async (req, reply) => {
    const data = await receiveAtCounter(dossiers, req.body, req.user!, req.headers['idempotency-key'])
    return reply.status(201).send({ ok: true as const, data })
  })

  app.get('/api/dossiers', { ...clerk, schema: { tags, summary: "The back-office list: views 'open' (default), 'due-soon', 'overdue', 'all'; filters and search", querystring: DossierListQuery, response: replies(Type.Array(StaffDossier)) } }, async (req) => ({
    ok: true as const,
    data: await dossiers.list(req.query),
  }))

  app.get('/api/dossiers/for-ticket/:ticketId', { ...clerk, schema: { tags, summary: "The dossiers of one of today's tickets: the one it collects, then those received at its visit", params: TicketParams, response: replies(Type.Array(StaffDossier)) } }, async (req) => ({
    ok: true as const,
    data: await dossiers.forTicket(req.params.ticketId),
  }))

  app.get('/api/dossiers/:code', { ...staffOrKey, schema: { tags, summary: 'A dossier with its history, applicant and clock', params: CodeParams, response: replies(StaffDossier) } }, async (req) => ({
    ok: true as const,
    data: await dossiers.get(dossierCodeOf(req.params.code)),
  }))

  app.post('/api/dossiers/:code/status', { ...staffOrKey, schema: { tags, summary: 'Move a dossier to its next status (supplement-requested and refused need a note)', params: CodeParams, body: DossierStatusChange, response: replies(StaffDossier) } }, async (req) => ({
    ok: true as const,
    data: await dossiers.setStatus(dossierCodeOf(req.params.code), req.body, actorOf(req)),
  }))

  app.post('/api/dossiers/:code/apology', { ...clerk, schema: { tags, summary: 'Record the apology (Mẫu 04) and the new date of a late or nearly late dossier', params: CodeParams, body: NewApology, response: replies(StaffDossier) } }, async (req) => ({
    ok: true as const,
    data: await dossiers.apologise(dossierCodeOf(req.params.code), req.body, staffActor(req.user!)),
  }))

  app.post('/api/dossiers/:code/return', { ...clerk, schema: { tags, summary: "Hand over the result; with ticketId the return visit's ticket is finished with the 'return' outcome", params: CodeParams, body: ReturnDossier, response: replies(StaffDossier) } }, async (req) => ({
    ok: true as const,
    data: await returnAtCounter(dossiers, dossierCodeOf(req.params.code), req.body, req.user!),
  }))

  app.get('/api/track/dossier/:code', { config: limit, schema: { tags, summary: "A dossier by its code, as the citizen sees it (no name, phone or staff)", params: CodeParams, response: replies(PublicDossier) } }, async (req) => ({
    ok: true as const,
    data: await dossiers.track(dossierCodeOf(req.params.code)),
  }))

  app.post('/api/kiosk/collect', { config: limit, schema: { tags, summary: "Nhận kết quả: a ticket for the return visit when the result is ready (201), else the status and due date (200). Scanning again returns the same open ticket.", headers: KeyHeader, body: CollectRequest, response: { ...created(CollectResult), 200: replies(CollectResult)[200] } } }, async (req, reply) => {
    const data = await collectAtKiosk({ dossiers, printer: deps.printer }, req.body, { user: req.user })
    return reply.status(data.ready ? 201 : 200).send({ ok: true as const, data })
  })

  const manager = needsRole('manager')
  const download = (name: string) => `attachment; filename="${name}"`
  app.get('/api/stats/dossiers', { ...manager, schema: { tags: ['manager'], summary: 'Dossiers received, resolved early / on time / late, in progress within or past the due date, apologies, supplements, refusals: by service area, procedure and in total', querystring: DossierReportQuery, response: replies(DossierReport) } }, async (req) => ({
    ok: true as const,
    data: await dossierReport(dossiers, req.query),
  }))

  app.get('/api/stats/dossiers/export.csv', { ...manager, schema: { tags: ['manager'], summary: 'The dossier report as CSV with Vietnamese headers (by service area, then by procedure)', querystring: DossierReportQuery, produces: ['text/csv'], response: fileReplies('text/csv') } }, async (req, reply) => {
    const [byService, byProcedure] = dossierReportTables(await dossierReport(dossiers, req.query))
    return reply.type('text/csv; charset=utf-8').header('content-disposition', download(`luot-ho-so-${req.query.from}-${req.query.to}.csv`)).header('cache-control', 'no-store').send(toCsv([...byService!.rows, [], ...byProcedure!.rows]))
  })

  app.get('/api/stats/dossiers/export.xlsx', { ...manager, schema: { tags: ['manager'], summary: 'The dossier report as an Excel workbook with Vietnamese headers', querystring: DossierReportQuery, produces: [XLSX_TYPE], response: fileReplies(XLSX_TYPE) } }, async (req, reply) => {
    const book = toXlsx(dossierReportTables(await dossierReport(dossiers, req.query)))
    return reply.type(XLSX_TYPE).header('content-disposition', download(`luot-ho-so-${req.query.from}-${req.query.to}.xlsx`)).header('cache-control', 'no-store').send(book)
  })

  app.get('/api/stats/dossiers/book.xlsx', { ...manager, schema: { tags: ['manager'], summary: 'Sổ theo dõi hồ sơ (Mẫu 06) of the dossiers received in [from, to], WITH names and phone numbers', querystring: DossierReportQuery, produces: [XLSX_TYPE], response: fileReplies(XLSX_TYPE) } }, async (req, reply) => {
    const book = toXlsx([dossierBookTable(dossiers.config, await bookDossiers(dossiers, req.query), req.query.from, req.query.to)])
    return reply.type(XLSX_TYPE).header('content-disposition', download(`so-theo-doi-ho-so-${req.query.from}-${req.query.to}.xlsx`)).header('cache-control', 'no-store').send(book)
  })
}
