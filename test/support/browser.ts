import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { join } from 'node:path'
import { ROOT, startServer, type ServerProcess } from './server-process.js'

/** Debian's chromium, found on PATH (CI installs it with apt-get). */
export function chromiumPath(): string {
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim()
    } catch {
      /* try the next name */
    }
  }
  throw new Error('Chromium not found: apt-get install chromium')
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
  })
}

/** Screenshots and other artifacts land here (kept by CI as test output). */
export function artifactPath(name: string): string {
  const dir = join(ROOT, 'test-results', 'e2e')
  mkdirSync(dir, { recursive: true })
  return join(dir, name)
}

/** A real server process and Chromium for one e2e file: `beforeAll(async () => ({ server, browser } = await startServerAndBrowser()))`. */
export async function startServerAndBrowser(env?: Record<string, string>): Promise<{ server: ServerProcess; browser: Browser }> {
  const server = await startServer(env ? { env } : {})
  return { server, browser: await launchChromium() }
}

/** Closes what `startServerAndBrowser` started, whatever state a failed test left it in. */
export async function stopServerAndBrowser(server: ServerProcess | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close()
  await server?.stop()
}
