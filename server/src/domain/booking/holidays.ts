import type { CalendarDay } from '@luot/shared'

const n = (vi: string, en: string) => ({ vi, en })
const key = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
/** Day of the week of a calendar date (0 Sunday … 6 Saturday), independent of any time zone. */
const weekdayOf = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay()

/**
 * Vietnam's fixed-date public holidays of `year` (Labour Code 2019, art. 112): 1 January, 30 April,
 * 1 May, 2 September and the day next to it. The second day of Quốc khánh is set every year by the
 * government: 1 September when the 2nd is a Tuesday (a four-day break with the weekend), else the
 * 3rd; the admin edits it when the year's notice says otherwise. A holiday on a weekend gives a day
 * off on the next working day (nghỉ bù). Lunar holidays (Tết Nguyên đán, Giỗ Tổ Hùng Vương) change
 * every year and are entered by hand.
 */
export function fixedHolidays(year: number): CalendarDay[] {
  const secondDay = weekdayOf(year, 9, 2) === 2 ? 1 : 3
  const days: [number, number, { vi: string; en: string }][] = [
    [1, 1, n('Tết Dương lịch', "New Year's Day")],
    [4, 30, n('Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day')],
    [5, 1, n('Ngày Quốc tế Lao động', 'International Labour Day')],
    [9, 2, n('Quốc khánh', 'National Day')],
    [9, secondDay, n('Quốc khánh (ngày liền kề)', 'National Day (second day)')],
  ]
  days.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: CalendarDay[] = days.map(([m, d, name]) => ({ date: key(year, m, d), kind: 'holiday', name }))
  const taken = new Set(out.map((c) => c.date))
  for (const [m, d, name] of days) {
    if (weekdayOf(year, m, d) % 6 !== 0) continue
    const next = new Date(Date.UTC(year, m - 1, d))
    do next.setUTCDate(next.getUTCDate() + 1)
    while (next.getUTCDay() % 6 === 0 || taken.has(next.toISOString().slice(0, 10)))
    const date = next.toISOString().slice(0, 10)
    taken.add(date)
    out.push({ date, kind: 'holiday', name: n(`Nghỉ bù ${name.vi}`, `${name.en} (day off in lieu)`) })
  }
  return out.sort((a, b) => a.date.localeCompare(b.date))
}

/**
 * Tết Nguyên đán 2027 (the lunar new year falls on Saturday 6 February 2027): five days, from the
 * last day of the old year to the fourth of the new, as the Labour Code counts them. The government's
 * notice fixes the exact days each year: an editable entry, not a rule.
 */
export const TET_2027: CalendarDay[] = ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'].map((date, i) => ({
  date,
  kind: 'holiday',
  name: n(i === 0 ? 'Tết Nguyên đán (30 Tết)' : `Tết Nguyên đán (mùng ${i})`, i === 0 ? 'Lunar New Year (eve)' : `Lunar New Year (day ${i})`),
}))
