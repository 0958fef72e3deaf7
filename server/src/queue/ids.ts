import { randomBytes, randomUUID } from 'node:crypto'

export interface IdSource {
  newId: () => string
  newTrackingCode: () => string
}

/** 72 random bits, 12 URL-safe characters: unguessable, and short enough for a small QR code. */
export const newTrackingCode = (): string => randomBytes(9).toString('base64url')

export const cryptoIds: IdSource = { newId: randomUUID, newTrackingCode }
