import { existsSync, readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_VOCABULARY_ENTRIES } from './vocabulary.js'
import type { VoiceManifest } from './manifest.js'

const publicVoice = new URL('../../public/voice/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('manifest.json', publicVoice), 'utf8')) as VoiceManifest

describe('vocabulary.json', () => {
  it('has unique ASCII ids and one clip per text and language', () => {
    const ids = DEFAULT_VOCABULARY_ENTRIES.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    const texts = DEFAULT_VOCABULARY_ENTRIES.filter((e) => e.kind !== 'sound').map((e) => `${e.lang}|${e.text.normalize('NFC')}`)
    expect(new Set(texts).size).toBe(texts.length)
  })

  it('has a letter clip for A–Z in both languages', () => {
    for (const lang of ['vi', 'en'])
      for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
        expect(DEFAULT_VOCABULARY_ENTRIES.some((e) => e.kind === 'letter' && e.lang === lang && e.text === letter), `${lang} ${letter}`).toBe(true)
  })
})

describe('the generated clip set in public/voice', () => {
  it('lists exactly the vocabulary, each file present and not empty', () => {
    expect(Object.keys(manifest.clips).sort()).toEqual(DEFAULT_VOCABULARY_ENTRIES.map((e) => e.id).sort())
    for (const [id, clip] of Object.entries(manifest.clips)) {
      const file = new URL(clip.file, publicVoice)
      expect(existsSync(file), `${id}: ${clip.file}`).toBe(true)
      expect(statSync(file).size, `${id}: ${clip.file}`).toBeGreaterThan(200)
    }
  })

  it('stays small', () => {
    const total = Object.values(manifest.clips).reduce((sum, clip) => sum + statSync(new URL(clip.file, publicVoice)).size, 0)
    expect(total).toBeLessThan(1.5 * 1024 * 1024)
  })
})
