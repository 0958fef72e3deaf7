import Type, { type Static } from 'typebox'
import { IsoTime } from './common.js'
import { PrinterLastStatus } from './printer-status.js'
import { ScreenStatus } from './screens.js'

/** Free space where the data lives; `low` once it is under the threshold (a manager alert went out). */
export const DiskHealth = Type.Object({
  path: Type.String(),
  freeBytes: Type.Number(),
  totalBytes: Type.Number(),
  minFreeBytes: Type.Number(),
  low: Type.Boolean(),
})
export type DiskHealth = Static<typeof DiskHealth>

/** The daily backup: this process's last run, and the newest archive in the folder (from any run, `npm run backup` too). */
export const BackupHealth = Type.Object({
  enabled: Type.Boolean(),
  dir: Type.Optional(Type.String()),
  last: Type.Optional(Type.Object({ at: IsoTime, ok: Type.Boolean(), file: Type.Optional(Type.String()), error: Type.Optional(Type.String()) })),
  newest: Type.Optional(Type.Object({ file: Type.String(), at: IsoTime })),
})
export type BackupHealth = Static<typeof BackupHealth>

/**
 * GET /api/admin/health. `disk` is null with PostgreSQL (the data is in the database).
 * `screensScope` says what the screen list covers: 'server' with one process; 'this-process'
 * with several (PostgreSQL): each process knows the screens connected to it.
 */
export const SystemHealth = Type.Object({
  serverTime: IsoTime,
  disk: Type.Union([DiskHealth, Type.Null()]),
  backup: BackupHealth,
  printers: Type.Array(PrinterLastStatus),
  screens: Type.Array(ScreenStatus),
  /** Phones following a ticket and website widgets online now: counted, not listed (citizens come and go). */
  visitorsOnline: Type.Integer(),
  screensScope: Type.Union([Type.Literal('server'), Type.Literal('this-process')]),
  /** A screen silent this long during opening hours raises a manager alert. */
  silenceLimitMs: Type.Integer(),
  /** A browser clock further than this from the server's is flagged. */
  clockLimitMs: Type.Integer(),
})
export type SystemHealth = Static<typeof SystemHealth>
