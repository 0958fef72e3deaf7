/**
 * The server's clock minus this device's, from a snapshot's `serverTime` and the local time it
 * arrived: every screen shows the centre's time, not a kiosk's or a TV's drifting one.
 */
export function clockOffset(serverTime: string, receivedAt: number): number {
  const at = Date.parse(serverTime)
  return Number.isFinite(at) ? at - receivedAt : 0
}

/** The server's time now, from this device's clock and the offset. */
export const serverNow = (offsetMs: number, localNow: number = Date.now()): number => localNow + offsetMs
