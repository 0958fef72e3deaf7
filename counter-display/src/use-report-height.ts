import { useEffect } from 'preact/hooks'

/** The message widget.js listens for to size its iframe to the content. */
export const HEIGHT_MESSAGE = 'luot-widget:height'

/** Inside an iframe, tells the embedding page the content's height whenever it changes (no other data). */
export function useReportHeight(): void {
  useEffect(() => {
    if (window.parent === window || typeof ResizeObserver === 'undefined') return undefined
    let last = -1
    const report = (): void => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
      if (height === last) return
      last = height
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*')
    }
    const observer = new ResizeObserver(report)
    observer.observe(document.documentElement)
    report()
    return () => observer.disconnect()
  }, [])
}
