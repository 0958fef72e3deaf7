import type { Config, StoredUser } from '../domain/types.js'
import { generatePassword, hashPassword } from '../auth/password.js'
import { newAccountGeneration } from '../store/config-file.js'
import { DEMO_COUNTERS, DEMO_SERVICES } from './demo-services.js'
import { demoCentre, DEMO_SETTINGS } from './demo-settings.js'
import { demoBooking } from './demo-booking.js'

export interface FirstStartPasswords {
  admin?: string
  manager?: string
  clerk?: string
}

export interface DemoCentre {
  config: Config
  /** Passwords that were generated (not given): printed once, stored only as hashes. */
  generated: { username: string; password: string }[]
}

async function user(id: string, displayName: string, role: StoredUser['role'], password: string, counterId: string | null = null): Promise<StoredUser> {
  return { id, username: id, displayName, role, counterId, active: true, passwordHash: await hashPassword(password), tokenVersion: 0, generation: newAccountGeneration() }
}

/** The demo commune centre a first start on an empty data directory creates; `now` picks the holiday calendar's years. */
export async function createDemoCentre(publicBaseUrl: string, given: FirstStartPasswords, now = new Date()): Promise<DemoCentre> {
  const generated: DemoCentre['generated'] = []
  const pick = (username: string, value: string | undefined): string => {
    if (value) return value
    const password = generatePassword()
    generated.push({ username, password })
    return password
  }
  const clerkPassword = given.clerk || undefined
  const users = [await user('admin', 'Quản trị hệ thống', 'admin', pick('admin', given.admin)), await user('manager', 'Trưởng bộ phận Một cửa', 'manager', pick('manager', given.manager))]
  const names = ['Nguyễn Thị Lan', 'Trần Văn Minh', 'Lê Thị Hồng', 'Phạm Quốc Bảo', 'Hoàng Thị Mai', 'Võ Văn Tùng', 'Đặng Thị Thu', 'Bùi Đức Anh']
  for (const [i, name] of names.entries()) {
    const id = `clerk${i + 1}`
    users.push(await user(id, name, 'clerk', pick(id, clerkPassword), `c${i + 1}`))
  }
  return { config: { version: 2, padKeyRotations: {}, centre: demoCentre(publicBaseUrl), services: DEMO_SERVICES, counters: DEMO_COUNTERS, users, settings: { ...DEMO_SETTINGS, booking: demoBooking(now.getUTCFullYear()) } }, generated }
}
