import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseVoiceManifest, voiceUrl } from './manifest.js'

describe('voice manifest', () => {
  it('joins the base URL and a file name with one slash', () => {
    expect(voiceUrl('/voice/', 'a.opus')).toBe('/voice/a.opus')
    expect(voiceUrl('/voice', 'a.opus')).toBe('/voice/a.opus')
    expect(voiceUrl('http://tv.local:8080/voice/', 'ghi âm/mời.mp3')).toBe('http://tv.local:8080/voice/ghi%20%C3%A2m/m%E1%BB%9Di.mp3')
  })

  it('accepts the shipped manifest', () => {
    const shipped = parseVoiceManifest(JSON.parse(readFileSync(new URL('../../public/voice/manifest.json', import.meta.url), 'utf8')))
    expect(shipped.clips['xin-moi-cong-dan']).toEqual({ file: 'xin-moi-cong-dan.opus', text: 'xin mời công dân' })
  })

  it.each([
    [null],
    [{ version: 2, clips: {} }],
    [{ version: 1, clips: [] }],
    [{ version: 1, clips: { a: {} } }],
    [{ version: 1, clips: { a: { file: '../secret' } } }],
    [{ version: 1, clips: { a: { file: '/etc/passwd' } } }],
    [{ version: 1, clips: { a: { file: 'http://elsewhere/a.mp3' } } }],
  ])('rejects %j', (value) => {
    expect(() => parseVoiceManifest(value)).toThrow(/voice manifest/)
  })
})
