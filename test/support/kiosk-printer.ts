import { expect } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { Printer, Settings } from '@luot/shared'
import { call, loginAs, testApp } from './test-app.js'
import { startFakePrinter, type FakePrinter } from '../integration/printing/fake-printer.js'

/** The production app with kiosk `k1`'s printer set to a fake ESC/POS printer (a real TCP listener, 80 mm, TCVN3). */
export async function appWithKioskPrinter(clock: () => Date): Promise<{ app: FastifyInstance; admin: string; fake: FakePrinter; close: () => Promise<void> }> {
  const { app } = await testApp({ clock })
  const admin = await loginAs(app, 'admin')
  const fake = await startFakePrinter()
  const config = (await call<{ settings: Settings }>(app, 'GET', '/api/admin/config', { cookie: admin })).body.data
  const printer: Printer = { id: 'p1', name: 'Máy in kiosk', kioskId: 'k1', host: '127.0.0.1', port: fake.port, paper: 80, textMode: 'tcvn3', enabled: true }
  expect((await call(app, 'PUT', '/api/admin/settings', { cookie: admin, body: { ...config.settings, printers: [printer] } })).status).toBe(200)
  return {
    app,
    admin,
    fake,
    close: async () => {
      await fake.close()
      await app.close()
    },
  }
}
