/**
 * The announcement queue: calls are played one at a time, in the order they
 * arrive, never overlapping and never dropped. Each call uses the best source
 * that works, all offline: recorded clips back to back, else the browser's
 * Vietnamese speech voice, else the chime alone.
 */
import { SerialQueue } from '@luot/shared/serial-queue'
import { planCall, type CallInput, type CallPlan } from './clips.js'
import { DEFAULT_VOCABULARY, type Vocabulary } from './vocabulary.js'

/** What actually makes sound; the browser one is createBrowserPlayer, tests use a recording one. */
export interface Player {
  /** Plays the clips back to back without gaps and resolves when the last one ends; rejects (before any sound where it can) when a clip cannot be loaded or audio is locked. */
  playClips(ids: readonly string[]): Promise<void>
  /** Speaks one line with a voice for `lang` (e.g. "vi-VN") and resolves when done; rejects when there is no such voice or speaking fails. */
  speak(text: string, lang: string): Promise<void>
}

/**
 * How a call was announced: "clips" (all words recorded), "speech" (speech
 * synthesis after the chime), "partial-clips" (clips with the unrecorded words
 * left out, when no speech voice exists), "chime" (the chime alone), "none".
 */
export type AnnounceMethod = 'clips' | 'speech' | 'partial-clips' | 'chime' | 'none'

/** The outcome of one call, for logs and for showing a "Bật âm thanh" prompt. */
export interface AnnounceResult {
  input: CallInput
  method: AnnounceMethod
  /** Template words no clip covers. */
  missing: string[]
  /** Why the better sources were skipped, in the order they failed. */
  errors: unknown[]
}

/** Dependencies of the queue. */
export interface AnnouncerOptions {
  player: Player
  /** The words clips exist for; the bundled default list unless a centre has its own. */
  vocabulary?: Vocabulary
  /** Called after every call, whatever happened. */
  onAnnounced?: (result: AnnounceResult) => void
}

/** A queue of calls in front of one player. */
export interface Announcer {
  /** Queues one call; a recall is simply announced again. Resolves once it has been played; never rejects. */
  announce(input: CallInput): Promise<AnnounceResult>
  /** Calls queued or playing. */
  readonly pending: number
  /** Resolves when everything queued so far has been played. */
  idle(): Promise<void>
}

/** Creates the queue; it holds no timers and needs no disposal. */
export function createAnnouncer(options: AnnouncerOptions): Announcer {
  const { player, onAnnounced } = options
  const vocabulary = options.vocabulary ?? DEFAULT_VOCABULARY
  const queue = new SerialQueue() // one announcement at a time, whatever happens to the one before

  async function speakAll(plan: CallPlan, errors: unknown[]): Promise<void> {
    for (const line of plan.speech) {
      try {
        await player.speak(line.text, line.lang)
      } catch (error) {
        if (line.lang.startsWith('vi')) throw error
        errors.push(error) // the Vietnamese call was heard; a missing English voice is no reason to fall back
      }
    }
  }

  async function playOne(input: CallInput): Promise<AnnounceResult> {
    const errors: unknown[] = []
    const attempt = async (play: () => Promise<void>): Promise<boolean> => {
      try {
        await play()
        return true
      } catch (error) {
        errors.push(error)
        return false
      }
    }
    let plan: CallPlan | undefined
    try {
      plan = planCall(input, vocabulary)
    } catch (error) {
      errors.push(error)
    }
    const result = (method: AnnounceMethod): AnnounceResult => ({ input, method, missing: plan?.missing ?? [], errors })

    if (plan && plan.missing.length === 0 && (await attempt(() => player.playClips(plan.clips)))) return result('clips')
    const chimed = await attempt(() => player.playClips(['chime']))
    if (plan && (await attempt(() => speakAll(plan, errors)))) return result('speech')
    if (plan && plan.missing.length > 0) {
      const words = plan.clips.filter((id) => id !== 'chime') // it has just played, or it is broken
      if (await attempt(() => player.playClips(words))) return result('partial-clips')
    }
    if (chimed) return result('chime')
    return result((await attempt(() => player.playClips(['chime']))) ? 'chime' : 'none')
  }

  return {
    announce(input) {
      return queue.run(() => playOne(input)).then((outcome) => {
        try {
          onAnnounced?.(outcome)
        } catch {
          // a failing listener must not break the queue or the caller
        }
        return outcome
      })
    },
    get pending() {
      return queue.size
    },
    idle() {
      return queue.idle()
    },
  }
}
