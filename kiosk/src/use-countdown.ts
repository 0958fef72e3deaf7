import { useEffect, useState } from 'preact/hooks'

/** Seconds left, ticking down once a second; calls onEnd at zero. Restarts when `key` changes. */
export function useCountdown(seconds: number, key: unknown, onEnd: () => void): number {
  const [left, setLeft] = useState(seconds)
  useEffect(() => {
    setLeft(seconds)
    const end = Date.now() + seconds * 1000
    const id = setInterval(() => {
      const l = Math.max(0, Math.ceil((end - Date.now()) / 1000))
      setLeft(l)
      if (l === 0) {
        clearInterval(id)
        onEnd()
      }
    }, 250)
    return () => clearInterval(id)
  }, [seconds, key])
  return left
}
