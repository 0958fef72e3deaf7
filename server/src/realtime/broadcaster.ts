import { ROOMS } from '@luot/shared'
import { counterView, clerkToday, serviceViews, trackedView, waitingViews } from '../domain/views.js'
import { findByTrackingCode } from '../domain/tickets.js'
import { missedViews } from '../domain/missed.js'
import type { ServiceEvent } from '../queue-service.js'
import { snapshotFor, socketUser, type LuotIo, type RealtimeDeps } from './socket-server.js'

/**
 * The one module that turns domain events into broadcasts. Calls and counter changes go out at
 * once; the derived views (waiting counts, estimates, phones' positions) are sent once per batch.
 */
export function startBroadcaster(io: LuotIo, deps: RealtimeDeps): () => void {
  const { service } = deps
  let pending = false

  const flush = (): void => {
    pending = false
    const day = service.today
    io.to(ROOMS.public).emit('services:updated', serviceViews(day, service.config))
    io.to(ROOMS.clerk).emit('waiting:updated', waitingViews(day))
    io.to(ROOMS.clerk).emit('missed:updated', missedViews(day))
    io.to(ROOMS.clerk).emit('clerks:updated', clerkToday(day, service.config))
    for (const room of io.sockets.adapter.rooms.keys()) {
      if (!room.startsWith('track:')) continue
      const t = findByTrackingCode(day, room.slice('track:'.length))
      if (t) io.to(room).emit('ticket:updated', trackedView(day, service.config, t))
    }
  }
  const later = (): void => {
    if (!pending) {
      pending = true
      setImmediate(flush)
    }
  }

  const onEvent = (e: ServiceEvent): void => {
    if (e.kind !== 'domain') {
      // one public snapshot for every display; staff get their own (it names them)
      const shared = service.publicSnapshot()
      for (const socket of io.sockets.sockets.values()) socket.emit('queue:snapshot', socketUser(deps, socket) ? snapshotFor(deps, socket) : shared)
      return
    }
    for (const ev of e.events) {
      if (ev.type === 'ticket-called') io.to(ROOMS.public).emit('ticket:called', ev.call)
      else if (ev.type === 'counter-changed') {
        const v = counterView(service.today, service.config, ev.counterId)
        if (v) io.to(ROOMS.public).emit('counter:updated', v)
      } else if (ev.type === 'ticket-finished' && ev.ticket.counterId && ev.ticket.ratingToken) {
        const counter = service.config.counters.find((c) => c.id === ev.ticket.counterId)
        const clerkName = service.config.users.find((u) => u.id === ev.ticket.clerkId)?.displayName
        if (counter) io.to(ROOMS.counter(counter.id)).emit('rating:requested', { counterId: counter.id, counterNumber: counter.number, number: ev.ticket.number, ratingToken: ev.ticket.ratingToken, finishedAt: ev.ticket.finishedAt!, ...(clerkName ? { clerkName } : {}) })
      } else if (ev.type === 'ticket-rated' && ev.ticket.counterId) {
        io.to(ROOMS.counter(ev.ticket.counterId)).emit('rating:recorded', { counterId: ev.ticket.counterId, number: ev.ticket.number })
      }
    }
    later()
  }
  return service.subscribe(onEvent)
}

