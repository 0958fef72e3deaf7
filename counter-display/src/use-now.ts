import { useEffect, useState } from 'preact/hooks'

/** The local clock, re-rendering every `intervalMs`: drives the board's clock and the end of blinking. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
