import { launchChromium } from '../support/browser.js'
import { issueTicket, pressEnter, signIn } from '../support/console-page.js'
import { watchFor } from '../support/page-timing.js'
import { PASSWORDS, startServer } from '../support/server-process.js'
import { median, percentile } from './measure.js'

const RUNS = 20

/** Enter on the clerk console → the call on the hall board, both timed by the same browser clock. */
async function main(): Promise<void> {
  const server = await startServer()
  const browser = await launchChromium()
  try {
    const clerk = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await clerk.goto(`${server.url}/console/`)
    await signIn(clerk, 'clerk1', PASSWORDS.clerk)
    await clerk.keyboard.press('o')
    await clerk.waitForSelector('.counter-bar .badge[data-state=open]')
    const board = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await board.goto(`${server.url}/display/`)
    await board.waitForSelector('.board[data-connection="online"]')
    const runs: number[] = []
    for (let i = 0; i <= RUNS; i++) {
      const t = await issueTicket(server.url, 'tu-phap-ho-tich')
      await clerk.locator(`.waiting-list li[data-ticket="${t.number}"]`).waitFor()
      const seen = await watchFor(board, `.call.latest[data-number="${t.number}"][data-counter="1"]`)
      const enterAt = await pressEnter(clerk)
      const ms = (await seen()) - enterAt
      if (i > 0) runs.push(ms) // the first call warms up
      await clerk.locator(`.ticket-panel[data-ticket="${t.number}"]`).waitFor()
      await clerk.keyboard.press('f')
      await clerk.locator('.modal [data-outcome]').first().waitFor()
      // the key of an outcome that opens no dossier (receiving one opens the dossier form instead of finishing)
      const outcomes = await clerk.locator('.modal [data-outcome]').evaluateAll((els) => els.map((e) => e.getAttribute('data-outcome')))
      await clerk.keyboard.press(String(outcomes.indexOf('huong-dan') + 1))
      await clerk.waitForSelector('.ticket-panel[data-phase=idle]')
    }
    console.log(`| Enter on the console → call on the hall board (${RUNS} calls) | median ${median(runs)} ms | p90 ${percentile(runs, 90)} ms |`)
  } finally {
    await browser.close()
    await server.stop()
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
