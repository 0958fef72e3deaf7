import type { Lang, LocalizedName } from '@luot/shared'

export interface ServiceChoice {
  id: string
  name: LocalizedName
  /** Under the name: waiting count, places left, or why it is closed. */
  sub?: string
  disabled?: boolean
}

/** The service areas as large buttons, one a row (phone first). */
export function ServiceList({ services, lang, onPick, testId }: { services: ServiceChoice[]; lang: Lang; onPick: (id: string) => void; testId: string }) {
  return (
    <ul class="choices" data-testid={testId}>
      {services.map((x) => (
        <li key={x.id}>
          <button type="button" class="choice" disabled={x.disabled} onClick={() => onPick(x.id)} data-service={x.id}>
            <span class="choice-main">{x.name[lang]}</span>
            {x.sub && <span class="choice-sub">{x.sub}</span>}
          </button>
        </li>
      ))}
    </ul>
  )
}
