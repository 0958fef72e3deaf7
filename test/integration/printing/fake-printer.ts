import { createServer, type Server, type Socket } from 'node:net'

/**
 * 'normal': reads everything and closes its side when the job ends, like a
 * raw 9100 printer. 'silent': accepts and then neither reads nor closes, like
 * a printer with its cover open. 'reset': reads a few bytes, then resets.
 */
export type FakePrinterMode = 'normal' | 'silent' | 'reset'

export interface FakePrinter {
  port: number
  /** Jobs received in full (normal mode), in order. */
  jobs: Buffer[]
  /** Resolves with the next complete job. */
  nextJob(): Promise<Buffer>
  close(): Promise<void>
}

/** A real TCP listener on 127.0.0.1, port 0, standing in for the printer. */
export async function startFakePrinter(mode: FakePrinterMode = 'normal'): Promise<FakePrinter> {
  const sockets = new Set<Socket>()
  const jobs: Buffer[] = []
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
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('end', () => {
      const job = Buffer.concat(chunks)
      jobs.push(job)
      waiting.shift()?.(job)
      socket.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no TCP address')
  return {
    port: address.port,
    jobs,
    nextJob: () => new Promise((resolve) => waiting.push(resolve)),
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
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
