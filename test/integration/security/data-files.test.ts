import { beforeAll, describe, expect, it } from 'vitest'
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dayKey } from '@luot/shared'
import { call, loginAs, testApp } from '../../support/test-app.js'
import { tempDataDir } from '../../support/server-process.js'
import { startUntilExit } from '../../support/failed-start.js'
import { StartupError } from '../../../server/src/startup-error.js'

/** A data directory with every kind of file: config, today's day, a closed day's aggregate, revocations, the secret. */
let template: string
const today = dayKey(new Date(), 'Asia/Ho_Chi_Minh')
const yesterday = dayKey(new Date(Date.now() - 86_400_000), 'Asia/Ho_Chi_Minh')

beforeAll(async () => {
  template = await tempDataDir()
  const past = await testApp({ dataDir: template, clock: () => new Date(Date.now() - 86_400_000) })
  await call(past.app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })
  await past.app.close()
  const now = await testApp({ dataDir: template })
  const admin = await loginAs(now.app, 'admin')
  await call(now.app, 'POST', '/api/admin/api-keys', { cookie: admin, body: { name: 'Một cửa điện tử tỉnh', scopes: ['dossiers'] } })
  await call(now.app, 'POST', '/api/admin/webhooks', { cookie: admin, body: { url: 'http://127.0.0.1:9/hooks', secret: 'a-secret-of-sixteen+', events: ['ticket.issued'], enabled: false } })
  await call(now.app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })
  await call(now.app, 'POST', '/api/auth/logout', { cookie: await loginAs(now.app, 'clerk1') })
  await now.app.close()
  expect((await readdir(template)).sort()).toEqual(['aggregates', 'bookings', 'checkpoints', 'config.json', 'days', 'dossiers', 'integrations', 'late', 'revoked-sessions.json', 'session.key', 'snapshots'])
  expect(await readdir(join(template, 'checkpoints'))).toEqual([`${today}.checkpoint`])
})

async function copy(): Promise<string> {
  const dir = await tempDataDir()
  await cp(template, dir, { recursive: true })
  return dir
}

/** The file cut in half, as a crash or a full disk can leave it. */
const corrupt = async (name: string) => {
  const text = await readFile(join(template, name), 'utf8')
  return text.slice(0, Math.floor(text.length / 2))
}
type Form = [string, (file: string) => Promise<string | null>]
const json = (v: unknown) => async () => JSON.stringify(v)
/** The journal with its lines changed (a trailing line is added so the bad one is never the torn last line a crash may leave). */
const lines = (change: (ls: string[]) => string[]) => async (f: string) => {
  const ls = (await readFile(join(template, f), 'utf8')).trimEnd().split('\n')
  return `${change([...ls, ls.at(-1)!]).join('\n')}\n`
}
const COMMON: Form[] = [
  ['empty', async () => ''],
  ['truncated', async (f) => corrupt(f)],
  ['null', json(null)],
]

const CASES: [string, Form[]][] = [
  ['config.json', [...COMMON, ['{}', json({})], ['[]', json([])], ['a user with a numeric passwordHash', async (f) => JSON.stringify({ ...JSON.parse(await readFile(join(template, f), 'utf8')), users: [{ id: 'admin', passwordHash: 12345 }] })]]],
  [`days/${today}.jsonl`, [['a first line that is {}', lines((ls) => ['{}', ...ls.slice(1)])], ['a first line that is null', lines((ls) => ['null', ...ls.slice(1)])], ['a line cut in the middle of the journal', lines((ls) => [ls[0]!.slice(0, 20), ...ls.slice(1)])], ['a ticket issued in an unknown language', lines((ls) => [JSON.stringify({ ...JSON.parse(ls[0]!), lang: 'fr' }), ...ls.slice(1)])]]],
  [`aggregates/${yesterday}.json`, [...COMMON, ['{}', json({})], ['a count that is text', async (f) => { const a = JSON.parse(await readFile(join(template, f), 'utf8')); a.total.issued = 'many'; return JSON.stringify(a) }]]],
  ['dossiers/dossiers.jsonl', [['a first line that is {}', lines((ls) => ['{}', ...ls.slice(1)])], ['a line cut before the end', lines((ls) => [ls[0]!.slice(0, 20), ...ls.slice(1)])]]],
  ...['api-keys', 'webhooks'].map((n): [string, Form[]] => [`integrations/${n}.jsonl`, [['a first line that is {}', lines((ls) => ['{}', ...ls.slice(1)])], ['a line cut before the end', lines((ls) => [ls[0]!.slice(0, 20), ...ls.slice(1)])]]]),
  ['revoked-sessions.json', [...COMMON, ['[]', json([])], ['an expiry that is text', json({ abc: 'soon' })]]],
  ['session.key', [['empty', async () => ''], ['too short', async () => 'c2hvcnQ'], ['a directory', async () => null]]],
]

