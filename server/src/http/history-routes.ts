import Type from 'typebox'
import { AuditEntry, DayKey, StatsQuery } from '@luot/shared'
import { toCsv } from '../export/csv.js'
import { auditTable, statsTable } from '../export/report-tables.js'
import { toXlsx } from '../export/xlsx.js'
import type { App, RouteDeps } from './context.js'
import { needsRole } from './auth.js'
import { ErrorReply, replies } from './schemas.js'

const AuditQuery = Type.Object({ from: DayKey, to: DayKey }, { additionalProperties: false })
const fileReplies = (type: string) => ({ 200: { description: `${type} file`, content: { [type]: { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) } } }, '4xx': ErrorReply, '5xx': ErrorReply })
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** "luot-thong-ke-service-2026-11-01-2026-11-30.csv": ASCII, so every browser keeps it as is. */
const fileName = (q: StatsQuery, ext: string) => `luot-thong-ke-${q.groupBy ?? 'service'}-${q.from}-${q.to}.${ext}`

/** The manager's history: report exports (CSV, XLSX) and the audit trail. */
export async function historyRoutes(app: App, deps: RouteDeps): Promise<void> {
  const { service } = deps
  const manager = needsRole('manager')

  app.get('/api/stats/export.csv', { ...manager, schema: { tags: ['manager'], summary: 'The /api/stats report as CSV (UTF-8 with BOM, CRLF) for Excel', querystring: StatsQuery, produces: ['text/csv'], response: fileReplies('text/csv') } }, async (req, reply) => {
    const table = statsTable(service.config, await service.stats(req.query))
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName(req.query, 'csv')}"`)
      .header('cache-control', 'no-store')
      .send(toCsv(table.rows))
  })

  app.get('/api/stats/export.xlsx', { ...manager, schema: { tags: ['manager'], summary: 'The /api/stats report and the audit trail as an Excel workbook', querystring: StatsQuery, produces: [XLSX_TYPE], response: fileReplies(XLSX_TYPE) } }, async (req, reply) => {
    const [stats, audit] = await Promise.all([service.stats(req.query), service.audit(req.query.from, req.query.to)])
    const book = toXlsx([statsTable(service.config, stats), auditTable(service.config, audit)])
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', `attachment; filename="${fileName(req.query, 'xlsx')}"`)
      .header('cache-control', 'no-store')
      .send(book)
  })

  app.get('/api/audit', { ...manager, schema: { tags: ['manager'], summary: 'Out-of-turn calls, skips, transfers and cancellations over a date range', querystring: AuditQuery, response: replies(Type.Array(AuditEntry)) } }, async (req) => ({
    ok: true as const,
    data: await service.audit(req.query.from, req.query.to),
  }))
}
