import type { Page } from 'playwright-core'

/** One piece of visible text and the computed size it is drawn at. */
export interface TextSize {
  text: string
  px: number
  where: string
}

/**
 * Every visible text node under `root` with its computed font size (CSS px). Visible: it has a box
 * on screen and neither it nor an ancestor is hidden. What a person at the back of the hall reads.
 */
export function textSizes(page: Page, root = 'body'): Promise<TextSize[]> {
  return page.evaluate((selector) => {
    const out: { text: string; px: number; where: string }[] = []
    const top = document.querySelector(selector)
    if (!top) return out
    const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim()
      const el = node.parentElement
      if (!text || !el) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight)
      const style = getComputedStyle(el)
      if (!rects.length || style.visibility === 'hidden' || Number(style.opacity) === 0) continue
      out.push({ text: text.slice(0, 40), px: parseFloat(style.fontSize), where: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` })
    }
    return out
  }, root)
}
