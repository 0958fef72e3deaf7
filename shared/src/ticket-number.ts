import type { NumberFormat } from './schemas/config.js'

/** How many numbers a format can hand out in one day. */
export function formatCapacity(format: NumberFormat): number {
  return format.kind === 'prefix' ? 999 : format.end - format.start + 1
}

/**
 * The printed number for the seq-th ticket of the day (seq from 1):
 * prefix formats give "A001"…"A999", block formats give start, start+1 … end.
 */
export function formatTicketNumber(format: NumberFormat, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1 || seq > formatCapacity(format)) {
    throw new RangeError(`seq ${seq} is outside the number format`)
  }
  return format.kind === 'prefix' ? `${format.prefix}${String(seq).padStart(3, '0')}` : String(format.start + seq - 1)
}
