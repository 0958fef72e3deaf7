import { describe, expect, expectTypeOf, it } from 'vitest'
import { createSpeaker, NoVoiceError, pickVoice, type SynthLike } from './speech-synthesis.js'

const voice = (lang: string, name = lang, localService = true) => ({ lang, name, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice

/** A speechSynthesis stand-in that "speaks" by ending each utterance at once. */
function fakeSynth(voices: SpeechSynthesisVoice[]) {
  const spoken: { text: string; lang: string; voice: string | undefined }[] = []
  const synth: SynthLike = {
    getVoices: () => voices,
    speak: (u) => {
      spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name })
      setTimeout(() => u.onend?.call(u, {} as SpeechSynthesisEvent), 0)
    },
    cancel: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }
  return { synth, spoken }
}

const makeUtterance = (text: string) => ({ text }) as SpeechSynthesisUtterance

describe('speech synthesis fallback', () => {
  it('speechSynthesis fits the interface', () => {
    expectTypeOf<SpeechSynthesis>().toExtend<SynthLike>()
  })

  it('picks a Vietnamese voice, preferring the exact region and local voices', () => {
    const voices = [voice('en-US'), voice('vi', 'plain'), voice('vi_VN', 'remote', false), voice('vi-VN', 'local')]
    expect(pickVoice(voices, 'vi-VN')?.name).toBe('local')
    expect(pickVoice([voice('en-US'), voice('vi', 'plain')], 'vi-VN')?.name).toBe('plain')
    expect(pickVoice([voice('en-US')], 'vi-VN')).toBeUndefined()
  })

  it('speaks with the chosen voice and resolves when the line ends', async () => {
    const { synth, spoken } = fakeSynth([voice('en-US'), voice('vi-VN', 'Linh')])
    await createSpeaker({ synth, makeUtterance })('Xin mời', 'vi-VN')
    expect(spoken).toEqual([{ text: 'Xin mời', lang: 'vi-VN', voice: 'Linh' }])
  })

  it('rejects with NoVoiceError when the browser has no voice for the language', async () => {
    const { synth, spoken } = fakeSynth([voice('en-US')])
    await expect(createSpeaker({ synth, makeUtterance, voicesWaitMs: 5 })('Xin mời', 'vi-VN')).rejects.toBeInstanceOf(NoVoiceError)
    const empty = fakeSynth([])
    await expect(createSpeaker({ synth: empty.synth, makeUtterance, voicesWaitMs: 5 })('Xin mời', 'vi-VN')).rejects.toBeInstanceOf(NoVoiceError)
    expect(spoken).toEqual([])
  })
})
