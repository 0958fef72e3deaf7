import { describe, expect, it } from 'vitest'
import { createAnnouncer, type Player } from './announcer.js'
import { DEFAULT_TEMPLATE, type CallInput } from './clips.js'

const call = (number: string, counter = 1, over: Partial<CallInput> = {}): CallInput => ({
  number,
  counter,
  template: DEFAULT_TEMPLATE,
  english: false,
  repeat: 1,
  ...over,
})

interface Played {
  kind: 'clips' | 'speak'
  what: string
}

/**
 * Records what it is asked to play. Each play lasts `ms` of real time; it
 * fails for any clip in `brokenClips`, and speech fails unless `voices` has
 * the language. `active` counts plays in progress, to catch overlaps.
 */
function recordingPlayer(options: { ms?: number; brokenClips?: string[]; voices?: string[] } = {}) {
  const played: Played[] = []
  let active = 0
  let maxActive = 0
  const run = async (entry: Played, fails: boolean): Promise<void> => {
    active++
    maxActive = Math.max(maxActive, active)
    try {
      await new Promise((resolve) => setTimeout(resolve, options.ms ?? 1))
      if (fails) throw new Error(`cannot play ${entry.what}`)
      played.push(entry)
    } finally {
      active--
    }
  }
  const player: Player = {
    playClips: (ids) => run({ kind: 'clips', what: ids.join(' ') }, ids.some((id) => options.brokenClips?.includes(id))),
    speak: (text, lang) => run({ kind: 'speak', what: `${lang}: ${text}` }, !(options.voices ?? []).includes(lang)),
  }
  return { player, played, maxActive: () => maxActive }
}

/** A player whose plays finish only when the test says so. */
function manualPlayer() {
  const started: { ids: readonly string[]; finish: () => void }[] = []
  const player: Player = {
    playClips: (ids) => new Promise<void>((resolve) => started.push({ ids, finish: resolve })),
    speak: () => Promise.reject(new Error('no voice')),
  }
  return { player, started }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('createAnnouncer', () => {
  it('plays three calls enqueued at once in order, one at a time, none dropped', async () => {
    const { player, played, maxActive } = recordingPlayer({ ms: 15 })
    const announcer = createAnnouncer({ player })
    const results = await Promise.all([announcer.announce(call('A001', 1)), announcer.announce(call('A002', 2)), announcer.announce(call('A003', 3))])
    expect(results.map((r) => r.method)).toEqual(['clips', 'clips', 'clips'])
    expect(played.map((p) => p.what.split(' ')[4])).toEqual(['1', '2', '3'])
    expect(maxActive()).toBe(1)
    expect(announcer.pending).toBe(0)
  })

  it('starts the next call only after the current one has finished', async () => {
    const { player, started } = manualPlayer()
    const announcer = createAnnouncer({ player })
    const first = announcer.announce(call('A001'))
    const second = announcer.announce(call('A002'))
    await flush()
    expect(started).toHaveLength(1)
    expect(announcer.pending).toBe(2)
    started[0]?.finish()
    await first
    await flush()
    expect(started).toHaveLength(2)
    expect(started[1]?.ids).toContain('2')
    started[1]?.finish()
    await second
    expect(announcer.pending).toBe(0)
  })

  it('announces a recall again', async () => {
    const { player, played } = recordingPlayer()
    const announcer = createAnnouncer({ player })
    void announcer.announce(call('B007', 4))
    void announcer.announce(call('B008', 5))
    void announcer.announce(call('B007', 4))
    await announcer.idle()
    expect(played.map((p) => p.what)).toEqual([
      'chime xin-moi-cong-dan co-so-thu-tu letter-b 7 den-quay-so 4',
      'chime xin-moi-cong-dan co-so-thu-tu letter-b 8 den-quay-so 5',
      'chime xin-moi-cong-dan co-so-thu-tu letter-b 7 den-quay-so 4',
    ])
  })

  it('falls back to the chime and speech synthesis when a clip fails', async () => {
    const { player, played } = recordingPlayer({ brokenClips: ['lam'], voices: ['vi-VN'] })
    const result = await createAnnouncer({ player }).announce(call('A025', 3, { english: true }))
    expect(result.method).toBe('speech')
    expect(result.errors).toHaveLength(2) // the broken clip, then the missing English voice
    expect(played).toEqual([
      { kind: 'clips', what: 'chime' },
      { kind: 'speak', what: 'vi-VN: Xin mời công dân có số thứ tự A hai mươi lăm đến quầy số ba' },
    ])
  })

  it('plays the chime alone when neither clips nor a voice work', async () => {
    const { player, played } = recordingPlayer({ brokenClips: ['3'] })
    const result = await createAnnouncer({ player }).announce(call('1023', 3))
    expect(result.method).toBe('chime')
    expect(played).toEqual([{ kind: 'clips', what: 'chime' }])
  })

  it('uses speech for template words without a clip, else the clips it has', async () => {
    const template = 'Kính mời công dân có số thứ tự {number} đến quầy số {counter}'
    const withVoice = recordingPlayer({ voices: ['vi-VN'] })
    const spoken = await createAnnouncer({ player: withVoice.player }).announce(call('A001', 2, { template }))
    expect(spoken).toMatchObject({ method: 'speech', missing: ['Kính'] })
    expect(withVoice.played.map((p) => p.kind)).toEqual(['clips', 'speak'])

    const noVoice = recordingPlayer()
    const partial = await createAnnouncer({ player: noVoice.player }).announce(call('A001', 2, { template }))
    expect(partial.method).toBe('partial-clips')
    expect(noVoice.played.map((p) => p.what)).toEqual(['chime', 'moi-cong-dan co-so-thu-tu letter-a 1 den-quay-so 2'])
  })

  it('reports "none" and keeps going when nothing can play', async () => {
    const broken = recordingPlayer({ brokenClips: ['chime'] })
    const results: string[] = []
    const announcer = createAnnouncer({ player: broken.player, onAnnounced: (r) => results.push(`${r.input.number} ${r.method}`) })
    await Promise.all([announcer.announce(call('A001')), announcer.announce(call('A002', 10_000))])
    await flush()
    expect(results).toEqual(['A001 none', 'A002 none'])
  })

  it('survives a listener that throws', async () => {
    const { player } = recordingPlayer()
    const announcer = createAnnouncer({ player, onAnnounced: () => { throw new Error('listener') } })
    await expect(announcer.announce(call('A001'))).resolves.toMatchObject({ method: 'clips' })
    await expect(announcer.announce(call('A002'))).resolves.toMatchObject({ method: 'clips' })
  })
})
