import { LuotError } from '@luot/shared'
import type { Config } from '../domain/types.js'
import type { Store } from '../store/port.js'

/** How often a configuration change is tried again on top of another process's newer one before giving up. */
const ATTEMPTS = 5

/** Stores `config` made on `base`; false when another process stored another configuration first. */
async function store(s: Store, base: Config, config: Config): Promise<boolean> {
  try {
    if (s.replaceConfig) return await s.replaceConfig(base, config)
    await s.writeConfig(config)
    return true
  } catch {
    throw new LuotError('STORAGE_FAILED')
  }
}

/**
 * Makes a configuration change on `current` and stores it. With several processes, a configuration
 * another process stored meanwhile is read (and handed to `newer`) and the change made again on top
 * of it; where it no longer applies, `make` throws its own error. Nobody's save is lost.
 */
export async function saveConfigChange<T>(s: Store, current: Config, make: (base: Config) => { config: Config; value: T }, newer: (stored: Config) => void): Promise<{ config: Config; value: T }> {
  let base = current
  for (let attempt = 1; ; attempt++) {
    const r = make(base)
    if (await store(s, base, r.config)) return r
    const stored = await s.readConfig().catch(() => null)
    if (!stored || attempt === ATTEMPTS) throw new LuotError('CONFLICT', 'the configuration kept changing on another server process; try again')
    newer(stored)
    base = stored
  }
}
