import type { Store } from '../store/port.js'

/** Port methods that write (not checkpoints: a cache, written at a stop or now and then): their duration is what a slow or failing disk (or database) shows first. */
const WRITES = /^(write(?!Checkpoint)|append)/

/**
 * The same store, timing every write. A proxy rather than a subclass, so it fits any backend and
 * any later method of the port without being edited.
 */
export function timedStore<S extends Store>(store: S, observe: (seconds: number) => void): S {
  // one wrapper per method, made on first use: reads stay bound to the store, writes are timed
  const wrapped = new Map<string | symbol, unknown>()
  const wrap = (prop: string | symbol, fn: (...a: unknown[]) => unknown): unknown => {
    // bound to the store itself: its private fields are not reachable through the proxy
    if (typeof prop !== 'string' || !WRITES.test(prop)) return fn.bind(store)
    return async (...args: unknown[]) => {
      const t0 = performance.now()
      try {
        return await fn.apply(store, args)
      } finally {
        observe((performance.now() - t0) / 1000)
      }
    }
  }
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver)
      if (typeof value !== 'function') return value
      if (!wrapped.has(prop)) wrapped.set(prop, wrap(prop, value as (...a: unknown[]) => unknown))
      return wrapped.get(prop)
    },
  })
}
