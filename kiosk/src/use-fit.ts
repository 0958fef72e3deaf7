import type { RefObject } from 'preact'
import { useLayoutEffect } from 'preact/hooks'

/** The smallest scale the text may take; below it the kiosk would rather use the service's short label. */
export const MIN_FIT = 0.55
const STEP = 0.92

/**
 * Scales the text in `ref` down (through the CSS variable `--fit`, 1 = full size) until it fits
 * its box; again whenever the box changes size (orientation, language, window). Long official
 * service names wrap first and shrink only as far as they must.
 */
export function useFit(ref: RefObject<HTMLElement | null>, text: string): void {
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const fit = (): void => {
      let scale = 1
      el.style.setProperty('--fit', '1')
      while (scale > MIN_FIT && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) {
        scale = Math.max(MIN_FIT, scale * STEP)
        el.style.setProperty('--fit', scale.toFixed(3))
      }
    }
    fit()
    let width = el.clientWidth
    let height = el.clientHeight
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width && el.clientHeight === height) return
      width = el.clientWidth
      height = el.clientHeight
      fit()
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [text])
}
