import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import { SCREEN_KINDS, type PrinterCondition, type PrinterLastStatus, type ScreenKind } from '@luot/shared'
import type { PrintStatus } from '../print-dispatcher.js'
import type { QueueService } from '../queue-service.js'
import type { LuotIo } from '../realtime/socket-server.js'

/** Wait buckets in seconds: a minute apart up to the 20-minute target HCMC sets, coarser after. */
const WAIT_BUCKETS = [60, 120, 300, 600, 900, 1200, 1800, 2700, 3600, 5400, 7200]
/** Service times run from ~2 min (an extract) to ~15 min (business registration). */
const SERVICE_BUCKETS = [60, 120, 180, 300, 450, 600, 900, 1200, 1800, 3600]
/** Storage writes: an fsync on a PC's SSD takes a few ms; a dying disk, far more. */
const WRITE_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

const CONDITIONS: PrinterCondition[] = ['ok', 'paper-near-end', 'paper-out', 'cover-open', 'offline', 'unknown']

const seconds = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 1000

/** What an IT person watches: the queue by service, the screens, the disk writes and the printers. */
export interface LuotMetrics {
  registry: Registry
  /** Called with each storage write's duration. */
  storageWrite: (seconds: number) => void
  printed: (result: PrintStatus) => void
  stop: () => void
}

/**
 * Prometheus metrics on a registry of their own (an embedding host keeps its own), fed by the queue
 * service's events; gauges (people waiting, screens connected) are read at scrape time.
 */
export function createMetrics(service: QueueService, io: LuotIo, printerStatuses: () => PrinterLastStatus[] = () => [], processMetrics = true): LuotMetrics {
  const registry = new Registry()
  // the process's own (memory, event loop, GC): once per process; a province's centres leave them to its /metrics
  if (processMetrics) collectDefaultMetrics({ register: registry })
  const issued = new Counter({ name: 'luot_tickets_issued_total', help: 'Tickets issued, by service area', labelNames: ['service', 'channel'], registers: [registry] })
  const called = new Counter({ name: 'luot_tickets_called_total', help: 'Tickets called to a counter (first calls, not recalls), by service area', labelNames: ['service'], registers: [registry] })
  const served = new Counter({ name: 'luot_tickets_served_total', help: 'Tickets finished at a counter, by service area and outcome', labelNames: ['service', 'outcome'], registers: [registry] })
  const wait = new Histogram({ name: 'luot_wait_seconds', help: 'From taking a ticket to its first call', labelNames: ['service'], buckets: WAIT_BUCKETS, registers: [registry] })
  const serviceTime = new Histogram({ name: 'luot_service_seconds', help: 'From the start of service to its finish', labelNames: ['service'], buckets: SERVICE_BUCKETS, registers: [registry] })
  const writes = new Histogram({ name: 'luot_storage_write_seconds', help: 'Durable storage writes, each acknowledged after its fsync or commit', buckets: WRITE_BUCKETS, registers: [registry] })
  const prints = new Counter({ name: 'luot_print_jobs_total', help: 'Ticket print jobs by result', labelNames: ['result'], registers: [registry] })
  new Gauge({
    name: 'luot_people_waiting',
    help: 'Tickets waiting to be called now, by service area',
    labelNames: ['service'],
    registers: [registry],
    collect() {
      this.reset()
      const counts = new Map(service.config.services.map((s) => [s.id, 0]))
      for (const t of service.today.tickets) if (t.status === 'waiting') counts.set(t.serviceId, (counts.get(t.serviceId) ?? 0) + 1)
      for (const [id, n] of counts) this.set({ service: id }, n)
    },
  })
  new Gauge({
    name: 'luot_screens_connected',
    help: 'Connected socket.io clients of this process by the kind of screen they said they are (kiosk, board, counter, pad, console, phone, widget; unknown for clients that did not say)',
    labelNames: ['kind'],
    registers: [registry],
    collect() {
      const counts = new Map<ScreenKind, number>(SCREEN_KINDS.map((k) => [k, 0]))
      for (const socket of io.of('/').sockets.values()) {
        const kind = socket.data.screen?.kind ?? 'unknown'
        counts.set(kind, (counts.get(kind) ?? 0) + 1)
      }
      for (const [kind, n] of counts) this.set({ kind }, n)
    },
  })

  new Gauge({
    name: 'luot_printer_condition',
    help: "Each printer's last known condition (DLE EOT): 1 for the condition it is in, 0 for the others",
    labelNames: ['printer', 'condition'],
    registers: [registry],
    collect() {
      this.reset()
      for (const s of printerStatuses()) for (const c of CONDITIONS) this.set({ printer: s.printerId, condition: c }, s.condition === c ? 1 : 0)
    },
  })

  const unsubscribe = service.subscribe((e) => {
    if (e.kind !== 'domain') return
    for (const ev of e.events) {
      if (!('ticket' in ev)) continue
      const t = ev.ticket
      const label = { service: t.serviceId }
      if (ev.type === 'ticket-issued' && !t.transferredFromId) issued.inc({ ...label, channel: t.channel })
      if (ev.type === 'ticket-called' && t.recalls === 0 && t.calledAt) {
        called.inc(label)
        if (!t.transferredFromId) wait.observe(label, seconds(t.queuedAt, t.calledAt))
      }
      if (ev.type === 'ticket-finished' && t.status === 'done') {
        served.inc({ ...label, outcome: t.outcome ?? 'none' })
        if (t.startedAt && t.finishedAt) serviceTime.observe(label, seconds(t.startedAt, t.finishedAt))
      }
    }
  })
  return {
    registry,
    storageWrite: (s) => writes.observe(s),
    printed: (result) => prints.inc({ result }),
    stop: () => {
      unsubscribe()
      registry.clear()
    },
  }
}
