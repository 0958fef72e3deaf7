import { useEffect, useState } from 'preact/hooks'

/** A page's one store: screens read it through `useStore`, changes go through `update`. */
export interface Store<S> {
  get(): S
  update(fn: (s: S) => S): void
  subscribe(listener: () => void): () => void
}

/** A store holding `initial`; an update returning the same object notifies nobody. */
export function createStore<S>(initial: S): Store<S> {
  let state = initial
  const listeners = new Set<() => void>()
  return {
    get: () => state,
    update(fn) {
      const next = fn(state)
      if (next === state) return
      state = next
      for (const l of listeners) l()
    },
    subscribe(l) {
      listeners.add(l)
      return () => listeners.delete(l)
    },
  }
}

/** The store's state, re-rendering on every change. */
export function useStore<S>(store: Store<S>): S {
  const [current, setCurrent] = useState(store.get)
  useEffect(() => {
    const sync = () => setCurrent(store.get())
    const unsubscribe = store.subscribe(sync)
    sync() // a change between the first render and this effect
    return unsubscribe
  }, [store])
  return current
}
