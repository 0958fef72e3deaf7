import type { Page } from 'playwright-core'
import type { Centre, Service } from '@luot/shared'
import { ApiClient } from './api-client.js'

/** Signs in on the province page's form and waits for its live connection. */
export async function provinceSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.fill('input[name=username]', username)
  await page.fill('input[name=password]', password)
  await page.click('button[type=submit]')
  await page.waitForSelector('.header-bar .conn.up')
}

/**
 * A new centre made ready by its own admin (the password the province page showed once): tickets
 * at any hour, and its first service area's target wait set to `targetMinutes`. Returns that area.
 */
export async function readyCentre(base: string, slug: string, password: string, targetMinutes: number): Promise<{ centre: ApiClient; service: Service }> {
  const centre = new ApiClient(`${base}/c/${slug}`)
  await centre.login('admin', password)
  const config = (await centre.get<{ centre: Centre; services: Service[] }>('/api/admin/config')).body.data
  const put = await centre.request('PUT', '/api/admin/centre', { ...config.centre, openingHours: { ...config.centre.openingHours, enforce: false } })
  if (put.status !== 200) throw new Error(`centre of ${slug}: ${put.status} ${JSON.stringify(put.body)}`)
  const service = { ...config.services[0]!, targetWaitMinutes: targetMinutes }
  const r = await centre.request('PUT', `/api/admin/services/${service.id}`, service)
  if (r.status !== 200) throw new Error(`service of ${slug}: ${r.status} ${JSON.stringify(r.body)}`)
  return { centre, service }
}
