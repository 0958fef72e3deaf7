import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { ROOT } from '../support/server-process.js'

/** Gzip size of the JavaScript each built page loads (its entry chunk and the chunks it imports). */
function pageScripts(dist: string, html: string): string[] {
  const text = readFileSync(join(dist, html), 'utf8')
  return [...text.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
}

const PAGES: [string, string, string][] = [
  ['kiosk', 'kiosk/dist', 'index.html'],
  ['tracking page (phone)', 'kiosk/dist', 'track.html'],
  ['booking page (phone)', 'kiosk/dist', 'book.html'],
  ['remote join (phone)', 'kiosk/dist', 'join.html'],
  ['hall board, counter screen, rating pad', 'counter-display/dist', 'index.html'],
  ['status widget', 'counter-display/dist', 'widget.html'],
  ['clerk console, dashboard, admin', 'clerk-console/dist', 'index.html'],
]

const rows: string[][] = [['page', 'JS files', 'raw KB', 'gzip KB']]
for (const [name, dir, html] of PAGES) {
  const dist = join(ROOT, dir)
  if (!existsSync(join(dist, html))) continue
  const files = pageScripts(dist, html)
  const bytes = files.map((f) => readFileSync(join(dist, f)))
  const raw = bytes.reduce((n, b) => n + b.length, 0)
  const gz = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0)
  rows.push([name, String(files.length), (raw / 1024).toFixed(1), (gz / 1024).toFixed(1)])
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
for (const r of rows) console.log(`| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`)
