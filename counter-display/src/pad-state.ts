import type { LocalizedName, RatingRequest } from '@luot/shared'

/** An unanswered question goes back to idle after this long (the citizen walked away). */
export const QUESTION_MS = 60_000
/** The reason question: when nobody answers, the low score is still recorded, without a reason. */
export const REASON_MS = 30_000
/** The thanks (or failure) screen goes back to idle after this long, unless the next ticket comes first. */
export const THANKS_MS = 30_000

/** The rating pad's screens; a new request replaces whatever is shown. */
export type PadPhase =
  | { kind: 'idle' }
  | { kind: 'question'; request: RatingRequest }
  | { kind: 'reason'; request: RatingRequest; value: number }
  | { kind: 'sending'; request: RatingRequest; value: number; reasonId?: string }
  | { kind: 'failed'; request: RatingRequest; value: number; reasonId?: string; message: LocalizedName }
  | { kind: 'thanks'; number: string }

export type PadAction =
  | { type: 'requested'; request: RatingRequest }
  /** A level was pressed; `askReason` when it is low and the centre has reasons to pick from. */
  | { type: 'chose'; value: number; askReason: boolean }
  /** A reason was pressed; none when skipped. */
  | { type: 'reason'; reasonId?: string }
  | { type: 'saved' }
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

export function reducePad(phase: PadPhase, action: PadAction): PadPhase {
  switch (action.type) {
    case 'requested':
      return { kind: 'question', request: action.request }
    case 'chose':
      if (phase.kind !== 'question') return phase // one press only: a second tap while saving does nothing
      return action.askReason ? { kind: 'reason', request: phase.request, value: action.value } : { kind: 'sending', request: phase.request, value: action.value }
    case 'reason':
      if (phase.kind !== 'reason') return phase
      return { kind: 'sending', request: phase.request, value: phase.value, ...(action.reasonId ? { reasonId: action.reasonId } : {}) }
    case 'saved':
      return phase.kind === 'sending' ? { kind: 'thanks', number: phase.request.number } : phase
    case 'failed':
      return phase.kind === 'sending' ? { ...phase, kind: 'failed', message: action.message } : phase
    case 'retry':
      return phase.kind === 'failed' ? { kind: 'sending', request: phase.request, value: phase.value, ...(phase.reasonId ? { reasonId: phase.reasonId } : {}) } : phase
    case 'recorded':
      return (phase.kind === 'question' || phase.kind === 'reason' || phase.kind === 'failed') && phase.request.number === action.number ? { kind: 'thanks', number: action.number } : phase
    case 'timeout':
      if (phase.kind === 'reason') return { kind: 'sending', request: phase.request, value: phase.value }
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
