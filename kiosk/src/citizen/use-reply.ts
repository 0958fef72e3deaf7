import { useCallback, useEffect, useState } from 'preact/hooks'
import { call } from './http.js'
import { errorOf, type CitizenError } from './error-text.js'

/** A GET the page shows: loading, its data, or the error to explain; `reload` asks again. A null path asks nothing. */
export function useReply<T>(path: string | null): { data: T | null; error: CitizenError | null; loading: boolean; reload: () => void } {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<CitizenError | null>(null)
  const [loading, setLoading] = useState(path !== null)
  const [round, setRound] = useState(0)
  useEffect(() => {
    if (path === null) return
    let live = true
    setLoading(true)
    setError(null)
    void call<T>('GET', path).then((reply) => {
      if (!live) return
      setLoading(false)
      const e = errorOf(reply)
      if (e) setError(e)
      else if ('data' in reply) setData(reply.data)
    })
    return () => {
      live = false
    }
  }, [path, round])
  const reload = useCallback(() => setRound((r) => r + 1), [])
  return { data, error, loading, reload }
}
