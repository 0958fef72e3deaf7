import { describe, expect, expectTypeOf, it } from 'vitest'
import { audioIsLocked, unlockAudio, type UnlockableContext } from './unlock-audio.js'

function fakeContext(resumes: boolean) {
  const started: number[] = []
  const context: UnlockableContext & { state: string } = {
    state: 'suspended',
    sampleRate: 48_000,
    destination: {} as AudioNode,
    resume: () => (resumes ? Promise.resolve().then(() => void (context.state = 'running')) : new Promise(() => undefined)),
    createBuffer: (_channels, length) => ({ length, duration: 0 }) as AudioBuffer,
    createBufferSource: () => ({ buffer: null, connect: () => undefined, start: (when = 0) => void started.push(when) }),
  }
  return { context, started }
}

describe('unlockAudio', () => {
  it('an AudioContext fits the interface', () => {
    expectTypeOf<AudioContext>().toExtend<UnlockableContext>()
  })

  it('resumes the context, starts a silent sound and a silent utterance', async () => {
    const { context, started } = fakeContext(true)
    const utterances: SpeechSynthesisUtterance[] = []
    expect(audioIsLocked(context)).toBe(true)
    const ok = await unlockAudio(context, { speak: (u) => void utterances.push(u) }, (text) => ({ text, volume: 1 }) as SpeechSynthesisUtterance)
    expect(ok).toBe(true)
    expect(audioIsLocked(context)).toBe(false)
    expect(started).toEqual([0])
    expect(utterances).toEqual([{ text: ' ', volume: 0 }])
  })

  it('resolves false when the browser still refuses', async () => {
    const { context } = fakeContext(false)
    expect(await unlockAudio(context, undefined)).toBe(false)
  })
})
