import type { Lang, LocalizedName, RatingNote, RatingSettings } from '@luot/shared'
import { shortStamp } from '../format.js'
import { useT } from '../i18n.js'

interface Props {
  notes: RatingNote[]
  rating: RatingSettings
  services: { id: string; name: LocalizedName }[]
  counters: { id: string; number: number }[]
  timeZone: string
  lang: Lang
}

/** Low ratings and comments one by one, newest first: what the citizens said, with where and when. */
export function RatingNotes({ notes, rating, services, counters, timeZone, lang }: Props) {
  const t = useT()
  if (notes.length === 0) return <p class="muted">{t('notesNone')}</p>
  const level = (v: number) => rating.levels.find((l) => l.value === v)?.name[lang] ?? String(v)
  const reason = (id?: string) => (id ? (rating.lowReasons.find((r) => r.id === id)?.name[lang] ?? id) : '')
  return (
    <div class="table-scroll">
      <table class="grid notes-table" data-testid="rating-notes">
        <thead>
          <tr>
            <th>{t('colRatedAt')}</th>
            <th>{t('colNumber')}</th>
            <th>{t('colService')}</th>
            <th>{t('colCounter')}</th>
            <th>{t('colLevel')}</th>
            <th>{t('colReason')}</th>
            <th>{t('colComment')}</th>
          </tr>
        </thead>
        <tbody>
          {notes.map((n) => (
            <tr data-value={n.value} class={n.value <= rating.lowMax ? 'low' : ''}>
              <td>{shortStamp(n.at, timeZone)}</td>
              <td class="number">{n.number}</td>
              <td>{services.find((s) => s.id === n.serviceId)?.name[lang] ?? n.serviceId}</td>
              <td>{n.counterId ? (counters.find((c) => c.id === n.counterId)?.number ?? n.counterId) : ''}</td>
              <td>{level(n.value)}</td>
              <td>{reason(n.reasonId)}</td>
              <td class="comment">{n.comment ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
