import type { LocalizedName, RatingRequest } from '@luot/shared'

/** An unanswered question goes back to idle after this long (the citizen walked away). */
export const QUESTION_MS = 60_000
/** The optional reason question: the score is already recorded, so nobody answering loses nothing. */
export const REASON_MS = 30_000
/** The thanks (or failure) screen goes back to idle after this long, unless the next ticket comes first. */
export const THANKS_MS = 30_000

/**
 * The rating pad's screens; a new request replaces whatever is shown. A score is sent the moment
 * it is pressed (`sending` without a reason); a low score then asks for a reason (`reason`), which
 * is sent as an amendment of the recorded score (`sending` with a reason).
 */
export type PadPhase =
  | { kind: 'idle' }
  | { kind: 'question'; request: RatingRequest }
  | { kind: 'sending'; request: RatingRequest; value: number; askReason: boolean; reasonId?: string }
  | { kind: 'reason'; request: RatingRequest; value: number }
  | { kind: 'failed'; request: RatingRequest; value: number; askReason: boolean; reasonId?: string; message: LocalizedName }
  | { kind: 'thanks'; number: string }

export type PadAction =
  | { type: 'requested'; request: RatingRequest }
  /** A level was pressed; `askReason` when it is low and the centre has reasons to pick from. */
  | { type: 'chose'; value: number; askReason: boolean }
  /** A reason was pressed; none when skipped. */
  | { type: 'reason'; reasonId?: string }
  /** The server stored the score (or amendment); `already` when the ticket was rated elsewhere first. */
  | { type: 'saved'; already?: boolean }
  | { type: 'failed'; message: LocalizedName }
  | { type: 'retry' }
  /** The server says this ticket is rated (by this pad or by the citizen's phone). */
  | { type: 'recorded'; number: string }
  | { type: 'timeout' }

export const idle: PadPhase = { kind: 'idle' }

/** Whether a value asks for a reason: at or below lowMax, when there are reasons to choose from. */
export function asksReason(value: number, lowMax: number, reasons: number): boolean {
  return reasons > 0 && value <= lowMax
}

const thanks = (p: { request: RatingRequest }): PadPhase => ({ kind: 'thanks', number: p.request.number })

export function reducePad(phase: PadPhase, action: PadAction): PadPhase {
  switch (action.type) {
    case 'requested':
      return { kind: 'question', request: action.request }
    case 'chose':
      if (phase.kind !== 'question') return phase // one press only: a second tap while saving does nothing
      return { kind: 'sending', request: phase.request, value: action.value, askReason: action.askReason }
    case 'reason':
      if (phase.kind !== 'reason') return phase
      return action.reasonId ? { kind: 'sending', request: phase.request, value: phase.value, askReason: false, reasonId: action.reasonId } : thanks(phase)
    case 'saved':
      if (phase.kind !== 'sending') return phase
      return phase.askReason && !action.already && phase.reasonId === undefined ? { kind: 'reason', request: phase.request, value: phase.value } : thanks(phase)
    case 'failed':
      return phase.kind === 'sending' ? { ...phase, kind: 'failed', message: action.message } : phase
    case 'retry':
      if (phase.kind !== 'failed') return phase
      return { kind: 'sending', request: phase.request, value: phase.value, askReason: phase.askReason, ...(phase.reasonId ? { reasonId: phase.reasonId } : {}) }
    case 'recorded':
      // Only a question still unanswered here was answered elsewhere (on the phone); a recorded
      // score of our own must not skip its optional reason.
      return phase.kind === 'question' && phase.request.number === action.number ? thanks(phase) : phase
    case 'timeout':
      if (phase.kind === 'reason') return thanks(phase)
      return phase.kind === 'sending' ? phase : idle
  }
}

/** How long the phase may stay on screen before a 'timeout'; null while a rating is being saved or idle. */
export function phaseTimeout(phase: PadPhase): number | null {
  switch (phase.kind) {
    case 'question':
      return QUESTION_MS
    case 'reason':
      return REASON_MS
    case 'thanks':
    case 'failed':
      return THANKS_MS
    default:
      return null
  }
}
