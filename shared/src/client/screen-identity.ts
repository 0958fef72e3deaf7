import type { ScreenHandshake, ScreenKind } from '../schemas/screens.js'

/** What a page says it is when it connects: its kind and, for kiosks, counter screens and pads, its id. */
export interface ScreenIdentity {
  kind: Exclude<ScreenKind, 'unknown'>
  /** The kiosk id (?kiosk=k1), or the counter number of a counter screen or rating pad. */
  id?: string | undefined
}

const DEVICE_KEY = 'luot-device'

/**
 * This browser's random id, made once and kept in its storage, so a board that reloads is the
 * same row on the health page. getRandomValues, not randomUUID: a centre's LAN pages are plain
 * http, where randomUUID does not exist. Undefined where storage is refused or absent.
 */
export function deviceId(storageOf: () => Pick<Storage, 'getItem' | 'setItem'> | undefined = () => globalThis.localStorage): string | undefined {
  try {
    // reading `localStorage` itself throws in a sandboxed frame (the website widget)
    const storage = storageOf()
    const kept = storage?.getItem(DEVICE_KEY)
    if (kept && /^[a-f0-9]{16,32}$/.test(kept)) return kept
    const made = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('')
    storage?.setItem(DEVICE_KEY, made)
    return storage ? made : undefined
  } catch {
    return undefined
  }
}

/** The handshake's auth, made afresh at every (re)connect: `clock` is this browser's time as it connects. */
export function handshakeAuth(screen: ScreenIdentity, device: string | undefined, now: () => number = Date.now): () => ScreenHandshake {
  return () => ({ kind: screen.kind, ...(screen.id ? { id: screen.id } : {}), ...(device ? { device } : {}), clock: now() })
}

/** How often an identified page reports its clock (`screen:seen`). */
export const SEEN_EVERY_MS = 60_000
