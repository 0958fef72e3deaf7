import type { Printer, PrinterCondition, PrinterLastStatus } from '@luot/shared'
import { isPrinterError } from './printer-error.js'
import { PrinterLines } from './printer-lines.js'
import { conditionOf, queryPrinterStatus } from './printer-status.js'

export interface PrinterWatchOptions {
  /** The configured printers; the enabled ones are watched. All are raw TCP printers (host:port). */
  printers: () => Printer[]
  /** Whether the centre is open now: the periodic check asks only then. */
  isOpen: () => boolean
  /** Told once per change worth a manager's attention: a new problem, another cause, or ok again after one. */
  onChange: (last: PrinterLastStatus, before: PrinterLastStatus | undefined) => void
  /** A periodic check that failed in a way no printer causes (a bug): logged, the timer goes on. */
  onError?: (err: unknown) => void
  clock?: () => Date
}

/** Bound on one status question: printers answer DLE EOT in milliseconds, and a kiosk waits for issue + question + print. */
const QUESTION_MS = 1500

/** Conditions in which a ticket would not come out: it is shown on the kiosk's screen instead. */
export const blocksPrinting = (c: PrinterCondition): boolean => c === 'paper-out' || c === 'cover-open' || c === 'offline'

const addressOf = (p: Printer): string => `${p.host}:${p.port}`

/** Same printer, same condition, same cause: nothing new to tell. */
const sameAs = (a: PrinterLastStatus, b: PrinterLastStatus): boolean => a.address === b.address && a.condition === b.condition && a.error === b.error

/**
 * Asks the printers their real-time status (ESC/POS DLE EOT) before each ticket and, with
 * `start`, every minute while the centre is open; keeps each one's last answer in memory for the
 * health page and tells managers when a condition changes, not at every question.
 */
export class PrinterWatch {
  /** One line of work per printer: hand it to the print job, so a status question never lands in the middle of a ticket. */
  readonly lines = new PrinterLines()
  private readonly last = new Map<string, PrinterLastStatus>()
  private readonly clock: () => Date

  constructor(private readonly opts: PrinterWatchOptions) {
    this.clock = opts.clock ?? (() => new Date())
  }

  /** Asks one printer now, in its line (after any job on it), records the answer, and never throws for a printer's failure. */
  async check(printer: Printer): Promise<PrinterLastStatus> {
    const now = await this.lines.run(printer.id, () => this.ask(printer))
    const prior = this.last.get(printer.id)
    const before = prior && prior.address === now.address ? prior : undefined
    this.last.set(printer.id, now)
    if (before ? !sameAs(before, now) : now.condition !== 'ok') this.opts.onChange(now, before)
    return now
  }

  /** Asks every enabled printer, in parallel; forgets printers removed or turned off, so one turned on again is told afresh. */
  checkAll(): Promise<PrinterLastStatus[]> {
    const enabled = this.opts.printers().filter((p) => p.enabled)
    for (const id of this.last.keys()) if (!enabled.some((p) => p.id === id)) this.last.delete(id)
    return Promise.all(enabled.map((p) => this.check(p)))
  }

  /** The periodic check: every enabled printer while the centre is open, none while it is closed. */
  async tick(): Promise<PrinterLastStatus[]> {
    return this.opts.isOpen() ? this.checkAll() : []
  }

  /** The last status of each enabled printer asked so far, under its current name; none for a printer not yet asked at its current address. */
  statuses(): PrinterLastStatus[] {
    return this.opts.printers().flatMap((p) => {
      const last = this.last.get(p.id)
      return p.enabled && last && last.address === addressOf(p) ? [{ ...last, name: p.name }] : []
    })
  }

  /** Runs `tick` every `everyMs` (unref'd: it never keeps the process alive); returns the stop. */
  start(everyMs = 60_000): () => void {
    const timer = setInterval(() => void this.tick().catch((err: unknown) => this.opts.onError?.(err)), everyMs)
    timer.unref()
    return () => clearInterval(timer)
  }

  private async ask(printer: Printer): Promise<PrinterLastStatus> {
    const base = { printerId: printer.id, name: printer.name, address: addressOf(printer) }
    try {
      const status = await queryPrinterStatus({ host: printer.host, port: printer.port }, QUESTION_MS)
      return { ...base, condition: conditionOf(status), status, at: this.clock().toISOString() }
    } catch (err) {
      if (!isPrinterError(err)) throw err
      // nothing listens: it cannot print. Connected but no status: nothing is known, so the ticket is still sent.
      const condition = err.code === 'PRINTER_UNREACHABLE' ? 'offline' : 'unknown'
      return { ...base, condition, status: null, at: this.clock().toISOString(), error: err.code }
    }
  }
}
