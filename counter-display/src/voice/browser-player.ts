/**
 * The Player for the counter display: recorded clips through Web Audio, and
 * the browser's speech synthesis for the fallback.
 */
import type { Player } from './announcer.js'
import { createSpeaker, type SpeakerOptions } from './speech-synthesis.js'
import { createWebAudioClipPlayer, type WebAudioClipPlayerOptions } from './web-audio-player.js'

/** Clip options (the AudioContext, base URL) plus optional speech options. */
export interface BrowserPlayerOptions extends WebAudioClipPlayerOptions {
  speech?: SpeakerOptions
}

/** A Player plus `preload`, which decodes every clip ahead of the first call and resolves with the ids that failed. */
export interface BrowserPlayer extends Player {
  preload(): Promise<string[]>
}

/** Creates the browser Player; share `context` with unlockAudio so one tap unlocks both. */
export function createBrowserPlayer(options: BrowserPlayerOptions): BrowserPlayer {
  const clips = createWebAudioClipPlayer(options)
  const speak = createSpeaker(options.speech)
  return { playClips: clips.playClips, preload: clips.preload, speak }
}
