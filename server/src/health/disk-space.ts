import { statfs } from 'node:fs/promises'

/** Space on the file system holding `path`: what an unprivileged process may still write, and the whole. */
export async function diskSpace(path: string): Promise<{ freeBytes: number; totalBytes: number }> {
  const s = await statfs(path)
  return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize }
}

/**
 * Free space against a threshold. `crossed` is true on the one check where it first drops under
 * `minFreeBytes` (again only after it was back above): a full disk stops every acknowledged write,
 * so someone must hear of it early, once.
 */
export class DiskWatch {
  private low = false

  constructor(
    readonly path: string,
    readonly minFreeBytes: number,
  ) {}

  async check(): Promise<{ freeBytes: number; totalBytes: number; low: boolean; crossed: boolean }> {
    const space = await diskSpace(this.path)
    const low = space.freeBytes < this.minFreeBytes
    const crossed = low && !this.low
    this.low = low
    return { ...space, low, crossed }
  }
}
