import { randomBytes } from 'node:crypto'

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed on a keypad is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * A new booking code: 15 characters of Crockford base32 from 75 random bits (crypto), as unguessable
 * as a tracking code. `bytes` is injectable so tests can pin it.
 */
export function newBookingCode(bytes: (n: number) => Uint8Array = randomBytes): string {
  const buf = bytes(10)
  let bits = 0n
  for (const b of buf) bits = (bits << 8n) | BigInt(b)
  let out = ''
  for (let i = 0; i < 15; i++) out += ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)]
  return out
}

/** A code as typed: upper case, without spaces or dashes, with the letters Crockford reads as digits (O→0, I/L→1) mapped. */
export function normaliseBookingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
}
