import type { IssuedTicket, RateBody, TakeTicketBody, TrackedTicket } from '@luot/shared'
import { connect as connectLuot, type LuotSocket } from '@luot/shared/client/connect'
import type { ScreenIdentity } from '@luot/shared/client/screen-identity'
import { orThrow, send } from '@luot/shared/client/send'

export type { LuotSocket }

/**
 * One socket per page, saying what the page is (the kiosk, or a citizen's phone). The server closes
 * transports on shutdown without a "server disconnect", so socket.io reconnects by itself.
 */
export const connect = (screen: ScreenIdentity): LuotSocket => connectLuot({ screen })

/** Rejects with NoAnswerError when offline or unanswered, so the caller may retry with the same key. */
export const takeTicket = async (socket: LuotSocket, body: TakeTicketBody & { idempotencyKey: string }) =>
  orThrow(await send<IssuedTicket, ReturnType<LuotSocket['timeout']>>(socket, (s) => s.emitWithAck('ticket:take', body)))

/** Also joins the ticket's room: 'ticket:updated' follows. */
export const trackTicket = async (socket: LuotSocket, trackingCode: string) =>
  orThrow(await send<TrackedTicket, ReturnType<LuotSocket['timeout']>>(socket, (s) => s.emitWithAck('ticket:track', { trackingCode })))

export const rateTicket = async (socket: LuotSocket, body: RateBody & { trackingCode: string }) =>
  orThrow(await send<TrackedTicket, ReturnType<LuotSocket['timeout']>>(socket, (s) => s.emitWithAck('ticket:rate', body)))

/** Resolves at the next 'connect' (at once when connected). */
export function whenConnected(socket: LuotSocket): Promise<void> {
  if (socket.connected) return Promise.resolve()
  return new Promise((resolve) => socket.once('connect', () => resolve()))
}
