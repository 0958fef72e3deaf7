import type { BookingDays, Lang } from '@luot/shared'
import { ErrorNote } from '../citizen/error-note.js'
import { useReply } from '../citizen/use-reply.js'
import { BOOK_STRINGS as t } from './book-strings.js'
import { formatDay } from './format-day.js'

type Day = BookingDays['days'][number]

/** Why a day cannot be picked, in the citizen's language (a holiday by its name). */
export function closedText(day: Day, lang: Lang): string {
  switch (day.reason) {
    case 'weekend':
      return t.closedWeekend[lang]
    case 'holiday':
      return day.holiday ? `${t.closedHoliday[lang]}: ${day.holiday[lang]}` : t.closedHoliday[lang]
    case 'past':
      return t.closedPast[lang]
    case 'beyond-horizon':
      return t.closedHorizon[lang]
    case 'not-bookable':
      return t.closedNotBookable[lang]
    default:
      return t.full[lang]
  }
}

/** The days within the horizon: open ones with their places left, closed ones greyed with the reason. */
export function DayPicker({ serviceId, lang, onPick }: { serviceId: string; lang: Lang; onPick: (date: string) => void }) {
  const { data, error, loading, reload } = useReply<BookingDays>(`/api/booking/days?serviceId=${encodeURIComponent(serviceId)}`)
  if (error) return <ErrorNote error={error} lang={lang} onRetry={reload} retryLabel={t.retry[lang]} />
  if (loading || !data) return <p class="card loading">{t.loading[lang]}</p>
  return (
    <ul class="choices days" data-testid="days">
      {data.days.map((d) => {
        const bookable = d.open && d.left > 0
        return (
          <li key={d.date}>
            <button type="button" class="choice" disabled={!bookable} onClick={() => onPick(d.date)} data-date={d.date} data-open={String(bookable)}>
              <span class="choice-main">{formatDay(d.date, lang, 'short')}</span>
              <span class="choice-sub">{bookable ? t.placesLeft[lang].replace('{n}', String(d.left)) : closedText(d, lang)}</span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
