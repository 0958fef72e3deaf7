import type { Centre, Counter, PublicUser, Service, Settings } from '@luot/shared'
import { api, get } from '../api.js'
import type { UiError } from '../ui-error.js'
import type { UserDraft } from './user-form.js'

/** GET /api/admin/config: everything an admin edits (users without their password hashes). */
export interface AdminConfig {
  centre: Centre
  services: Service[]
  counters: Counter[]
  users: PublicUser[]
  settings: Settings
  /** Each counter's rating-pad link, with the key that pairs the tablet to the counter. */
  pads: PadLink[]
}

export interface PadLink {
  counterId: string
  number: number
  /** From the mount root, e.g. "/display/rating/1?key=…". */
  path: string
}

export async function loadConfig(): Promise<{ ok: true; data: AdminConfig } | { ok: false; error: UiError }> {
  const [config, pads] = await Promise.all([get<Omit<AdminConfig, 'pads'>>('/api/admin/config'), get<PadLink[]>('/api/admin/pads')])
  if (!config.ok) return config
  return { ok: true, data: { ...config.data, pads: pads.ok ? pads.data : [] } }
}

/** The server's refusal of a call, or null when it was done. */
export const outcome = async (p: Promise<{ ok: boolean; error?: UiError }>): Promise<UiError | null> => {
  const r = await p
  return r.ok ? null : (r.error ?? null)
}
const id = encodeURIComponent

/** Each call resolves with the server's refusal (validated whole on the server), or null once stored. */
export const adminApi = {
  saveCentre: (c: Centre) => outcome(api('PUT', '/api/admin/centre', c)),
  saveSettings: (s: Settings) => outcome(api('PUT', '/api/admin/settings', s)),
  saveService: (s: Service, isNew: boolean) => outcome(isNew ? api('POST', '/api/admin/services', s) : api('PUT', `/api/admin/services/${id(s.id)}`, s)),
  deleteService: (sid: string) => outcome(api('DELETE', `/api/admin/services/${id(sid)}`)),
  saveCounter: (c: Counter, isNew: boolean) => outcome(isNew ? api('POST', '/api/admin/counters', c) : api('PUT', `/api/admin/counters/${id(c.id)}`, c)),
  deleteCounter: (cid: string) => outcome(api('DELETE', `/api/admin/counters/${id(cid)}`)),
  rotatePadKey: (cid: string) => outcome(api('POST', `/api/admin/counters/${id(cid)}/pad-key`, {})),
  saveUser: (u: UserDraft, isNew: boolean) => {
    const { id: uid, username, password, ...rest } = u
    return outcome(isNew ? api('POST', '/api/admin/users', { username, ...rest, password: password ?? '' }) : api('PUT', `/api/admin/users/${id(uid)}`, rest))
  },
  resetPassword: (uid: string, password: string) => outcome(api('POST', `/api/admin/users/${id(uid)}/password`, { password })),
  deleteUser: (uid: string) => outcome(api('DELETE', `/api/admin/users/${id(uid)}`)),
}
