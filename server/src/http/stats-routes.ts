import Type from 'typebox'
import { Alert, BookingReport, BookingReportQuery, StatsQuery, StatsResult } from '@luot/shared'
import type { App, RouteDeps } from './context.js'
import { needsRole } from './auth.js'
import { replies } from './schemas.js'

export async function statsRoutes(app: App, deps: RouteDeps): Promise<void> {
  app.get('/api/stats', { ...needsRole('manager'), schema: { tags: ['manager'], summary: 'Issued, served, no-show, wait and service times, ratings over a date range', querystring: StatsQuery, response: replies(StatsResult) } }, async (req) => ({
    ok: true as const,
    data: await deps.service.reports.stats(req.query),
  }))

  app.get('/api/stats/bookings', { ...needsRole('manager'), schema: { tags: ['manager'], summary: 'Bookings made, cancelled, checked in and no-show; the share of booked citizens called within N minutes of their slot; booked against walk-in waits', querystring: BookingReportQuery, response: replies(BookingReport) } }, async (req) => ({
    ok: true as const,
    data: await deps.bookings.report(req.query),
  }))

  app.get('/api/alerts', { ...needsRole('manager'), schema: { tags: ['manager'], summary: 'The latest warnings: printers down, tickets past their target wait', response: replies(Type.Array(Alert)) } }, async () => ({
    ok: true as const,
    data: deps.recentAlerts(),
  }))
}
