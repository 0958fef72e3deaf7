/**
 * The second-best source: the browser's own speech synthesis, used only when
 * it has a voice for the language (Chromium on Linux ships none for
 * Vietnamese; Windows, macOS, iOS and Android often have one).
 */

/** The part of window.speechSynthesis used here. */
export interface SynthLike {
  getVoices(): SpeechSynthesisVoice[]
  speak(utterance: SpeechSynthesisUtterance): void
  cancel(): void
  addEventListener(type: 'voiceschanged', listener: () => void): void
  removeEventListener(type: 'voiceschanged', listener: () => void): void
}

/** Thrown when the browser has no voice for the language asked for. */
export class NoVoiceError extends Error {
  constructor(lang: string) {
    super(`no speech synthesis voice for ${lang}`)
    this.name = 'NoVoiceError'
  }
}

/** Options for createSpeaker; the defaults are the browser's globals. */
export interface SpeakerOptions {
  synth?: SynthLike
  makeUtterance?: (text: string) => SpeechSynthesisUtterance
  /** How long to wait for the voice list, which Chromium fills in late. */
  voicesWaitMs?: number
  /** Slightly slow by default: halls echo. */
  rate?: number
}

/** Speaks one line with a voice for a language. */
export type Speak = (text: string, lang: string) => Promise<void>

/** The best voice for "vi-VN": same language and region first, then same language; local voices before network ones. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const norm = (tag: string): string => tag.replace('_', '-').toLowerCase()
  const wanted = norm(lang)
  const language = wanted.split('-')[0] ?? wanted
  const score = (v: SpeechSynthesisVoice): number =>
    (norm(v.lang) === wanted ? 4 : norm(v.lang).split('-')[0] === language ? 2 : 0) + (v.localService ? 1 : 0)
  return [...voices].filter((v) => score(v) >= 2).sort((a, b) => score(b) - score(a))[0]
}

/** Creates a Speak that rejects with NoVoiceError when no voice fits, and resolves when the line has been spoken. */
export function createSpeaker(options: SpeakerOptions = {}): Speak {
  const synth = options.synth ?? globalThis.speechSynthesis
  const makeUtterance = options.makeUtterance ?? ((text: string) => new SpeechSynthesisUtterance(text))
  const waitMs = options.voicesWaitMs ?? 1500

  function voices(): Promise<SpeechSynthesisVoice[]> {
    const now = synth.getVoices()
    if (now.length > 0) return Promise.resolve(now)
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer)
        synth.removeEventListener('voiceschanged', done)
        resolve(synth.getVoices())
      }
      const timer = setTimeout(done, waitMs)
      synth.addEventListener('voiceschanged', done)
    })
  }

  return async (text, lang) => {
    if (synth === undefined) throw new NoVoiceError(lang)
    const voice = pickVoice(await voices(), lang)
    if (voice === undefined) throw new NoVoiceError(lang)
    const utterance = makeUtterance(text)
    utterance.voice = voice
    utterance.lang = voice.lang
    utterance.rate = options.rate ?? 0.9
    await new Promise<void>((resolve, reject) => {
      // Chromium sometimes never fires "end" on long lines: give up after a generous estimate.
      const timer = setTimeout(() => {
        synth.cancel()
        resolve()
      }, 5000 + text.length * 150)
      utterance.onend = () => {
        clearTimeout(timer)
        resolve()
      }
      utterance.onerror = (event) => {
        clearTimeout(timer)
        reject(new Error(`speech synthesis failed: ${event.error}`))
      }
      synth.speak(utterance)
    })
  }
}
