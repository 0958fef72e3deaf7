import { useRef } from 'preact/hooks'
import type { Lang, ServiceView } from '@luot/shared'
import { formatWait } from '@luot/shared/estimate'
import { KIOSK_STRINGS } from '../strings.js'
import { useFit } from '../use-fit.js'

interface Props {
  service: ServiceView
  lang: Lang
  /** Every button is disabled while a ticket is being issued, or when the centre is closed. */
  disabled: boolean
  busy: boolean
  onTake: (serviceId: string) => void
}

/** The name on the tile: the service's short label when the centre set one, else its official name. */
export const tileName = (service: ServiceView, lang: Lang): string => service.shortLabel?.[lang] || service.name[lang]

/** One big button per service area: its name (wrapped, and scaled down only if it must), how many wait, and about how long. */
export function ServiceButton({ service, lang, disabled, busy, onTake }: Props) {
  const capped = service.capReached
  const other: Lang = lang === 'vi' ? 'en' : 'vi'
  const text = useRef<HTMLSpanElement>(null)
  const wait = formatWait(service.estimatedWaitMinutes, lang)
  // everything the tile says, the live line too: "Chưa có quầy mở" wraps where "khoảng 5 phút" did not
  useFit(text, `${tileName(service, lang)}|${tileName(service, other)}|${capped}|${busy}|${service.waiting}|${wait}`)
  return (
    <button
      type="button"
      class={`service-button${capped ? ' capped' : ''}${busy ? ' busy' : ''}`}
      disabled={disabled || capped}
      aria-busy={busy}
      data-service={service.id}
      onClick={() => onTake(service.id)}
    >
      <span class="service-code" aria-hidden="true">{service.code}</span>
      <span class="service-text" ref={text}>
        <span class="service-name" lang={lang}>{tileName(service, lang)}</span>
        <span class="service-name-other" lang={other}>{tileName(service, other)}</span>
        {capped ? (
          <span class="service-meta capped-label">{KIOSK_STRINGS.capReached[lang]}</span>
        ) : busy ? (
          <span class="service-meta">{KIOSK_STRINGS.issuing[lang]}</span>
        ) : (
          <span class="service-meta">
            <strong>{service.waiting}</strong> {KIOSK_STRINGS.waitingPeople[lang]} · <span data-testid="service-wait">{wait}</span>
          </span>
        )}
      </span>
    </button>
  )
}
