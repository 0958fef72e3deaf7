import type { Lang } from '@luot/shared'
import { useNow } from '@luot/shared/client/use-now'
import { localParts } from '@luot/shared/time'

const WEEKDAYS: Record<Lang, string[]> = {
  vi: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
}
const pad = (n: number) => String(n).padStart(2, '0')

/** The centre's time (server clock, centre time zone), ticking every second. */
export function Clock({ timeZone, offsetMs, lang }: { timeZone: string; offsetMs: number; lang: Lang }) {
  const p = localParts(new Date(useNow(offsetMs)), timeZone)
  return (
    <div class="clock" aria-live="off">
      <div class="clock-time">{`${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`}</div>
      <div class="clock-date">{`${WEEKDAYS[lang][p.weekday] ?? ''}, ${pad(p.day)}/${pad(p.month)}/${p.year}`}</div>
    </div>
  )
}
