import { SerialQueue } from '@luot/shared'

/**
 * One line of work per printer: print jobs and status queries on one printer run one at a time,
 * so tickets never interleave and a status question never arrives in the middle of a ticket (a
 * raw 9100 printer serves one connection at a time). Different printers work in parallel.
 */
export class PrinterLines {
  private readonly queues = new Map<string, SerialQueue>()

  /** Runs `task` once everything queued before it on that printer has settled. */
  run<T>(printerId: string, task: () => Promise<T>): Promise<T> {
    let queue = this.queues.get(printerId)
    if (!queue) this.queues.set(printerId, (queue = new SerialQueue()))
    return queue.run(task)
  }
}
