/**
 * Plays clips back to back with Web Audio: each file is fetched and decoded
 * once, and the AudioBuffers are scheduled end to end on the context's clock,
 * so there is no gap or overlap between words.
 */
import { DEFAULT_VOICE_BASE_URL, fetchVoiceManifest, voiceUrl, type VoiceManifest } from './manifest.js'

/** The part of an AudioBufferSourceNode used here. */
export interface SourceLike {
  buffer: AudioBuffer | null
  onended: ((event: Event) => void) | null
  connect(destination: AudioNode): unknown
  start(when?: number): void
}

/** The part of an AudioContext used here (an AudioContext fits). */
export interface AudioContextLike {
  readonly currentTime: number
  readonly state: string
  readonly destination: AudioNode
  resume(): Promise<void>
  decodeAudioData(data: ArrayBuffer): Promise<AudioBuffer>
  createBufferSource(): SourceLike
}

/** Thrown when the browser keeps audio suspended until someone taps the screen. */
export class AudioLockedError extends Error {
  constructor() {
    super('audio is locked until a user gesture (see unlockAudio)')
    this.name = 'AudioLockedError'
  }
}

/** Options for createWebAudioClipPlayer. */
export interface WebAudioClipPlayerOptions {
  context: AudioContextLike
  /** Where manifest.json and the clips are; '/voice/' by default. */
  baseUrl?: string
  fetch?: typeof fetch
  /** Delay before the first clip, so it is never scheduled in the past. */
  leadSeconds?: number
}

/** Plays clip ids back to back. */
export interface WebAudioClipPlayer {
  /** Resolves when the last clip has ended; rejects before any sound if a clip cannot be loaded or audio is locked. */
  playClips(ids: readonly string[]): Promise<void>
  /** Fetches and decodes every clip of the manifest ahead of the first call; resolves with the ids that failed. */
  preload(): Promise<string[]>
}

const RESUME_WAIT_MS = 300
/** Extra wait past the scheduled end before assuming "ended" was lost. */
const END_GRACE_MS = 1000

/** Creates the player; clips are looked up by id in `<baseUrl>manifest.json` and fetched by file name. */
export function createWebAudioClipPlayer(options: WebAudioClipPlayerOptions): WebAudioClipPlayer {
  const { context } = options
  const baseUrl = options.baseUrl ?? DEFAULT_VOICE_BASE_URL
  const fetchFn: typeof fetch = options.fetch ?? ((input, init) => fetch(input, init))
  const lead = options.leadSeconds ?? 0.05
  let manifest: Promise<VoiceManifest> | undefined
  const buffers = new Map<string, Promise<AudioBuffer>>()

  function getManifest(): Promise<VoiceManifest> {
    manifest ??= fetchVoiceManifest(baseUrl, fetchFn).catch((error: unknown) => {
      manifest = undefined // try again on the next call
      throw error
    })
    return manifest
  }

  async function decode(file: string): Promise<AudioBuffer> {
    const response = await fetchFn(voiceUrl(baseUrl, file))
    if (!response.ok) throw new Error(`voice clip ${file}: HTTP ${response.status}`)
    return context.decodeAudioData(await response.arrayBuffer())
  }

  async function load(id: string): Promise<AudioBuffer> {
    const clip = (await getManifest()).clips[id]
    if (clip === undefined) throw new Error(`voice clip "${id}" is not in the manifest`)
    let buffer = buffers.get(clip.file)
    if (buffer === undefined) {
      buffer = decode(clip.file)
      buffers.set(clip.file, buffer)
      buffer.catch(() => buffers.delete(clip.file)) // a failed fetch is retried next time
    }
    return buffer
  }

  async function ensureRunning(): Promise<void> {
    if (context.state === 'running') return
    // Without a user gesture resume() may stay pending for ever: do not wait on it.
    await Promise.race([context.resume().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, RESUME_WAIT_MS))])
    if (context.state !== 'running') throw new AudioLockedError()
  }

  return {
    async playClips(ids) {
      const list = await Promise.all(ids.map(load)) // everything decoded before the first sound
      if (list.length === 0) return
      await ensureRunning()
      let at = context.currentTime + lead
      let last: SourceLike | undefined
      for (const buffer of list) {
        last = context.createBufferSource()
        last.buffer = buffer
        last.connect(context.destination)
        last.start(at)
        at += buffer.duration
      }
      const ended = last
      const remainingMs = (at - context.currentTime) * 1000
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remainingMs + END_GRACE_MS) // "ended" can be lost if the context is suspended mid-call
        if (ended) {
          ended.onended = () => {
            clearTimeout(timer)
            resolve()
          }
        }
      })
    },
    async preload() {
      const ids = Object.keys((await getManifest()).clips)
      const results = await Promise.allSettled(ids.map(load))
      return ids.filter((_, i) => results[i]?.status === 'rejected')
    },
  }
}
