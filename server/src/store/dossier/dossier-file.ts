import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import Type from 'typebox'
import { Compile } from 'typebox/compile'
import { Procedure, SerialQueue, StoredDossier } from '@luot/shared'
import { appendDurably, fsyncDir } from '../durable-file.js'
import { CorruptDataError } from '../port.js'
import { matches, type DossierFilter, type DossierStore, type DossierTx } from './port.js'

/** One line of `dossiers/dossiers.jsonl`: everything one transaction stored, so a line is all of a commit or none of it. */
const Commit = Type.Object({ dossiers: Type.Array(StoredDossier), procedures: Type.Array(Procedure) }, { additionalProperties: false })
const check = Compile(Commit)

interface State {
  dossiers: Map<string, StoredDossier>
  procedures: Map<string, Procedure>
}

/** Parses the file: later lines win. Only a torn last line (a power cut mid-append, never acknowledged) is cut. */
function scan(file: string, buf: Buffer): State & { size: number } {
  const state: State = { dossiers: new Map(), procedures: new Map() }
  let start = 0
  for (let line = 1; start < buf.length; line++) {
    const nl = buf.indexOf(10, start)
    let value: unknown
    try {
      value = JSON.parse(buf.toString('utf8', start, nl < 0 ? buf.length : nl))
    } catch (err) {
      if (nl < 0 || nl === buf.length - 1) break
      throw new CorruptDataError(file, line, `not JSON (${err instanceof Error ? err.message : String(err)})`)
    }
    if (nl < 0) break
    if (!check.Check(value)) {
      const first = [...check.Errors(value)][0]
      throw new CorruptDataError(file, line, `not a dossier commit: ${first?.instancePath ?? '/'} ${first?.message ?? ''}`)
    }
    for (const d of value.dossiers) state.dossiers.set(d.code, d)
    for (const p of value.procedures) state.procedures.set(p.id, p)
    start = nl + 1
  }
  return { ...state, size: start }
}

/**
 * The embedded dossiers store: `dossiers/dossiers.jsonl` in the data directory, one line per
 * transaction (the whole state of each dossier and procedure it changed; later lines win),
 * appended and fdatasync-ed before a command is acknowledged. Transactions run one at a time.
 * Without a directory it keeps everything in memory (tests with an injected day store).
 */
export class DossierFile implements DossierStore {
  private readonly serial = new SerialQueue()

  private constructor(
    private fh: FileHandle | null,
    private size: number,
    private readonly state: State,
  ) {}

  static async open(dataDir: string | null): Promise<DossierFile> {
    if (dataDir === null) return new DossierFile(null, 0, { dossiers: new Map(), procedures: new Map() })
    const dir = join(dataDir, 'dossiers')
    await mkdir(dir, { recursive: true })
    const file = join(dir, 'dossiers.jsonl')
    const buf = await readFile(file).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return Buffer.alloc(0)
      throw err
    })
    const { size, ...state } = scan(file, buf)
    const fh = await open(file, 'a', 0o600)
    if (size < buf.length) {
      await fh.truncate(size)
      await fh.datasync()
    }
    await fsyncDir(dir)
    return new DossierFile(fh, size, state)
  }

  transaction<T>(_locks: readonly string[], fn: (tx: DossierTx) => Promise<T>): Promise<T> {
    return this.serial.run(async () => {
      const puts = new Map<string, StoredDossier>()
      const procs = new Map<string, Procedure>()
      const all = (): StoredDossier[] => [...new Map([...this.state.dossiers, ...puts]).values()]
      const tx: DossierTx = {
        byCode: async (code) => puts.get(code) ?? this.state.dossiers.get(code),
        byIdempotencyKey: async (key) => all().find((d) => d.idempotencyKey === key),
        procedures: async () => [...new Map([...this.state.procedures, ...procs]).values()],
        put: (d) => void puts.set(d.code, d),
        putProcedure: (p) => void procs.set(p.id, p),
      }
      const value = await fn(tx)
      if (puts.size > 0 || procs.size > 0) await this.append([...puts.values()], [...procs.values()])
      return value
    })
  }

  private async append(dossiers: StoredDossier[], procedures: Procedure[]): Promise<void> {
    if (this.fh) {
      this.size = await appendDurably(this.fh, this.size, JSON.stringify({ dossiers, procedures }) + '\n')
    }
    for (const d of dossiers) this.state.dossiers.set(d.code, d)
    for (const p of procedures) this.state.procedures.set(p.id, p)
  }

  async get(code: string): Promise<StoredDossier | undefined> {
    return this.state.dossiers.get(code)
  }

  async list(filter: DossierFilter): Promise<StoredDossier[]> {
    return [...this.state.dossiers.values()].filter((d) => matches(d, filter)).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.code.localeCompare(b.code))
  }

  async procedures(): Promise<Procedure[]> {
    return [...this.state.procedures.values()]
  }

  async close(): Promise<void> {
    await this.serial.idle()
    await this.fh?.close()
    this.fh = null
  }
}
