import { ROOMS, type CallView, type CounterChange, type QueueChange } from '@luot/shared'
import { clerkToday, counterChange, serviceChanges, trackedView, waitingViews } from '../domain/views.js'
import { counterRuntime, findByTrackingCode } from '../domain/tickets.js'
import { missedViews } from '../domain/missed.js'
import type { Config, CounterRuntime, DayState, DomainEvent } from '../domain/types.js'
import type { ServiceEvent } from '../queue-service.js'
import { snapshotFor, socketUser, type LuotIo, type RealtimeDeps } from './socket-server.js'

/**
 * The one module that turns domain events into broadcasts. Each durable change (one group commit,
 * however many commands it holds) goes out as one `queue:changed` message per screen: the public
 * part encoded once for every display and kiosk, the staff part once for every console. A phone
 * following its ticket gets only its own `ticket:updated`; a counter's rating pad also hears
 * `rating:requested` / `rating:recorded` when a ticket there finishes or is rated. With several
 * processes (PostgreSQL) the messages go through the socket.io adapter to the screens of every
 * process, sent by the process that made the change only.
 */
export function startBroadcaster(io: LuotIo, deps: RealtimeDeps): () => void {
  const { service } = deps
  // With one process, a room nobody is in is sent nothing: its message is not even built or encoded
  // (eight kiosks taking tickets with no console open skip the staff's waiting list). With several,
  // screens of another process may be in it.
  const shared = deps.serverOptions?.adapter !== undefined
  const heard = (room: string): boolean => shared || (io.sockets.adapter.rooms.get(room)?.size ?? 0) > 0

  const ratingPads = (ev: DomainEvent): void => {
    if (ev.type === 'ticket-finished' && ev.ticket.counterId && ev.ticket.ratingToken) {
      const counter = service.config.counters.find((c) => c.id === ev.ticket.counterId)
      const clerkName = service.config.users.find((u) => u.id === ev.ticket.clerkId)?.displayName
      if (counter && heard(ROOMS.counter(counter.id))) io.to(ROOMS.counter(counter.id)).emit('rating:requested', { counterId: counter.id, counterNumber: counter.number, number: ev.ticket.number, ratingToken: ev.ticket.ratingToken, finishedAt: ev.ticket.finishedAt!, ...(clerkName ? { clerkName } : {}) })
    } else if (ev.type === 'ticket-rated' && ev.ticket.counterId && heard(ROOMS.counter(ev.ticket.counterId))) {
      io.to(ROOMS.counter(ev.ticket.counterId)).emit('rating:recorded', { counterId: ev.ticket.counterId, number: ev.ticket.number })
    }
  }

  const changed = (events: DomainEvent[], elsewhere: boolean): void => {
    const day = service.today
    const config = service.config
    trackers(day, config)
    // counters whose state (open, paused, closed) moved: their services' open counters and estimates moved with it
    const reopened = new Set<string>()
    for (const ev of events) {
      if (ev.type !== 'counter-changed') continue
      const state = counterRuntime(day, ev.counterId).state
      if (states.get(ev.counterId) !== state) reopened.add(ev.counterId)
      states.set(ev.counterId, state)
    }
    // a change another process made: it sent the screens of every process their message already
    if (elsewhere) return
    const calls: CallView[] = []
    const counterIds = new Set<string>()
    // the services whose waiting count, estimate or open counters this change can have moved
    const serviceIds = new Set<string>()
    for (const ev of events) {
      if (ev.type === 'ticket-called') calls.push(ev.call)
      if (ev.type === 'counter-changed') {
        counterIds.add(ev.counterId)
        if (reopened.has(ev.counterId)) config.counters.find((c) => c.id === ev.counterId)?.serviceIds.forEach((id) => serviceIds.add(id))
      } else serviceIds.add(ev.ticket.serviceId)
      ratingPads(ev)
    }
    if (!heard(ROOMS.public) && !heard(ROOMS.clerk)) return
    const counters = [...counterIds].flatMap((id): CounterChange[] => {
      const v = counterChange(day, config, id)
      return v ? [v] : []
    })
    const change: QueueChange = { calls, counters, services: serviceChanges(day, config, serviceIds) }
    if (heard(ROOMS.public)) io.to(ROOMS.public).except(ROOMS.clerk).emit('queue:changed', change)
    if (heard(ROOMS.clerk)) io.to(ROOMS.clerk).emit('queue:changed', { ...change, waiting: waitingViews(day), missed: missedViews(day), clerks: clerkToday(day, config) })
  }

  // phones following a ticket: each process tells the ones connected to it, whichever process made the change
  const trackers = (day: DayState, config: Config): void => {
    for (const room of io.sockets.adapter.rooms.keys()) {
      if (!room.startsWith('track:')) continue
      const t = findByTrackingCode(day, room.slice('track:'.length))
      if (t) io.local.to(room).emit('ticket:updated', trackedView(day, config, t, service.clock))
    }
  }

  /**
   * Each counter's state as of the last change this process folded (its own or another process's, in
   * journal order, so every process knows the same): a call leaves the counter open, and its other
   * services' views unchanged and unsent; an opening or a pause sends them.
   */
  const states = new Map<string, CounterRuntime['state']>()
  const noteStates = (): void => {
    for (const c of service.config.counters) states.set(c.id, counterRuntime(service.today, c.id).state)
  }
  noteStates()

  const onEvent = (e: ServiceEvent): void => {
    if (e.kind === 'domain') return changed(e.events, e.elsewhere)
    noteStates()
    // one public snapshot for every display; staff get their own (it names them)
    const shared = service.publicSnapshot()
    for (const socket of io.sockets.sockets.values()) socket.emit('queue:snapshot', socketUser(deps, socket) ? snapshotFor(deps, socket) : shared)
  }
  return service.subscribe(onEvent)
}
