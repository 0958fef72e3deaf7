import { io, type Socket } from 'socket.io-client'
import type { Ack, ClientToServerEvents, IssuedTicket, RateBody, ServerToClientEvents, TakeTicketBody, TrackedTicket } from '@luot/shared'
import { SOCKET_TRANSPORTS } from '@luot/shared/events'

/** The only file that imports socket.io-client: both the kiosk and the tracking page go through it. */
export type LuotSocket = Socket<ServerToClientEvents, ClientToServerEvents>

/** Thrown when a command got no answer: the network, not the server, said nothing. */
export class NoAnswerError extends Error {
  constructor() {
    super('no answer from the server')
    this.name = 'NoAnswerError'
  }
}

/** Where Lượt is mounted: the server injects it into every page it serves ('/' in dev). */
export function rootPath(): string {
  return document.querySelector('meta[name=luot-root]')?.getAttribute('content') ?? '/'
}

/** One socket per page. The server closes transports on shutdown without a "server disconnect", so socket.io reconnects by itself. */
export function connect(): LuotSocket {
  return io({ path: `${rootPath()}socket.io`, transports: SOCKET_TRANSPORTS, reconnectionDelayMax: 3000 })
}

const ANSWER_MS = 6000

/**
 * Sends a command only while connected (a buffered emit could be sent again later) and waits for
 * its Ack; rejects with NoAnswerError when offline or unanswered, so the caller may retry.
 */
async function send<T>(socket: LuotSocket, run: (s: ReturnType<LuotSocket['timeout']>) => Promise<Ack<T>>): Promise<Ack<T>> {
  if (!socket.connected) throw new NoAnswerError()
  try {
    return await run(socket.timeout(ANSWER_MS))
  } catch {
    throw new NoAnswerError()
  }
}

export const takeTicket = (socket: LuotSocket, body: TakeTicketBody & { idempotencyKey: string }) =>
  send<IssuedTicket>(socket, (s) => s.emitWithAck('ticket:take', body))

/** Also joins the ticket's room: 'ticket:updated' follows. */
export const trackTicket = (socket: LuotSocket, trackingCode: string) =>
  send<TrackedTicket>(socket, (s) => s.emitWithAck('ticket:track', { trackingCode }))

export const rateTicket = (socket: LuotSocket, body: RateBody & { trackingCode: string }) =>
  send<TrackedTicket>(socket, (s) => s.emitWithAck('ticket:rate', body))

/** Resolves at the next 'connect' (at once when connected). */
export function whenConnected(socket: LuotSocket): Promise<void> {
  if (socket.connected) return Promise.resolve()
  return new Promise((resolve) => socket.once('connect', () => resolve()))
}
