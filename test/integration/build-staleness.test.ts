import { mkdir, mkdtemp, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { stalePackages as stale } from '../../scripts/build.mjs'

const ALL = ['@luot/kiosk', '@luot/counter-display', '@luot/clerk-console', '@luot/shared', '@luot/server']
const T0 = new Date('2026-01-01T00:00:00Z')
const T1 = new Date('2026-01-02T00:00:00Z')
const T2 = new Date('2026-01-03T00:00:00Z')

async function file(root: string, path: string, at: Date): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true })
  await writeFile(join(root, path), 'x')
  await utimes(join(root, path), at, at)
  await utimes(dirname(join(root, path)), at, at)
}

/** A checkout whose sources date from T0 and whose every package was built at T1. */
async function builtTree(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'luot-build-'))
  for (const f of ['package-lock.json', 'tsconfig.base.json', 'vite.app-config.ts', 'shared/src/index.ts', 'shared/package.json', 'kiosk/src/app.tsx', 'counter-display/src/app.tsx', 'clerk-console/src/app.tsx', 'server/src/app.ts']) await file(root, f, T0)
  for (const d of ['kiosk', 'counter-display', 'clerk-console', 'shared', 'server']) await file(root, `${d}/dist/.luot-build`, T1)
  return root
}

describe('npm start builds only what is out of date', () => {
  it('builds everything on a fresh clone', async () => {
    const root = await mkdtemp(join(tmpdir(), 'luot-build-'))
    await file(root, 'kiosk/src/app.tsx', T0)
    expect(stale(root)).toEqual(ALL)
  })

  it('builds nothing when every build is newer than its sources', async () => {
    expect(stale(await builtTree())).toEqual([])
  })

  it('rebuilds only the app whose source changed', async () => {
    const root = await builtTree()
    await file(root, 'counter-display/src/app.tsx', T2)
    expect(stale(root)).toEqual(['@luot/counter-display'])
  })

  it('rebuilds everything when a shared module changed, since every package compiles it in', async () => {
    const root = await builtTree()
    await file(root, 'shared/src/index.ts', T2)
    expect(stale(root)).toEqual(ALL)
  })

  it('ignores a changed test file', async () => {
    const root = await builtTree()
    await file(root, 'server/src/app.test.ts', T2)
    await utimes(join(root, 'server/src'), T0, T0)
    expect(stale(root)).toEqual([])
  })
})

describe('the province page is an input of the console build', () => {
  it('rebuilds the console when province.html changed', async () => {
    const root = await builtTree()
    await file(root, 'clerk-console/province.html', T2)
    expect(stale(root)).toEqual(['@luot/clerk-console'])
  })
})