async function breakFile(name: string, make: (file: string) => Promise<string | null>): Promise<{ dir: string; file: string; content: string | null }> {
  const dir = await copy()
  const file = join(dir, name)
  const content = await make(name)
  await rm(file, { recursive: true })
  if (content === null) await mkdir(join(file, 'inside'), { recursive: true })
  else await writeFile(file, content)
  return { dir, file, content }
}

describe('every data file kind × every bad form stops the start, naming the file in one line, and is left as it was', () => {
  for (const [name, forms] of CASES) {
    for (const [form, make] of forms) {
      it(`${name}: ${form}`, async () => {
        const { dir, file, content } = await breakFile(name, make)
        const failed = await testApp({ dataDir: dir }).then(
          async ({ app }) => (await app.close(), null),
          (err: unknown) => err,
        )
        expect(failed).toBeInstanceOf(StartupError)
        const message = (failed as Error).message
        expect(message).toContain(file)
        expect(message).not.toContain('\n')
        if (content !== null) expect(await readFile(file, 'utf8')).toBe(content)
        expect(await readFile(join(dir, 'config.json'), 'utf8').catch(() => '')).toBe(name === 'config.json' ? (content ?? '') : await readFile(join(template, 'config.json'), 'utf8'))
      })
    }
  }
})

describe('a checkpoint is a cache: in any bad form it is ignored and the day replayed from its journal', () => {
  for (const [form, make] of [...COMMON, ['a directory', async () => null] as Form]) {
    it(`checkpoints/${today}.checkpoint: ${form}`, async () => {
      const { dir } = await breakFile(`checkpoints/${today}.checkpoint`, make)
      const { app } = await testApp({ dataDir: dir })
      try {
        const snap = await call<{ services: { id: string; issuedToday: number }[] }>(app, 'GET', '/api/snapshot')
        expect(snap.body.data.services.find((s) => s.id === 'dat-dai')?.issuedToday).toBe(1)
      } finally {
        await app.close()
      }
    })
  }
})

/** The real process, for one bad form of each file kind: one line on the terminal, exit code 1. */
const SPAWNED: [string, Form][] = [
  ['config.json', ['null', json(null)]],
  ['config.json', ['{}', json({})]],
  [`days/${today}.jsonl`, ['a first line that is {}', lines((ls) => ['{}', ...ls.slice(1)])]],
  [`aggregates/${yesterday}.json`, ['truncated', async (f) => corrupt(f)]],
  ['revoked-sessions.json', ['[]', json([])]],
  ['session.key', ['a directory', async () => null]],
]

describe.concurrent('the server process', { timeout: 240_000 }, () => {
  for (const [name, [form, make]] of SPAWNED) {
    it(`stops on ${name} holding ${form}: one line naming the file, exit code 1`, async () => {
      const { dir, file, content } = await breakFile(name, make)
      const exit = await startUntilExit(dir)
      expect(exit.code, exit.output).toBe(1)
      const lines = exit.output.trim().split('\n')
      expect(lines, exit.output).toHaveLength(1)
      expect(lines[0]).toContain(file)
      if (content !== null) expect(await readFile(file, 'utf8')).toBe(content)
    })
  }

  it('config.json missing while days are on disk: not a first start, the server stops', async () => {
    const dir = await copy()
    await rm(join(dir, 'config.json'))
    const exit = await startUntilExit(dir)
    expect(exit.code).toBe(1)
    expect(exit.output.trim().split('\n')).toHaveLength(1)
    expect(exit.output).toContain(join(dir, 'config.json'))
    expect(await readdir(dir)).not.toContain('config.json')
  })

  it('a first start happens on an empty data directory only, and prints the pads and passwords once', async () => {
    const dir = await tempDataDir()
    const first = await startUntilExit(dir, { LUOT_ADMIN_PASSWORD: '', LUOT_MANAGER_PASSWORD: '', LUOT_CLERK_PASSWORD: '' })
    expect(first.output).toMatch(/First start/)
    expect(first.output).toMatch(/\/display\/rating\/1\?key=/)
    const second = await startUntilExit(dir)
    expect(second.output).toMatch(/\/api\/docs/)
    expect(second.output).not.toMatch(/First start/)
    expect(second.output).not.toMatch(/key=/)
  })

  it('LUOT_SESSION_SECRET under 32 bytes stops the start with one line saying why, creating nothing', async () => {
    const dir = await tempDataDir()
    const exit = await startUntilExit(dir, { LUOT_SESSION_SECRET: 'too-short' })
    expect(exit.code).toBe(1)
    expect(exit.output.trim().split('\n')).toHaveLength(1)
    expect(exit.output).toMatch(/LUOT_SESSION_SECRET.*32 bytes/)
    expect(await readdir(dir)).not.toContain('config.json')
  })
})
