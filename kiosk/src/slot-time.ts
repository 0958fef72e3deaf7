import { localParts } from '@luot/shared/time'

const HHMM = /^\d\d:\d\d$/
const pad = (n: number) => String(n).padStart(2, '0')

/** A booked slot's start as the centre's clock reads it ("08:15"), whether it came as a time of day or as an instant. */
export function slotTime(slotStart: string, timeZone: string): string {
  if (HHMM.test(slotStart)) return slotStart
  const at = new Date(slotStart)
  if (Number.isNaN(at.getTime())) return slotStart
  const p = localParts(at, timeZone)
  return `${pad(p.hour)}:${pad(p.minute)}`
}
