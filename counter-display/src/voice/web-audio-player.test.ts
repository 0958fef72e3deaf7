import { describe, expect, expectTypeOf, it } from 'vitest'
import { AudioLockedError, createWebAudioClipPlayer, type AudioContextLike, type SourceLike } from './web-audio-player.js'

/** Serves a manifest and clip files whose body is their duration in seconds. */
function fakeServer(base: string, files: Record<string, string>, clips: Record<string, string>) {
  const requests: string[] = []
  const fetchFn: typeof fetch = async (input) => {
    const url = String(input)
    requests.push(url)
    if (url === `${base}manifest.json`) {
      return Response.json({ version: 1, clips: Object.fromEntries(Object.entries(clips).map(([id, file]) => [id, { file }])) })
    }
    const body = files[url.slice(base.length)]
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body)
  }
  return { fetchFn, requests }
}

/** Records decodes and scheduled starts on a clock the test controls. */
function fakeContext(state = 'running') {
  const started: { when: number; duration: number }[] = []
  const sources: SourceLike[] = []
  let decodes = 0
  const context: AudioContextLike & { state: string } = {
    currentTime: 10,
    state,
    destination: {} as AudioNode,
    resume: async () => {
      context.state = 'running'
    },
    decodeAudioData: async (data) => {
      decodes++
      return { duration: Number(new TextDecoder().decode(data)) } as AudioBuffer
    },
    createBufferSource: () => {
      const source: SourceLike = {
        buffer: null,
        onended: null,
        connect: () => undefined,
        start: (when = 0) => started.push({ when, duration: source.buffer?.duration ?? NaN }),
      }
      sources.push(source)
      return source
    },
  }
  return { context, started, sources, decodes: () => decodes }
}

const FILES = { 'chime.opus': '1', 'a.opus': '0.5', 'b.opus': '0.25' }
const CLIPS = { chime: 'chime.opus', a: 'a.opus', b: 'b.opus' }

/** Lets the player's awaits run, then ends the last scheduled source. */
async function endLast(sources: SourceLike[]): Promise<void> {
  for (let i = 0; i < 20 && sources.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 0))
  sources.at(-1)?.onended?.(new Event('ended'))
}

describe('createWebAudioClipPlayer', () => {
  it('an AudioContext fits the interface', () => {
    expectTypeOf<AudioContext>().toExtend<AudioContextLike>()
  })

  it('schedules clips end to end and decodes each file once', async () => {
    const server = fakeServer('/voice/', FILES, CLIPS)
    const audio = fakeContext()
    const player = createWebAudioClipPlayer({ context: audio.context, fetch: server.fetchFn })
    const done = player.playClips(['chime', 'a', 'b', 'a'])
    await endLast(audio.sources)
    await done
    expect(audio.started).toEqual([
      { when: 10.05, duration: 1 },
      { when: 11.05, duration: 0.5 },
      { when: 11.55, duration: 0.25 },
      { when: 11.8, duration: 0.5 },
    ])
    audio.sources.length = 0
    const again = player.playClips(['b', 'a'])
    await endLast(audio.sources)
    await again
    expect(audio.decodes()).toBe(3)
    expect(server.requests).toEqual(['/voice/manifest.json', '/voice/chime.opus', '/voice/a.opus', '/voice/b.opus'])
  })

  it('loads by file name relative to the base URL', async () => {
    const server = fakeServer('/centre/voice/', FILES, { chime: 'chime.opus' })
    const audio = fakeContext()
    const done = createWebAudioClipPlayer({ context: audio.context, fetch: server.fetchFn, baseUrl: '/centre/voice' }).playClips(['chime'])
    await endLast(audio.sources)
    await done
    expect(server.requests).toEqual(['/centre/voice/manifest.json', '/centre/voice/chime.opus'])
  })

  it('rejects before any sound when a clip is unknown or cannot be fetched, and retries later', async () => {
    const server = fakeServer('/voice/', { 'chime.opus': '1' }, CLIPS)
    const audio = fakeContext()
    const player = createWebAudioClipPlayer({ context: audio.context, fetch: server.fetchFn })
    await expect(player.playClips(['chime', 'nope'])).rejects.toThrow(/not in the manifest/)
    await expect(player.playClips(['chime', 'a'])).rejects.toThrow(/HTTP 404/)
    await expect(player.playClips(['a'])).rejects.toThrow(/HTTP 404/)
    expect(audio.started).toEqual([])
    expect(server.requests.filter((url) => url === '/voice/a.opus')).toHaveLength(2)
    expect(await player.preload()).toEqual(['a', 'b'])
  })

  it('resumes a suspended context, and reports a locked one', async () => {
    const resumable = fakeContext('suspended')
    const server = fakeServer('/voice/', FILES, CLIPS)
    const done = createWebAudioClipPlayer({ context: resumable.context, fetch: server.fetchFn }).playClips(['a'])
    await endLast(resumable.sources)
    await done
    expect(resumable.started).toHaveLength(1)

    const locked = fakeContext('suspended')
    locked.context.resume = () => new Promise(() => undefined) // what Chromium does without a gesture
    const player = createWebAudioClipPlayer({ context: locked.context, fetch: server.fetchFn })
    await expect(player.playClips(['a'])).rejects.toBeInstanceOf(AudioLockedError)
    expect(locked.started).toEqual([])
  })
})
