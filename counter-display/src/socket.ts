import type { Ack, CallView, CounterChange, PadRateBody, PublicSnapshot, QueueChange, RatingRequest, ServiceChange } from '@luot/shared'
import { connect as connectLuot, rootPath, type LuotSocket } from '@luot/shared/client/connect'
import { ANSWER_MS, NoAnswerError, orThrow, send } from '@luot/shared/client/send'
import type { ScreenIdentity } from '@luot/shared/client/screen-identity'

export { NoAnswerError, rootPath, type LuotSocket }

/** Reconnects quickly and for ever (a hall board must come back by itself after a server restart). Call connect() once the listeners are on, so the first snapshot is not missed. */
export const connect = (screen: ScreenIdentity): LuotSocket => connectLuot({ autoConnect: false, reconnectionDelay: 500, screen })

/** What a display listens to: the snapshot on every (re)connect, then each change's calls, counters and services, in that order. */
export interface DisplayListeners {
  snapshot(snapshot: PublicSnapshot): void
  called(call: CallView): void
  counter(counter: CounterChange): void
  services(services: ServiceChange[]): void
  /** The link dropped (or never came up); the next snapshot means it is back. */
  lost(): void
}

/** Subscribes to the display events; returns the unsubscribe. */
export function listenDisplay(socket: LuotSocket, l: DisplayListeners): () => void {
  const onConnectError = (): void => l.lost()
  const onDisconnect = (): void => l.lost()
  const onChange = (change: QueueChange): void => {
    change.calls.forEach((c) => l.called(c))
    change.counters.forEach((c) => l.counter(c))
    l.services(change.services)
  }
  socket.on('queue:snapshot', l.snapshot)
  socket.on('queue:changed', onChange)
  socket.on('disconnect', onDisconnect)
  socket.on('connect_error', onConnectError)
  return () => {
    socket.off('queue:snapshot', l.snapshot)
    socket.off('queue:changed', onChange)
    socket.off('disconnect', onDisconnect)
    socket.off('connect_error', onConnectError)
  }
}

/** What the rating pad of a counter hears. */
export interface PadListeners {
  requested(request: RatingRequest): void
  recorded(info: { counterId: string; number: string }): void
  /** The pad is (again) in its counter's room, or could not join. */
  joined(counterId: string | null): void
  /** The server refused to let this pad join (e.g. PAD_NOT_PAIRED: no or wrong key in its URL). */
  refused?(code: string): void
}

/**
 * Keeps the pad in its counter's room: joins after every snapshot, i.e. after every reconnect
 * (a new connection is in no room) and after configuration changes (the counter may be new).
 */
export function listenPad(socket: LuotSocket, counterNumber: number, key: string, l: PadListeners): () => void {
  const join = (snapshot: PublicSnapshot): void => {
    const counter = snapshot.counters.find((c) => c.number === counterNumber)
    if (!counter) return l.joined(null)
    socket.emit('pad:join', { counterId: counter.id, key }, (res: Ack<{ counterId: string }>) => (res.ok ? l.joined(res.data.counterId) : (l.joined(null), l.refused?.(res.error.code))))
  }
  const onDisconnect = (): void => l.joined(null)
  socket.on('queue:snapshot', join)
  socket.on('rating:requested', l.requested)
  socket.on('rating:recorded', l.recorded)
  socket.on('disconnect', onDisconnect)
  return () => {
    socket.off('queue:snapshot', join)
    socket.off('rating:requested', l.requested)
    socket.off('rating:recorded', l.recorded)
    socket.off('disconnect', onDisconnect)
  }
}

/**
 * Sends a rating once connected (waiting up to ANSWER_MS for the link) and waits for its Ack.
 * Not buffered by socket.io: a retry after a lost answer is safe, the server then says ALREADY_RATED.
 */
export async function ratePad(socket: LuotSocket, body: PadRateBody): Promise<Ack<{ number: string }>> {
  return orThrow(await send<{ number: string }, ReturnType<LuotSocket['timeout']>>(socket, (s) => s.emitWithAck('pad:rate', body), { waitConnectMs: ANSWER_MS }))
}
