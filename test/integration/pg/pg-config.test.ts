import { describe, expect, it } from 'vitest'
import { LuotError } from '@luot/shared'
import type { Config } from '../../../server/src/domain/types.js'
import { testConfig } from '../../support/domain-fixtures.js'
import { usePgStores } from '../../support/pg-stores.js'
import { skipPostgres } from '../../support/postgres.js'
import { openService, steppingClock } from '../../support/service-run.js'

const renameService = (id: string, vi: string) => (config: Config) => {
  const s = config.services.find((x) => x.id === id)
  if (!s) throw new LuotError('NOT_FOUND')
  s.name = { ...s.name, vi }
  return { config, value: vi }
}

describe.skipIf(skipPostgres())('two processes changing the configuration at the same moment', () => {
  const { open } = usePgStores()

  it('keeps both changes: the second is made again on top of the first', async () => {
    const [storeA, storeB] = [await open('xa-cfg'), await open('xa-cfg')]
    await storeA.writeConfig(testConfig())
    const a = await openService(storeA, steppingClock().clock, 'a')
    const b = await openService(storeB, steppingClock().clock, 'b')
    // both processes hold the same configuration; each admin saves a different edit at once
    await Promise.all([a.updateConfig(renameService('dat-dai', 'Đất đai (tầng 2)')), b.updateConfig(renameService('chung-thuc', 'Chứng thực (quầy 7)'))])
    const stored = (await storeA.readConfig())!
    expect(stored.services.find((s) => s.id === 'dat-dai')!.name.vi).toBe('Đất đai (tầng 2)')
    expect(stored.services.find((s) => s.id === 'chung-thuc')!.name.vi).toBe('Chứng thực (quầy 7)')
    // each process ends with what is stored (the one that lost the race took it before saving again)
    const last = [a.config, b.config].find((c) => JSON.stringify(c) === JSON.stringify(stored))
    expect(last).toBeDefined()
    await Promise.all([a.close(), b.close()])
  })

  it('a change that no longer applies on top of the other process\'s one is refused with its own error', async () => {
    const [storeA, storeB] = [await open('xa-cfg2'), await open('xa-cfg2')]
    await storeA.writeConfig(testConfig())
    const a = await openService(storeA, steppingClock().clock, 'a')
    const b = await openService(storeB, steppingClock().clock, 'b')
    const removeService = (config: Config) => ({ config: { ...config, services: config.services.filter((s) => s.id !== 'dat-dai'), counters: config.counters.map((c) => ({ ...c, serviceIds: c.serviceIds.filter((id) => id !== 'dat-dai') })) }, value: 'removed' })
    await a.updateConfig(removeService)
    // b has not heard yet (or has; either way) and renames the service a removed
    await expect(b.updateConfig(renameService('dat-dai', 'Đất đai'))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await storeB.readConfig())!.services.some((s) => s.id === 'dat-dai')).toBe(false)
    await Promise.all([a.close(), b.close()])
  })
})
