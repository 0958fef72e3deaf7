import { afterEach, describe, expect, it } from 'vitest'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { dayKey } from '@luot/shared'
import { unzip } from '../../server/src/export/zip.js'
import { NewerDataError } from '../../server/src/store/data-format.js'
import { JournalStore } from '../../server/src/store/journal-store.js'
import { startUntilExit } from '../support/failed-start.js'
import { call, testApp } from '../support/test-app.js'

const apps: FastifyInstance[] = []
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close()
})

const today = dayKey(new Date(), 'Asia/Ho_Chi_Minh')
const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>

/** A data directory as this release leaves it after a day with one ticket, closed for a restart. */
async function dataDirWithADay(): Promise<string> {
  const { app, dataDir } = await testApp()
  await call(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })
  await call(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })
  await app.close()
  return dataDir
}

/** config.json as release 0.1 wrote it (format 1): users without a generation, no pad-key rotations. */
async function downgradeConfig(dataDir: string): Promise<string> {
  const file = join(dataDir, 'config.json')
  const { padKeyRotations: _gone, ...v2 } = await readJson(file)
  const text = JSON.stringify({ ...v2, version: 1, users: (v2.users as Record<string, unknown>[]).map(({ generation: _g, ...u }) => u) })
  await writeFile(file, text)
  return text
}

describe('upgrading older data', () => {
  it('keeps an archive of the data directory as it was, then migrates once', async () => {
    const dataDir = await dataDirWithADay()
    const oldConfig = await downgradeConfig(dataDir)
    const journal = await readFile(join(dataDir, 'days', `${today}.jsonl`), 'utf8')
    const { app } = await testApp({ dataDir })
    apps.push(app)
    expect((await readJson(join(dataDir, 'config.json'))).version).toBe(2)
    const kept = await readdir(join(dataDir, 'before-upgrade'))
    expect(kept).toHaveLength(1)
    const entries = unzip(await readFile(join(dataDir, 'before-upgrade', kept[0]!)))
    const byName = new Map(entries.map((e) => [e.name, e.data.toString('utf8')]))
    expect(byName.get('config.json')).toBe(oldConfig)
    expect(byName.get(`days/${today}.jsonl`)).toBe(journal)
    // the next ticket numbers on from the migrated data, and a second start migrates nothing more
    expect((await call<{ number: string }>(app, 'POST', '/api/tickets', { body: { serviceId: 'dat-dai' } })).body.data.number).toBe('5003')
    await app.close()
    apps.pop()
    const again = await testApp({ dataDir })
    apps.push(again.app)
    expect(await readdir(join(dataDir, 'before-upgrade'))).toEqual(kept)
  })

  it('takes no archive when nothing is older than this release', async () => {
    const dataDir = await dataDirWithADay()
    const { app } = await testApp({ dataDir })
    apps.push(app)
    expect(await readdir(dataDir)).not.toContain('before-upgrade')
  })
})

describe('data a newer release wrote', () => {
  it('config.json of a newer format stops the start, saying so, and is left as it was', async () => {
    const dataDir = await dataDirWithADay()
    const file = join(dataDir, 'config.json')
    const text = JSON.stringify({ ...(await readJson(file)), version: 3, somethingNew: true })
    await writeFile(file, text)
    const err = await testApp({ dataDir }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(NewerDataError)
    expect((err as Error).message).toBe(`${file} was written by a newer release of Lượt (data format 3; this release reads up to 2). Start that newer release again, or restore a backup made by this one; nothing was changed.`)
    expect(await readFile(file, 'utf8')).toBe(text)
  })

  it('a journal record of a newer format stops the start naming the file and line, and the journal is left as it was', async () => {
    const dataDir = await dataDirWithADay()
    const file = join(dataDir, 'days', `${today}.jsonl`)
    const lines = (await readFile(file, 'utf8')).trimEnd().split('\n')
    const text = `${[lines[0], JSON.stringify({ ...JSON.parse(lines[1]!), v: 3, queueHint: 'x' }), ...lines.slice(2), lines.at(-1)].join('\n')}\n`
    await writeFile(file, text)
    const err = await testApp({ dataDir }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(NewerDataError)
    expect((err as Error).message).toContain(`${file}, line 2 was written by a newer release of Lượt (data format 3; this release reads up to 2)`)
    expect(await readFile(file, 'utf8')).toBe(text)
  })

  it('a closed day\'s snapshot of a newer format is refused when read', async () => {
    const dataDir = await dataDirWithADay()
    const file = join(dataDir, 'snapshots', '2026-01-05.json')
    await writeFile(file, JSON.stringify({ version: 3, date: '2026-01-05', closed: true, tickets: [] }))
    const store = await JournalStore.open(dataDir)
    try {
      await expect(store.readClosedDay('2026-01-05')).rejects.toThrow(`${file} was written by a newer release of Lượt (data format 3; this release reads up to 2)`)
    } finally {
      await store.close()
    }
  })

  it('the server process prints that one line and exits with code 1', { timeout: 120_000 }, async () => {
    const dataDir = await dataDirWithADay()
    const file = join(dataDir, 'config.json')
    await writeFile(file, JSON.stringify({ ...(await readJson(file)), version: 3 }))
    const exit = await startUntilExit(dataDir)
    expect(exit.code, exit.output).toBe(1)
    expect(exit.output.trim().split('\n'), exit.output).toEqual([expect.stringContaining(`${file} was written by a newer release of Lượt`)])
  })
})
