import type { IssuedTicket, Printer } from '@luot/shared'

export type PrintStatus = 'printed' | 'failed' | 'no-printer'

/** Sends a printer its job; rejects when the printer is off, out of paper or unreachable. */
export type PrintJob = (ticket: IssuedTicket, printer: Printer) => Promise<void>

/**
 * Picks the kiosk's printer and prints. A failed print never loses the ticket: it is already
 * issued and durable; the kiosk shows it on screen and the manager is warned.
 */
export class PrintDispatcher {
  constructor(
    private readonly printers: () => Printer[],
    private readonly job: PrintJob | null,
    private readonly warn: (printer: Printer, ticket: IssuedTicket, err: unknown) => void,
    /** Told every job's result (metrics). */
    private readonly onResult: (status: PrintStatus) => void = () => undefined,
  ) {}

  printerFor(kioskId: string | undefined): Printer | undefined {
    const enabled = this.printers().filter((p) => p.enabled)
    return enabled.find((p) => p.kioskId === kioskId) ?? enabled.find((p) => p.kioskId === '*')
  }

  async ticketIssued(ticket: IssuedTicket, kioskId: string | undefined): Promise<PrintStatus> {
    const status = await this.print(ticket, kioskId)
    this.onResult(status)
    return status
  }

  private async print(ticket: IssuedTicket, kioskId: string | undefined): Promise<PrintStatus> {
    const printer = this.printerFor(kioskId)
    if (!printer || !this.job) return 'no-printer'
    try {
      await this.job(ticket, printer)
      return 'printed'
    } catch (err) {
      this.warn(printer, ticket, err)
      return 'failed'
    }
  }
}
