import type { Page } from 'playwright-core'

/**
 * Records (page clock) when `selector` first matches: the board's own view of a call. The page
 * script is a string so no transpiler helper (tsx's `__name`) leaks into the browser.
 */
export async function watchFor(page: Page, selector: string): Promise<() => Promise<number>> {
  await page.evaluate(`(() => {
    const sel = ${JSON.stringify(selector)}
    window.seenAt = new Promise((resolve) => {
      const found = () => (document.querySelector(sel) ? (resolve(Date.now()), true) : false)
      if (found()) return
      const observer = new MutationObserver(() => found() && observer.disconnect())
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
    })
  })()`)
  return () => page.evaluate(() => (window as unknown as { seenAt: Promise<number> }).seenAt)
}
