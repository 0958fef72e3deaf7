import type { BookingSlots, Lang } from '@luot/shared'
import { ErrorNote } from '../citizen/error-note.js'
import { useReply } from '../citizen/use-reply.js'
import { BOOK_STRINGS as t } from './book-strings.js'

/** The day's slots with places left; full ones are shown but cannot be picked. */
export function SlotPicker({ serviceId, date, lang, onPick }: { serviceId: string; date: string; lang: Lang; onPick: (slotStart: string) => void }) {
  const { data, error, loading, reload } = useReply<BookingSlots>(`/api/booking/slots?serviceId=${encodeURIComponent(serviceId)}&date=${date}`)
  if (error) return <ErrorNote error={error} lang={lang} onRetry={reload} retryLabel={t.retry[lang]} />
  if (loading || !data) return <p class="card loading">{t.loading[lang]}</p>
  if (!data.open || !data.slots.some((x) => x.left > 0)) return <p class="card note" role="status" data-testid="no-slots">{t.noSlots[lang]}</p>
  return (
    <ul class="choices slots" data-testid="slots">
      {data.slots.map((x) => (
        <li key={x.start}>
          <button type="button" class="choice" disabled={x.left <= 0} onClick={() => onPick(x.start)} data-slot={x.start}>
            <span class="choice-main">{x.start} – {x.end}</span>
            <span class="choice-sub">{x.left > 0 ? t.placesLeft[lang].replace('{n}', String(x.left)) : t.full[lang]}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
