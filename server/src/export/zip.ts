import type { FileHandle } from 'node:fs/promises'
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib'

export interface ZipEntry {
  name: string
  data: Buffer
}

/** MS-DOS date and time fields of a Date (local time, 2-second resolution). */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  }
}

const LOCAL = 0x04034b50
const CENTRAL = 0x02014b50
const END = 0x06054b50
/** No ZIP64: an entry, and the archive, stay under 4 GiB and 65,535 entries. */
const MAX32 = 0xffffffff

/** One entry's local header + compressed data, and its central directory record. */
function packEntry(e: ZipEntry, modified: Date, offset: number): { local: Buffer[]; central: Buffer[] } {
  const { time, date } = dosTime(modified)
  const name = Buffer.from(e.name, 'utf8')
  const packed = deflateRawSync(e.data)
  const crc = crc32(e.data)
  if (e.data.length > MAX32 || offset > MAX32) throw new Error(`zip: ${e.name} is past the 4 GiB a plain ZIP holds`)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(LOCAL, 0)
  local.writeUInt16LE(20, 4) // version needed
  local.writeUInt16LE(0x0800, 6) // flags: UTF-8 names
  local.writeUInt16LE(8, 8) // deflate
  local.writeUInt16LE(time, 10)
  local.writeUInt16LE(date, 12)
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(packed.length, 18)
  local.writeUInt32LE(e.data.length, 22)
  local.writeUInt16LE(name.length, 26)
  local.writeUInt16LE(0, 28)

  const central = Buffer.alloc(46)
  central.writeUInt32LE(CENTRAL, 0)
  central.writeUInt16LE(20, 4) // version made by
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(0x0800, 8)
  central.writeUInt16LE(8, 10)
  central.writeUInt16LE(time, 12)
  central.writeUInt16LE(date, 14)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(packed.length, 20)
  central.writeUInt32LE(e.data.length, 24)
  central.writeUInt16LE(name.length, 28)
  central.writeUInt32LE(offset, 42)
  return { local: [local, name, packed], central: [central, name] }
}

function endRecord(count: number, dirLength: number, dirOffset: number): Buffer {
  if (count > 0xffff || dirOffset > MAX32) throw new Error('zip: too many entries or too large for a plain ZIP')
  const end = Buffer.alloc(22)
  end.writeUInt32LE(END, 0)
  end.writeUInt16LE(count, 8)
  end.writeUInt16LE(count, 10)
  end.writeUInt32LE(dirLength, 12)
  end.writeUInt32LE(dirOffset, 16)
  return end
}

/**
 * A minimal ZIP archive (deflate, no ZIP64, no encryption): enough for an OOXML workbook, which is
 * a handful of small XML files. Node's zlib does the compression and the CRC-32.
 */
export function zip(entries: ZipEntry[], modified = new Date()): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const packed = packEntry(e, modified, offset)
    locals.push(...packed.local)
    centrals.push(...packed.central)
    offset += packed.local.reduce((n, b) => n + b.length, 0)
  }
  const dir = Buffer.concat(centrals)
  return Buffer.concat([...locals, dir, endRecord(entries.length, dir.length, offset)])
}

/** Writes a ZIP to an open file one entry at a time, so a large archive never sits in memory whole. */
export class ZipWriter {
  private offset = 0
  private readonly centrals: Buffer[] = []
  private count = 0

  constructor(
    private readonly fh: FileHandle,
    private readonly modified = new Date(),
  ) {}

  async add(entry: ZipEntry): Promise<void> {
    const packed = packEntry(entry, this.modified, this.offset)
    const bytes = Buffer.concat(packed.local)
    await this.fh.write(bytes)
    this.offset += bytes.length
    this.centrals.push(...packed.central)
    this.count++
  }

  /** Writes the central directory; the caller syncs and closes the file. */
  async finish(): Promise<void> {
    const dir = Buffer.concat(this.centrals)
    await this.fh.write(Buffer.concat([dir, endRecord(this.count, dir.length, this.offset)]))
  }
}

/**
 * Reads back a ZIP this module wrote: every entry inflated and checked against its CRC-32 and size.
 * Throws naming the entry on any mismatch, so a damaged archive is never taken for a good one.
 */
export function unzip(archive: Buffer): ZipEntry[] {
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (endAt < 0 || endAt + 22 > archive.length) throw new Error('not a ZIP archive (no end of central directory)')
  const count = archive.readUInt16LE(endAt + 10)
  let at = archive.readUInt32LE(endAt + 16)
  const out: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== CENTRAL) throw new Error(`damaged central directory at entry ${i + 1}`)
    const crc = archive.readUInt32LE(at + 16)
    const packedSize = archive.readUInt32LE(at + 20)
    const size = archive.readUInt32LE(at + 24)
    const nameLength = archive.readUInt16LE(at + 28)
    const extra = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32)
    const localAt = archive.readUInt32LE(at + 42)
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength)
    at += 46 + nameLength + extra
    if (archive.readUInt32LE(localAt) !== LOCAL) throw new Error(`${name}: damaged local header`)
    const dataAt = localAt + 30 + archive.readUInt16LE(localAt + 26) + archive.readUInt16LE(localAt + 28)
    let data: Buffer
    try {
      data = inflateRawSync(archive.subarray(dataAt, dataAt + packedSize))
    } catch {
      throw new Error(`${name}: damaged data`)
    }
    if (data.length !== size || crc32(data) !== crc) throw new Error(`${name}: checksum mismatch`)
    out.push({ name, data })
  }
  return out
}
