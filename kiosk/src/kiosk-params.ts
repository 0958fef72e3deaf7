/** What a kiosk learns from its URL: /kiosk/?kiosk=k1&print=browser&idle=60 */
export interface KioskParams {
  /** Sent with every ticket so the server picks this kiosk's printer. */
  kioskId?: string
  /** 'browser': print each ticket with window.print() (80 mm stylesheet; silent with --kiosk-printing). */
  print: 'browser' | 'server'
  /** Seconds without a touch before the attract screen. */
  idleSeconds: number
}

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/

export function kioskParams(search: string): KioskParams {
  const q = new URLSearchParams(search)
  const kiosk = q.get('kiosk')
  const idle = Number(q.get('idle'))
  return {
    ...(kiosk && ID.test(kiosk) ? { kioskId: kiosk } : {}),
    print: q.get('print') === 'browser' ? 'browser' : 'server',
    idleSeconds: Number.isFinite(idle) && idle >= 5 ? idle : 60,
  }
}
