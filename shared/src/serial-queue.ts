/**
 * Runs tasks one at a time, in the order they were queued: two writes of one file, two print jobs
 * on one printer, two announcements on one speaker never interleave. A task that fails rejects its
 * own promise only; the tasks after it still run. Works in Node and in browsers.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve()
  private queued = 0

  /** Queues `task`; resolves or rejects with its result once it has run. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    this.queued++
    const result = this.tail.then(task).finally(() => this.queued--)
    this.tail = result.catch(() => undefined)
    return result
  }

  /** Tasks queued or running. */
  get size(): number {
    return this.queued
  }

  /** Resolves once every task queued so far has settled (shutdown, tests). */
  idle(): Promise<void> {
    return this.tail.then(() => undefined)
  }
}
