import Type, { type Static } from 'typebox'
import { Id, IsoTime } from './common.js'
import { IdempotencyKey, RateBody, TakeTicketBody } from './commands.js'

/** A ticket's tracking code, as printed in its QR link (also the HTTP path parameter). */
export const TrackingCode = Type.String({ pattern: '^[A-Za-z0-9_-]{8,32}$' })

/** `ticket:track`: follow one ticket from the citizen's phone. */
export const TrackBody = Type.Object({ trackingCode: TrackingCode }, { additionalProperties: false })
export type TrackBody = Static<typeof TrackBody>

/** `ticket:take`: over the socket the idempotency key is required (HTTP sends it as a header). */
export const TakeTicketCommand = Type.Object({ ...TakeTicketBody.properties, idempotencyKey: IdempotencyKey }, { additionalProperties: false })
export type TakeTicketCommand = Static<typeof TakeTicketCommand>

/** `ticket:rate`: the citizen rates their own finished ticket from the phone. */
export const RateTicketCommand = Type.Object({ ...RateBody.properties, trackingCode: TrackingCode }, { additionalProperties: false })
export type RateTicketCommand = Static<typeof RateTicketCommand>

/** `pad:join`: a rating pad joins its counter's room with the pairing key from the admin. */
export const PadJoinBody = Type.Object({ counterId: Id, key: Type.String({ maxLength: 64 }) }, { additionalProperties: false })
export type PadJoinBody = Static<typeof PadJoinBody>

/** `pad:rate`: the pad sends back the one-off token it was given with the rating request. */
export const PadRateBody = Type.Object({ ...RateBody.properties, ratingToken: TrackingCode }, { additionalProperties: false })
export type PadRateBody = Static<typeof PadRateBody>

/** A finished ticket, sent to the rating pad of its counter. */
export const RatingRequest = Type.Object({
  counterId: Id,
  counterNumber: Type.Integer(),
  number: Type.String(),
  /** A one-off token the pad sends back with the rating: it rates this ticket only. */
  ratingToken: TrackingCode,
  clerkName: Type.Optional(Type.String()),
  finishedAt: IsoTime,
})
export type RatingRequest = Static<typeof RatingRequest>

/** `rating:recorded`: the pad's counter got its rating. */
export const RatingRecorded = Type.Object({ counterId: Id, number: Type.String() })
export type RatingRecorded = Static<typeof RatingRecorded>

/** Manager room: something needs attention. */
export const Alert = Type.Object({
  kind: Type.Union([Type.Literal('printer'), Type.Literal('wait-target'), Type.Literal('backup'), Type.Literal('no-counter-open'), Type.Literal('disk'), Type.Literal('screen'), Type.Literal('dossier')]),
  at: IsoTime,
  message: Type.String(),
  messageEn: Type.String(),
})
export type Alert = Static<typeof Alert>
