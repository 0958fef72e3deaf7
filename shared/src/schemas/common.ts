import Type, { type Static } from 'typebox'

export const Lang = Type.Union([Type.Literal('vi'), Type.Literal('en')])
export type Lang = Static<typeof Lang>

/** A name shown to citizens: Vietnamese first, English always present. */
export const LocalizedName = Type.Object(
  { vi: Type.String({ minLength: 1, maxLength: 160 }), en: Type.String({ minLength: 1, maxLength: 160 }) },
  { additionalProperties: false },
)
export type LocalizedName = Static<typeof LocalizedName>

/** Short identifiers used in URLs and files: lower-case letters, digits and dashes. */
export const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' })
export const IsoTime = Type.String({ format: 'date-time' })
export const DayKey = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
export const TimeOfDay = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' })
export const Reason = Type.String({ minLength: 1, maxLength: 300 })
