import type { Ack } from '../errors.js'

/** How long a command waits for its answer, on every screen alike. */
export const ANSWER_MS = 8000

/** The network, not the server, said nothing: offline, or no answer in time. The caller may retry. */
export const NO_ANSWER = Object.freeze({ ok: false as const, noAnswer: true as const })
export type NoAnswer = typeof NO_ANSWER

/** What a command gets back: the server's Ack, or that no answer came. */
export type Reply<T> = Ack<T> | NoAnswer

export const isNoAnswer = <T>(r: Reply<T>): r is NoAnswer => 'noAnswer' in r

/** The part of a socket.io client socket `send` uses. */
export interface SendSocket<Timed> {
  readonly connected: boolean
  timeout(ms: number): Timed
  once(event: 'connect', listener: () => void): unknown
  off(event: 'connect', listener: () => void): unknown
}

export interface SendOptions {
  /** The answer timeout; ANSWER_MS unless a test says otherwise. */
  answerMs?: number
  /** When offline, wait this long for the link before giving up (0: give up at once). */
  waitConnectMs?: number
}

function connected<Timed>(socket: SendSocket<Timed>, ms: number): Promise<boolean> {
  if (socket.connected) return Promise.resolve(true)
  if (ms <= 0) return Promise.resolve(false)
  return new Promise((resolve) => {
    const onConnect = (): void => {
      clearTimeout(timer)
      resolve(true)
    }
    const timer = setTimeout(() => {
      socket.off('connect', onConnect)
      resolve(false)
    }, ms)
    socket.once('connect', onConnect)
  })
}

/**
 * Sends one command and waits for its Ack. Never buffered: socket.io would send an emit made while
 * offline later, perhaps after the caller retried, so offline means NoAnswer (after `waitConnectMs`).
 * `emit` receives the socket with the timeout applied: `(s) => s.emitWithAck('ticket:take', body)`.
 */
export async function send<T, Timed>(socket: SendSocket<Timed>, emit: (timed: Timed) => Promise<Ack<T>>, opts: SendOptions = {}): Promise<Reply<T>> {
  if (!(await connected(socket, opts.waitConnectMs ?? 0))) return NO_ANSWER
  try {
    return await emit(socket.timeout(opts.answerMs ?? ANSWER_MS))
  } catch {
    return NO_ANSWER
  }
}

/** For callers that retry by catching: thrown by `orThrow` when no answer came. */
export class NoAnswerError extends Error {
  constructor() {
    super('no answer from the server')
    this.name = 'NoAnswerError'
  }
}

/** The Ack, or a NoAnswerError thrown: for flows written as try/catch around a retry. */
export function orThrow<T>(reply: Reply<T>): Ack<T> {
  if (isNoAnswer(reply)) throw new NoAnswerError()
  return reply
}
