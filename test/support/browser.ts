import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { join } from 'node:path'
import { ROOT } from './server-process.js'

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
