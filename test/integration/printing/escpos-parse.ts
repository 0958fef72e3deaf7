/** A strict reader of the ESC/POS subset the ticket encoder may emit: anything else fails the test. */
export type EscPosItem =
  | { type: 'text'; page: number; bytes: number[] }
  | { type: 'newline' }
  | { type: 'qr-store'; data: Uint8Array }
  | { type: 'raster'; widthBytes: number; rows: number; data: Uint8Array }
  | { type: 'command'; bytes: Uint8Array }

const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) + (b[i + 1] ?? 0) * 256

/** Length of the command starting at `i`, or throws on a command the encoder should not send. */
function commandLength(b: Uint8Array, i: number): number {
  const [a, c, m] = [b[i], b[i + 1], b[i + 2]]
  if (a === 0x1b) {
    if (c === 0x40 || c === 0x32) return 2
    if (c !== undefined && [0x4d, 0x45, 0x74, 0x61, 0x2d, 0x64, 0x33, 0x21].includes(c)) return 3
  }
  if (a === 0x1c && c === 0x2e) return 2
  if (a === 0x1d) {
    if (c === 0x21 || c === 0x42) return 3
    if (c === 0x56) return m === 0x41 || m === 0x42 ? 4 : 3
    if (c === 0x28 && m === 0x6b) return 5 + u16(b, i + 3)
    if (c === 0x76 && m === 0x30) return 8 + u16(b, i + 4) * u16(b, i + 6)
  }
  throw new Error(`unexpected byte ${a?.toString(16)} ${c?.toString(16)} at ${i}`)
}

/** Splits a job into text runs (tagged with the ESC t page in force), newlines and commands. */
export function parseEscPos(bytes: Uint8Array): EscPosItem[] {
  const items: EscPosItem[] = []
  let page = 0
  let text: number[] | null = null
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number
    if (b >= 0x20) {
      if (!text) items.push({ type: 'text', page, bytes: (text = []) })
      text.push(b)
      i++
      continue
    }
    text = null
    if (b === 0x0a) items.push({ type: 'newline' })
    if (b === 0x0a || b === 0x0d) {
      i++
      continue
    }
    const len = commandLength(bytes, i)
    const cmd = bytes.subarray(i, i + len)
    if (cmd[0] === 0x1b && cmd[1] === 0x74) page = cmd[2] as number
    if (cmd[0] === 0x1d && cmd[1] === 0x28 && cmd[5] === 0x31 && cmd[6] === 0x50 && cmd[7] === 0x30) {
      items.push({ type: 'qr-store', data: cmd.subarray(8) })
    } else if (cmd[0] === 0x1d && cmd[1] === 0x76) {
      items.push({ type: 'raster', widthBytes: u16(cmd, 4), rows: u16(cmd, 6), data: cmd.subarray(8) })
    } else items.push({ type: 'command', bytes: cmd })
    i += len
  }
  return items
}
