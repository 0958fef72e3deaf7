import { describe, expect, it } from 'vitest'
import { Bitmap } from './bitmap.js'
import { rasterCommands } from './raster-command.js'

describe('rasterCommands', () => {
  it('packs dots MSB-first into GS v 0 with the width in bytes and the height in rows', () => {
    const bitmap = new Bitmap(16, 2)
    bitmap.fillRect(0, 0, 1, 1) // top-left dot
    bitmap.fillRect(15, 1, 1, 1) // bottom-right dot
    expect([...rasterCommands(bitmap)]).toEqual([0x1d, 0x76, 0x30, 0x00, 2, 0, 2, 0, 0x80, 0x00, 0x00, 0x01])
  })

  it('rounds the width up to whole bytes and splits tall images into bands', () => {
    const bitmap = new Bitmap(10, 300)
    bitmap.fillRect(0, 0, 10, 300)
    const bytes = rasterCommands(bitmap)
    expect([...bytes.subarray(0, 8)]).toEqual([0x1d, 0x76, 0x30, 0x00, 2, 0, 128, 0])
    expect([...bytes.subarray(8, 10)]).toEqual([0xff, 0xc0])
    expect(bytes.length).toBe(3 * 8 + 300 * 2)
    expect([...bytes.subarray(2 * (8 + 256), 2 * (8 + 256) + 8)]).toEqual([0x1d, 0x76, 0x30, 0x00, 2, 0, 44, 0])
  })
})
