import { createServer, type Server, type Socket } from 'node:net'

/**
 * 'normal': reads everything and closes its side when the job ends, like a
 * raw 9100 printer. 'silent': accepts and then neither reads nor closes, like
 * a printer with its cover open. 'reset': reads a few bytes, then resets.
 */
export type FakePrinterMode = 'normal' | 'silent' | 'reset'

export interface FakePrinter {
  port: number
  /** Jobs received in full (normal mode), in order; a connection that only asked DLE EOT is not a job. */
  jobs: Buffer[]
  /** Connections that only asked DLE EOT questions (status checks), and any other bytes received, job or not. */
  seen: { statusChecks: number; otherBytes: number }
  /** Resolves with the next complete job. */
  nextJob(): Promise<Buffer>
  /** What it answers to DLE EOT from now on: paper put back, cover closed. */
  setStatus(status: StatusBytes): void
  close(): Promise<void>
}

/** The bytes a printer answers to DLE EOT 1, 2 and 4; every one has the fixed bits 0x12. */
export interface StatusBytes {
  printer: number
  offline: number
  paper: number
}
export const STATUS_OK: StatusBytes = { printer: 0x12, offline: 0x12, paper: 0x12 }

/**
 * A real TCP listener on 127.0.0.1, port 0, standing in for the printer. In every mode but 'silent'
 * it answers DLE EOT n at once, as ESC/POS printers do in real time, with `status` (default: all well).
 */
export async function startFakePrinter(mode: FakePrinterMode = 'normal', initial: StatusBytes = STATUS_OK): Promise<FakePrinter> {
  let status = initial
  const sockets = new Set<Socket>()
  const jobs: Buffer[] = []
  const seen = { statusChecks: 0, otherBytes: 0 }
  const waiting: ((job: Buffer) => void)[] = []
  const server: Server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => {})
    if (mode === 'silent') {
      socket.pause()
      return
    }
    if (mode === 'reset') {
      socket.once('data', () => socket.resetAndDestroy())
      return
    }
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      answerStatusQueries(socket, chunk, status)
    })
    let counted = false
    const count = (): boolean => {
      if (counted) return false
      counted = true
      const bytes = Buffer.concat(chunks)
      if (bytes.length > 0 && onlyStatusQuestions(bytes)) seen.statusChecks++
      else seen.otherBytes += bytes.length
      return !onlyStatusQuestions(bytes)
    }
    // a status check hangs up as soon as it has its answer: a reset, not a job
    socket.on('close', count)
    socket.on('end', () => {
      const isJob = count()
      socket.end()
      if (!isJob) return
      const job = Buffer.concat(chunks)
      jobs.push(job)
      waiting.shift()?.(job)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no TCP address')
  return {
    port: address.port,
    jobs,
    seen,
    setStatus: (next) => {
      status = next
    },
    nextJob: () => new Promise((resolve) => waiting.push(resolve)),
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

const STATUS_BY_N: Record<number, keyof StatusBytes> = { 1: 'printer', 2: 'offline', 4: 'paper' }

/** True when every byte belongs to a DLE EOT n question. */
function onlyStatusQuestions(bytes: Buffer): boolean {
  if (bytes.length === 0 || bytes.length % 3 !== 0) return false
  for (let i = 0; i < bytes.length; i += 3) if (bytes[i] !== 0x10 || bytes[i + 1] !== 0x04 || STATUS_BY_N[bytes[i + 2]!] === undefined) return false
  return true
}

function answerStatusQueries(socket: Socket, chunk: Buffer, status: StatusBytes): void {
  for (let i = 0; i + 2 < chunk.length; i++) {
    const field = chunk[i] === 0x10 && chunk[i + 1] === 0x04 ? STATUS_BY_N[chunk[i + 2]!] : undefined
    if (field && !socket.destroyed) socket.write(Buffer.of(status[field]))
  }
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no TCP address')
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return address.port
}
