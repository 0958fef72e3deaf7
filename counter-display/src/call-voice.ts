import type { CallView, VoiceSettings } from '@luot/shared'
import { audioIsLocked, createAnnouncer, createBrowserPlayer, unlockAudio, type AnnounceResult } from './voice/index.js'

/** The hall board's loudspeaker: one announcement at a time, in call order. */
export interface CallVoice {
  /** Queues a call (a recall is simply queued again); resolves once it has been played. */
  announce(call: CallView, voice: VoiceSettings): Promise<AnnounceResult>
  /** Whether the browser still blocks sound, i.e. whether to show "Bật âm thanh". */
  locked(): boolean
  /** Call from a click handler. */
  unlock(): Promise<boolean>
  /** Told whenever locked() may have changed. */
  onChange(listener: () => void): () => void
  /** Settles once every clip has been fetched and decoded (or failed to), a few seconds after start. */
  readonly ready: Promise<void>
}

/** Clips are decoded a little after start-up, so the first call is not delayed by 130 downloads. */
const PRELOAD_DELAY_MS = 3000

/** The browser's voice: Web Audio clips from `<root>voice/`, speech synthesis as fallback. Null without Web Audio. */
export function createCallVoice(baseUrl: string): CallVoice | null {
  if (typeof AudioContext === 'undefined') return null
  const context = new AudioContext()
  const player = createBrowserPlayer({ context, baseUrl })
  const announcer = createAnnouncer({ player })
  const listeners = new Set<() => void>()
  context.addEventListener('statechange', () => listeners.forEach((l) => l()))
  const ready = new Promise<void>((resolve) => setTimeout(() => void player.preload().then(() => resolve(), () => resolve()), PRELOAD_DELAY_MS))

  return {
    announce: (call, voice) =>
      announcer.announce({ number: call.number, counter: call.counterNumber, template: voice.template, templateEn: voice.templateEn, english: voice.english, repeat: voice.repeat }),
    locked: () => audioIsLocked(context),
    unlock: async () => {
      const ok = await unlockAudio(context)
      listeners.forEach((l) => l())
      return ok
    },
    onChange: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    ready,
  }
}
