/**
 * Booking codes: 15 characters of Crockford base32, shown as XXXXX-XXXXX-XXXXX. Typed or scanned
 * input is read the Crockford way (O is 0, I and L are 1; case, spaces and dashes do not matter), so a
 * citizen who misreads a printed code still gets in.
 */
export const CODE_LENGTH = 15
const VALID = /^[0-9A-HJKMNP-TV-Z]{15}$/
/** The letters and digits of Crockford base32 (no I, L, O, U), the keys of the kiosk's keypad. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** Upper-case, without separators, with the look-alike letters read as digits. Characters that can never be in a code stay, so it fails validation. */
export function normalizeCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
}

export const isBookingCode = (code: string): boolean => VALID.test(code)

/** Groups of five joined by dashes; a partial code keeps its groups ("ABCDE-FG"). */
export function formatCode(code: string): string {
  return (code.match(/.{1,5}/g) ?? []).join('-')
}

/** The booking code in a scanned QR text (the bare code, formatted or not, or a link that ends with it); null when there is none. */
export function codeFromScan(text: string): string | null {
  const whole = normalizeCode(text.trim())
  if (isBookingCode(whole)) return whole
  const m = /([0-9A-Za-z]{5}-?[0-9A-Za-z]{5}-?[0-9A-Za-z]{5})\/?$/.exec(text.trim())
  if (!m) return null
  const code = normalizeCode(m[1]!)
  return isBookingCode(code) ? code : null
}

/** The tracking code in a scanned tracking link (a remote ticket's page, /t/{code}); null when it is not one. */
export function trackingFromScan(text: string): string | null {
  try {
    const m = /\/t\/([A-Za-z0-9_-]{8,32})\/?$/.exec(new URL(text.trim()).pathname)
    return m ? m[1]! : null
  } catch {
    return null
  }
}
