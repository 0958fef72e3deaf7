import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
let source: Promise<string> | null = null

/** One serious or critical accessibility problem axe-core found, with where. */
export interface AxeProblem {
  id: string
  impact: string
  help: string
  nodes: string[]
}

/**
 * Runs axe-core (from npm, injected into the page) against the page as it is now, and returns its
 * serious and critical violations. Colour contrast is among them: text a clerk or citizen cannot read.
 * The page's own CSP would block the injected script, so the context must be made with `bypassCSP`.
 */
export async function axeProblems(page: Page): Promise<AxeProblem[]> {
  source ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
  await page.addScriptTag({ content: await source })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe
    const r = await axe.run(document, { resultTypes: ['violations'] })
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, nodes: v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')} :: ${(n.failureSummary ?? '').split('\n').slice(1, 2).join('').trim()}`) }))
  })
}
