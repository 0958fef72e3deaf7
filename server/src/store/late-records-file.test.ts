import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LateRating } from '@luot/shared'
import { appendRecord, CorruptLateRecordError, readRecords } from './late-records-file.js'

const rec = (ticketId: string): LateRating => ({ v: 1, type: 'ticket-rated', at: '2026-11-24T01:00:00.000Z', ticketId, value: 4, source: 'phone' })

describe('late records file', () => {
  it('appends one line a record and reads them back in order; none when absent', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'luot-late-')), '2026-11-23.jsonl')
    expect(await readRecords(file)).toEqual([])
    await appendRecord(file, rec('t1'))
    await appendRecord(file, rec('t2'))
    expect((await readRecords(file)).map((r) => r.ticketId)).toEqual(['t1', 't2'])
    expect((await readFile(file, 'utf8')).split('\n')).toHaveLength(3)
  })

  it('drops a torn last line, and cuts it off before the next append', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'luot-late-')), 'd.jsonl')
    await writeFile(file, `${JSON.stringify(rec('t1'))}\n{"type":"rat`)
    expect((await readRecords(file)).map((r) => r.ticketId)).toEqual(['t1'])
    await appendRecord(file, rec('t2'))
    expect((await readRecords(file)).map((r) => r.ticketId)).toEqual(['t1', 't2'])
  })

  it('stops on a bad line in the middle, naming file and line', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'luot-late-')), 'd.jsonl')
    await writeFile(file, `${JSON.stringify(rec('t1'))}\n{"v":1,"type":"ticket-rated"}\n${JSON.stringify(rec('t3'))}\n`)
    await expect(readRecords(file)).rejects.toThrow(CorruptLateRecordError)
    await expect(readRecords(file)).rejects.toThrow(/line 2/)
  })
})
