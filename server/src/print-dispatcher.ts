import type { IssuedTicket, Printer, PrinterLastStatus, TicketBlock } from '@luot/shared'
import { blocksPrinting, type PrinterWatch } from './printing/printer-watch.js'

export type PrintStatus = 'printed' | 'failed' | 'no-printer'

/** The outcome of a job sent on purpose (a test ticket): the error when it failed. */
export type PrintAttempt = { ok: true } | { ok: false; error: unknown }

/** Sends a printer its job; rejects when the printer is off, out of paper or unreachable. */
export type PrintJob = (ticket: IssuedTicket, printer: Printer) => Promise<void>

/** Sends a printer any other layout (a dossier slip), the same way. */
export type BlocksJob = (blocks: readonly TicketBlock[], printer: Printer) => Promise<void>

/** Runs a print job and says how it went; no job means printing is off. */
async function attempt(run: (() => Promise<void>) | null): Promise<PrintAttempt> {
  if (!run) return { ok: false, error: new Error('printing is turned off in this server') }
  try {
    await run()
    return { ok: true }
  } catch (error) {
    return { ok: false, error }
  }
}

/**
 * Picks the kiosk's printer and prints. A failed print never loses the ticket: it is already
 * issued and durable; the kiosk shows it on screen and the manager is warned. With a watch, the
 * printer is asked its status first, and a ticket that could not come out is not sent.
 */
export class PrintDispatcher {
  constructor(
    private readonly printers: () => Printer[],
    private readonly job: PrintJob | null,
    private readonly warn: (printer: Printer, ticket: IssuedTicket, err: unknown) => void,
    /** Told every job's result (metrics). */
    private readonly onResult: (status: PrintStatus) => void = () => undefined,
    private readonly watch?: PrinterWatch,
    private readonly blocksJob: BlocksJob | null = null,
  ) {}

  /** The enabled printer on a counter's desk (it lists the counter), for dossier slips. */
  printerForCounter(counterId: string): Printer | undefined {
    return this.printers().find((p) => p.enabled && p.counterIds?.includes(counterId))
  }

  /** Prints a slip on a named printer and reports how it went (never throws). */
  tryPrintBlocks(blocks: readonly TicketBlock[], printer: Printer): Promise<PrintAttempt> {
    const job = this.blocksJob
    return attempt(job && (() => job(blocks, printer)))
  }

  /** Each enabled printer's last known status, for the admin health page; none when printing is off. */
  printerStatuses(): PrinterLastStatus[] {
    return this.job && this.watch ? this.watch.statuses() : []
  }

  printerFor(kioskId: string | undefined): Printer | undefined {
    const enabled = this.printers().filter((p) => p.enabled)
    return enabled.find((p) => p.kioskId === kioskId) ?? enabled.find((p) => p.kioskId === '*')
  }

  /** Sends one job to a named printer, enabled or not, and reports how it went (never throws). */
  tryPrint(ticket: IssuedTicket, printer: Printer): Promise<PrintAttempt> {
    const job = this.job
    return attempt(job && (() => job(ticket, printer)))
  }

  async ticketIssued(ticket: IssuedTicket, kioskId: string | undefined): Promise<PrintStatus> {
    const status = await this.print(ticket, kioskId)
    this.onResult(status)
    return status
  }

  private async print(ticket: IssuedTicket, kioskId: string | undefined): Promise<PrintStatus> {
    const printer = this.printerFor(kioskId)
    if (!printer || !this.job) return 'no-printer'
    // out of paper, cover open, offline: not one byte is sent, the kiosk shows the ticket, and the watch has told the managers once
    if (this.watch && blocksPrinting((await this.watch.check(printer)).condition)) return 'failed'
    try {
      await this.job(ticket, printer)
      return 'printed'
    } catch (err) {
      this.warn(printer, ticket, err)
      return 'failed'
    }
  }
}
