import type { Store } from '../store/port.js'

/** Port methods that write: their duration is what a slow or failing disk (or database) shows first. */
const WRITES = /^(write|append)/

/**
 * The same store, timing every write. A proxy rather than a subclass, so it fits any backend and
 * any later method of the port without being edited.
 */
export function timedStore<S extends Store>(store: S, observe: (seconds: number) => void): S {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver)
      if (typeof value !== 'function') return value
      // bound to the store itself: its private fields are not reachable through the proxy
      if (typeof prop !== 'string' || !WRITES.test(prop)) return (value as (...a: unknown[]) => unknown).bind(target)
      return async (...args: unknown[]) => {
        const t0 = performance.now()
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args)
        } finally {
          observe((performance.now() - t0) / 1000)
        }
      }
    },
  })
}
