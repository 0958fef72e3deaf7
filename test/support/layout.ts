import { expect } from 'vitest'
import type { Page } from 'playwright-core'

/** Page layout problems: anything outside the viewport, or a tile/row whose content does not fit it. */
export async function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const bad: string[] = []
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').slice(0, 40)}"`
    for (const el of document.querySelectorAll('.board-header *, .board-main *')) {
      const r = el.getBoundingClientRect()
      if (r.width && (r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5)) bad.push(`outside: ${name(el)}`)
    }
    for (const el of document.querySelectorAll('.tile, .service, .call, .panel-title, .calls-title')) {
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) bad.push(`overflows: ${name(el)} ${el.scrollWidth}x${el.scrollHeight} > ${el.clientWidth}x${el.clientHeight}`)
    }
    for (const el of document.querySelectorAll('.tile-number, .call-number, .call-counter')) {
      if (el.scrollWidth > el.clientWidth + 1) bad.push(`too wide: ${name(el)} ${el.scrollWidth} > ${el.clientWidth}`) // numbers must never be cut or collide
    }
    const d = document.documentElement
    return { scrollWidth: d.scrollWidth, scrollHeight: d.scrollHeight, innerWidth, innerHeight, bad }
  })
}

export async function expectNoOverflow(page: Page): Promise<void> {
  const l = await layoutProblems(page)
  expect(l.bad).toEqual([])
  expect(l.scrollHeight).toBeLessThanOrEqual(l.innerHeight)
  expect(l.scrollWidth).toBeLessThanOrEqual(l.innerWidth)
}
