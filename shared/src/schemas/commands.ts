import Type, { type Static } from 'typebox'
import { Id, Lang, Reason } from './common.js'
import { Password, Username } from './config.js'

export const TakeTicketBody = Type.Object(
  { serviceId: Id, priorityGroup: Type.Optional(Type.Union([Id, Type.Null()])), lang: Type.Optional(Lang), kioskId: Type.Optional(Id) },
  { additionalProperties: false },
)
export type TakeTicketBody = Static<typeof TakeTicketBody>

export const IdempotencyKey = Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$' })

export const RateBody = Type.Object(
  { value: Type.Integer({ minimum: 1, maximum: 10 }), reasonId: Type.Optional(Id), comment: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
)
export type RateBody = Static<typeof RateBody>

export const LoginBody = Type.Object({ username: Type.String({ minLength: 1, maxLength: 40 }), password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false })
export type LoginBody = Static<typeof LoginBody>

export const PauseBody = Type.Object({ reason: Reason }, { additionalProperties: false })
export const FinishBody = Type.Object({ outcome: Id }, { additionalProperties: false })
/** Exactly one of the two is a rule of the domain (TRANSFER_TARGET_INVALID), so every transport answers a bad transfer alike. */
export const TransferBody = Type.Object({ serviceId: Type.Optional(Id), counterId: Type.Optional(Id) }, { additionalProperties: false })
export const CallBody = Type.Object({ ticketId: Type.String({ minLength: 1, maxLength: 80 }), reason: Reason }, { additionalProperties: false })
export const CancelBody = CallBody
/** Calls back a ticket missed (no-show) earlier today: the citizen came back. Audited. */
export const CallMissedBody = Type.Object({ ticketId: Type.String({ minLength: 1, maxLength: 80 }) }, { additionalProperties: false })
export const EmptyBody = Type.Object({}, { additionalProperties: false })

/** The body of each clerk command (HTTP: `POST /api/counters/{id}/{type}`); the tagged union below is built from these. */
export const COUNTER_COMMAND_BODIES = {
  open: EmptyBody,
  pause: PauseBody,
  close: EmptyBody,
  'call-next': EmptyBody,
  recall: EmptyBody,
  start: EmptyBody,
  finish: FinishBody,
  skip: EmptyBody,
  transfer: TransferBody,
  call: CallBody,
  'call-missed': CallMissedBody,
  cancel: CancelBody,
} as const

const closed = { additionalProperties: false } as const

/** Every clerk command on a counter, as one tagged union: one code path for HTTP and sockets. */
export const CounterCommand = Type.Union([
  Type.Object({ type: Type.Literal('open') }, closed),
  Type.Object({ type: Type.Literal('pause'), ...PauseBody.properties }, closed),
  Type.Object({ type: Type.Literal('close') }, closed),
  Type.Object({ type: Type.Literal('call-next') }, closed),
  Type.Object({ type: Type.Literal('recall') }, closed),
  Type.Object({ type: Type.Literal('start') }, closed),
  Type.Object({ type: Type.Literal('finish'), ...FinishBody.properties }, closed),
  Type.Object({ type: Type.Literal('skip') }, closed),
  Type.Object({ type: Type.Literal('transfer'), ...TransferBody.properties }, closed),
  Type.Object({ type: Type.Literal('call'), ...CallBody.properties }, closed),
  Type.Object({ type: Type.Literal('call-missed'), ...CallMissedBody.properties }, closed),
  Type.Object({ type: Type.Literal('cancel'), ...CancelBody.properties }, closed),
])
export type CounterCommand = Static<typeof CounterCommand>
export type CounterCommandType = CounterCommand['type']

export const CounterCommandEnvelope = Type.Object(
  { counterId: Id, command: CounterCommand },
  { additionalProperties: false },
)
export type CounterCommandEnvelope = Static<typeof CounterCommandEnvelope>

export const NewUserBody = Type.Object(
  {
    username: Username,
    displayName: Type.String({ minLength: 1, maxLength: 100 }),
    role: Type.Union([Type.Literal('clerk'), Type.Literal('manager'), Type.Literal('admin')]),
    counterId: Type.Union([Id, Type.Null()]),
    active: Type.Boolean(),
    password: Password,
  },
  { additionalProperties: false },
)
export type NewUserBody = Static<typeof NewUserBody>
export const PasswordBody = Type.Object({ password: Password }, { additionalProperties: false })
