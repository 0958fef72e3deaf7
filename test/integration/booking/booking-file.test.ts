import { afterEach, describe, expect, it } from 'vitest'
import { appendFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { PublicBooking, StaffBooking } from '@luot/shared'
import { call, loginAs, testApp } from '../../support/test-app.js'
import { CorruptDataError } from '../../../server/src/store/port.js'

let now = new Date('2026-11-30T01:00:00.000Z')
const open: FastifyInstance[] = []
afterEach(async () => {
  for (const a of open.splice(0)) await a.close()
})

async function start(dataDir?: string) {
  const r = await testApp({ clock: () => now, ...(dataDir ? { dataDir } : {}) })
  open.push(r.app)
  return r
}
async function stop(app: FastifyInstance) {
  open.splice(open.indexOf(app), 1)
  await app.close()
}
const book = async (app: FastifyInstance, date: string, slotStart: string, name: string, phone?: string) => {
  const res = await call<PublicBooking>(app, 'POST', '/api/bookings', { body: { serviceId: 'dat-dai', date, slotStart, name, lang: 'vi', ...(phone ? { phone } : {}) } })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body.data
}
const fileOf = (dataDir: string) => join(dataDir, 'bookings', 'bookings.jsonl')

describe('the embedded bookings file', () => {
  it('keeps what was acknowledged across a restart, one line per change', async () => {
    now = new Date('2026-11-30T01:00:00.000Z')
    const { app, dataDir } = await start()
    const b = await book(app, '2026-12-01', '08:30', 'Nguyễn Văn An')
    await call(app, 'POST', `/api/bookings/${b.code}/move`, { body: { date: '2026-12-02', slotStart: '09:30' } })
    await stop(app)
    expect((await readFile(fileOf(dataDir), 'utf8')).trimEnd().split('\n')).toHaveLength(2)
    const again = (await start(dataDir)).app
    expect((await call<PublicBooking>(again, 'GET', `/api/bookings/${b.code}`)).body.data).toMatchObject({ date: '2026-12-02', slotStart: '09:30', status: 'booked' })
  })

  it('cuts a torn last line (a power cut mid-append, never acknowledged) and appends after it', async () => {
    now = new Date('2026-11-30T01:00:00.000Z')
    const { app, dataDir } = await start()
    const b = await book(app, '2026-12-01', '08:30', 'Trần Thị Bình')
    await stop(app)
    const before = await readFile(fileOf(dataDir), 'utf8')
    await appendFile(fileOf(dataDir), '{"code":"ZZZZZZZZZZZZZZZ","serviceId":"dat-d')
    const again = (await start(dataDir)).app
    expect(await readFile(fileOf(dataDir), 'utf8')).toBe(before)
    expect((await call<PublicBooking>(again, 'GET', `/api/bookings/${b.code}`)).status).toBe(200)
    await book(again, '2026-12-01', '09:30', 'Lê Văn Cường')
    expect((await readFile(fileOf(dataDir), 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l).name)).toEqual(['Trần Thị Bình', 'Lê Văn Cường'])
  })

  it('a bad line before the end stops the start naming the file and line, and is left as it was', async () => {
    now = new Date('2026-11-30T01:00:00.000Z')
    const { app, dataDir } = await start()
    await book(app, '2026-12-01', '08:30', 'Phạm Thị Dung')
    await book(app, '2026-12-01', '09:30', 'Hoàng Văn Em')
    await stop(app)
    const lines = (await readFile(fileOf(dataDir), 'utf8')).split('\n')
    lines[0] = lines[0]!.replace('"state":"booked"', '"state":"maybe"')
    await writeFile(fileOf(dataDir), lines.join('\n'))
    const err = await testApp({ dataDir, clock: () => now }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CorruptDataError)
    expect((err as Error).message).toContain(`${fileOf(dataDir)}, line 1`)
    expect(await readFile(fileOf(dataDir), 'utf8')).toBe(lines.join('\n'))
  })

  it('erases names and phone numbers from the disk once the booked day is past the retention period (30 days), at start', async () => {
    now = new Date('2026-11-30T01:00:00.000Z')
    const { app, dataDir } = await start()
    const old = await book(app, '2026-12-01', '08:30', 'Võ Thị Giang', '0905111222')
    await book(app, '2026-12-11', '08:30', 'Đặng Văn Hải', '0905333444')
    await stop(app)
    now = new Date('2027-01-01T01:00:00.000Z')
    const again = (await start(dataDir)).app
    const text = await readFile(fileOf(dataDir), 'utf8')
    expect(text).not.toContain('Võ Thị Giang')
    expect(text).not.toContain('0905111222')
    expect(text).toContain('Đặng Văn Hải')
    const clerk = await loginAs(again, 'clerk1')
    const erased = (await call<StaffBooking[]>(again, 'GET', '/api/bookings?date=2026-12-01', { cookie: clerk })).body.data
    expect(erased).toEqual([expect.objectContaining({ code: old.code, name: '', status: 'no-show' })])
    expect(erased[0]!.phone).toBeUndefined()
    expect((await call<StaffBooking[]>(again, 'GET', '/api/bookings?date=2026-12-11', { cookie: clerk })).body.data[0]).toMatchObject({ name: 'Đặng Văn Hải', phone: '0905333444' })
  })

  it('a configuration from before bookings (no settings.booking) still loads: bookings and remote join are off', async () => {
    now = new Date('2026-11-30T01:00:00.000Z')
    const { app, dataDir } = await start()
    await stop(app)
    const file = join(dataDir, 'config.json')
    const config = JSON.parse(await readFile(file, 'utf8'))
    delete config.settings.booking
    await writeFile(file, JSON.stringify(config))
    const again = (await start(dataDir)).app
    expect((await call(again, 'GET', '/api/booking/days?serviceId=dat-dai')).body.error.code).toBe('BOOKING_OFF')
    expect((await call(again, 'GET', '/api/join')).body.data).toMatchObject({ services: [] })
    expect((await call(again, 'POST', '/api/join', { body: { serviceId: 'dat-dai', lang: 'vi' } })).body.error.code).toBe('REMOTE_JOIN_CLOSED')
  })
})
