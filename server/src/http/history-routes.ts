import Type from 'typebox'
import { AuditEntry, DayKey, RatingNote, StatsQuery } from '@luot/shared'
import { toCsv } from '../export/csv.js'
import { auditTable, notesTable, statsTable } from '../export/report-tables.js'
import { toXlsx, XLSX_TYPE } from '../export/xlsx.js'
import { bookingTable } from '../export/booking-table.js'
import type { App, RouteDeps } from './context.js'
import { needsRole } from './auth.js'
import { fileReplies, replies } from './schemas.js'

const AuditQuery = Type.Object({ from: DayKey, to: DayKey }, { additionalProperties: false })

/** "luot-thong-ke-service-2026-11-01-2026-11-30.csv": ASCII, so every browser keeps it as is. */
const fileName = (q: StatsQuery, ext: string) => `luot-thong-ke-${q.groupBy ?? 'service'}-${q.from}-${q.to}.${ext}`

/** The manager's history: report exports (CSV, XLSX) and the audit trail. */
export async function historyRoutes(app: App, deps: RouteDeps): Promise<void> {
  const { service, bookings } = deps
  const manager = needsRole('manager')
  const bookingReport = (q: StatsQuery) => bookings.report({ from: q.from, to: q.to })

  app.get('/api/stats/export.csv', { ...manager, schema: { tags: ['manager'], summary: 'The /api/stats report, then the low ratings and comments and the booking figures, as CSV (UTF-8 with BOM, CRLF) for Excel', querystring: StatsQuery, produces: ['text/csv'], response: fileReplies('text/csv') } }, async (req, reply) => {
    const [stats, notes, booked] = await Promise.all([service.reports.stats(req.query), service.reports.ratingNotes(req.query.from, req.query.to), bookingReport(req.query)])
    // the figures, then a blank line and each further section: one file opens as one sheet
    const rows = [...statsTable(service.config, stats).rows, [], ['Góp ý và đánh giá chưa hài lòng'], ...notesTable(service.config, notes).rows, [], ['Đặt lịch hẹn'], ...bookingTable(booked).rows]
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName(req.query, 'csv')}"`)
      .header('cache-control', 'no-store')
      .send(toCsv(rows))
  })

  app.get('/api/stats/export.xlsx', { ...manager, schema: { tags: ['manager'], summary: 'The /api/stats report, the low ratings and comments, the audit trail and the booking figures as an Excel workbook', querystring: StatsQuery, produces: [XLSX_TYPE], response: fileReplies(XLSX_TYPE) } }, async (req, reply) => {
    const [stats, audit, notes, booked] = await Promise.all([service.reports.stats(req.query), service.reports.audit(req.query.from, req.query.to), service.reports.ratingNotes(req.query.from, req.query.to), bookingReport(req.query)])
    const book = toXlsx([statsTable(service.config, stats), notesTable(service.config, notes), auditTable(service.config, audit), bookingTable(booked)])
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', `attachment; filename="${fileName(req.query, 'xlsx')}"`)
      .header('cache-control', 'no-store')
      .send(book)
  })

  app.get('/api/ratings/notes', { ...manager, schema: { tags: ['manager'], summary: 'Low ratings and ratings with a comment over a date range, newest first', querystring: AuditQuery, response: replies(Type.Array(RatingNote)) } }, async (req) => ({
    ok: true as const,
    data: await service.reports.ratingNotes(req.query.from, req.query.to),
  }))

  app.get('/api/audit', { ...manager, schema: { tags: ['manager'], summary: 'Out-of-turn calls, skips, transfers and cancellations over a date range', querystring: AuditQuery, response: replies(Type.Array(AuditEntry)) } }, async (req) => ({
    ok: true as const,
    data: await service.reports.audit(req.query.from, req.query.to),
  }))
}
