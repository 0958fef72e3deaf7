import { SystemHealth } from '@luot/shared'
import type { HealthMonitor } from '../health/system-health.js'
import { needsRole } from './auth.js'
import type { App } from './context.js'
import { replies } from './schemas.js'

/** GET /api/admin/health: disk, backup, printers, screens and clocks, for managers and admins. */
export async function healthRoutes(app: App, health: HealthMonitor): Promise<void> {
  app.get('/api/admin/health', { ...needsRole('manager'), schema: { tags: ['manager'], summary: 'System health: disk space, last backup, printers, connected screens, browser clocks', response: replies(SystemHealth) } }, async (_req, reply) => {
    void reply.header('cache-control', 'no-store')
    return { ok: true as const, data: await health.report() }
  })
}
