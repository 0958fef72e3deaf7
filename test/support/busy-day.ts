import type { Counter, Service } from '@luot/shared'
import { ApiClient } from './api-client.js'
import { PASSWORDS } from './server-process.js'

/** The longest real service-area name we know of: kiosk tiles and board rows must cope with it. */
export const LONG_SERVICE: Service = {
  id: 'ho-kinh-doanh',
  code: 'HK',
  name: {
    vi: 'Đăng ký thành lập, thay đổi nội dung đăng ký hộ kinh doanh và hợp tác xã nông nghiệp',
    en: 'Registration of the establishment of, and changes to, household businesses and agricultural cooperatives',
  },
  numberFormat: { kind: 'prefix', prefix: 'H' },
  dailyCap: 200,
  targetWaitMinutes: 20,
  defaultServiceMinutes: 12,
  active: true,
}

export async function adminClient(url: string): Promise<ApiClient> {
  const admin = new ApiClient(url)
  await admin.login('admin', PASSWORDS.admin)
  return admin
}

async function ok(p: Promise<{ status: number; body: unknown }>): Promise<void> {
  const r = await p
  if (r.status >= 300) throw new Error(`${r.status}: ${JSON.stringify(r.body)}`)
}

/** Adds the long-named 11th service, served by counter 6 (a service nobody serves issues no tickets). */
export async function addLongService(url: string): Promise<void> {
  const admin = await adminClient(url)
  await ok(admin.post('/api/admin/services', LONG_SERVICE))
  const counters = (await admin.get<{ counters: Counter[] }>('/api/admin/config')).body.data.counters
  const c6 = counters.find((c) => c.id === 'c6')!
  await ok(admin.request('PUT', '/api/admin/counters/c6', { ...c6, serviceIds: [...c6.serviceIds, LONG_SERVICE.id] }))
}

/** Extra counters 9…n (a large centre), serving the first demo services. */
export async function addCounters(url: string, upTo: number): Promise<void> {
  const admin = await adminClient(url)
  for (let n = 9; n <= upTo; n++) await ok(admin.post('/api/admin/counters', { id: `c${n}`, number: n, name: { vi: `Quầy ${n}`, en: `Counter ${n}` }, serviceIds: ['van-phong', 'chung-thuc'] }))
}

/**
 * A morning in full swing: `perService` tickets waiting in every active service, counters 1–3 and
 * 5 open with a called ticket, counter 4 paused for a meeting, the rest closed.
 */
export async function busyMorning(url: string, perService = 3): Promise<void> {
  const pub = new ApiClient(url)
  const services = (await pub.get<{ id: string; active: boolean }[]>('/api/services')).body.data
  for (const s of services.filter((x) => x.active)) for (let i = 0; i < perService; i++) await ok(pub.post('/api/tickets', { serviceId: s.id }))
  for (const n of [1, 2, 3, 5]) {
    const clerk = new ApiClient(url)
    await clerk.login(`clerk${n}`, PASSWORDS.clerk)
    await ok(clerk.post(`/api/counters/c${n}/open`))
    await ok(clerk.post(`/api/counters/c${n}/call-next`))
  }
  const clerk4 = new ApiClient(url)
  await clerk4.login('clerk4', PASSWORDS.clerk)
  await ok(clerk4.post('/api/counters/c4/open'))
  await ok(clerk4.post('/api/counters/c4/pause', { reason: 'Họp giao ban' }))
}
