import Type, { type Static } from 'typebox'
import { Id, IsoTime } from './common.js'

/**
 * What a screen says it is when it connects: a kiosk, the hall board, a counter's display, a
 * rating pad, a clerk console, a citizen's phone, the website widget; 'unknown' for clients
 * that say nothing (apps from before screens identified themselves).
 */
export const ScreenKind = Type.Union([
  Type.Literal('kiosk'),
  Type.Literal('board'),
  Type.Literal('counter'),
  Type.Literal('pad'),
  Type.Literal('console'),
  Type.Literal('phone'),
  Type.Literal('widget'),
  Type.Literal('unknown'),
])
export type ScreenKind = Static<typeof ScreenKind>
export const SCREEN_KINDS: readonly ScreenKind[] = ['kiosk', 'board', 'counter', 'pad', 'console', 'phone', 'widget', 'unknown']

/** This browser's random id, kept in its storage: the same board is the same row after a reload. */
export const DeviceId = Type.String({ pattern: '^[a-f0-9]{16,32}$' })

/**
 * The socket.io handshake's `auth`: every field optional (old clients send none). `id` is the
 * kiosk id for a kiosk, the counter number for a counter display or rating pad. `clock` is the
 * browser's Date.now() when it sent the handshake: the server's own clock gives the offset.
 */
export const ScreenHandshake = Type.Object(
  {
    kind: Type.Optional(Type.Exclude(ScreenKind, Type.Literal('unknown'))),
    id: Type.Optional(Id),
    device: Type.Optional(DeviceId),
    clock: Type.Optional(Type.Number({ minimum: 0 })),
  },
  { additionalProperties: false },
)
export type ScreenHandshake = Static<typeof ScreenHandshake>

/** `screen:seen`: a light periodic report of the browser's clock, so a drifting clock shows up without a reconnect. */
export const ScreenSeenBody = Type.Object({ clock: Type.Number({ minimum: 0 }) }, { additionalProperties: false })
export type ScreenSeenBody = Static<typeof ScreenSeenBody>

/** One screen as the health page lists it. `clockAheadMs` > 0: the browser's clock is ahead of the server's. */
export const ScreenStatus = Type.Object({
  kind: ScreenKind,
  id: Type.Optional(Type.String()),
  device: Type.Optional(Type.String()),
  address: Type.String(),
  online: Type.Boolean(),
  connectedSince: IsoTime,
  lastSeen: IsoTime,
  clockAheadMs: Type.Optional(Type.Number()),
})
export type ScreenStatus = Static<typeof ScreenStatus>
