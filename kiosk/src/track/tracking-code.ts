const CODE = /^[A-Za-z0-9_-]{8,32}$/

/** The tracking code in /t/{code} (also under an embedding prefix); null when it cannot be one. */
export function trackingCodeFrom(pathname: string): string | null {
  const m = /\/t\/([^/]+)\/?$/.exec(pathname)
  if (!m) return null
  let code: string
  try {
    code = decodeURIComponent(m[1]!)
  } catch {
    return null
  }
  return CODE.test(code) ? code : null
}
