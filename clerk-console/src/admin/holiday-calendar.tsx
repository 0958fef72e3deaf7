import type { CalendarDay } from '@luot/shared'
import { useT } from '../i18n.js'
import { Fieldset } from './fields.js'

/** The holiday calendar: public holidays (no bookings) and make-up working days (open though a weekend); each row edited in place. */
export function HolidayCalendar({ days, onChange }: { days: CalendarDay[]; onChange: (days: CalendarDay[]) => void }) {
  const t = useT()
  const set = (i: number, next: Partial<CalendarDay>) => onChange(days.map((d, j) => (j === i ? { ...d, ...next } : d)))
  const add = () => onChange([...days, { date: new Date().toISOString().slice(0, 10), kind: 'holiday', name: { vi: 'Ngày nghỉ', en: 'Day off' } }])
  return (
    <Fieldset legend={t('calendarTitle')}>
      <p class="hint small">{t('calendarHint')}</p>
      {days.length === 0 ? <p class="muted">{t('calendarEmpty')}</p> : null}
      <table class="holiday-calendar">
        <thead>
          <tr>
            {(['colDate', 'colKind', 'colNameVi', 'colNameEn'] as const).map((k) => <th scope="col">{t(k)}</th>)}
            <th scope="col">{t('removeDay')}</th>
          </tr>
        </thead>
        <tbody>
          {/* In stored order, a new day last: a row never moves while it is being edited. */}
          {days.map((d, i) => (
              <tr data-date={d.date}>
                <td><input type="date" name="calendar-date" aria-label={t('colDate')} value={d.date} onChange={(e) => e.currentTarget.value && set(i, { date: e.currentTarget.value })} /></td>
                <td>
                  <select name="calendar-kind" aria-label={t('colKind')} value={d.kind} onChange={(e) => set(i, { kind: e.currentTarget.value === 'working-day' ? 'working-day' : 'holiday' })}>
                    <option value="holiday">{t('kindHoliday')}</option>
                    <option value="working-day">{t('kindWorkingDay')}</option>
                  </select>
                </td>
                <td><input type="text" name="calendar-vi" maxLength={160} aria-label={t('colNameVi')} value={d.name.vi} onInput={(e) => set(i, { name: { ...d.name, vi: e.currentTarget.value } })} /></td>
                <td><input type="text" name="calendar-en" maxLength={160} aria-label={t('colNameEn')} value={d.name.en} onInput={(e) => set(i, { name: { ...d.name, en: e.currentTarget.value } })} /></td>
                <td><button type="button" class="small danger" onClick={() => onChange(days.filter((_, j) => j !== i))}>{t('removeDay')}</button></td>
              </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="small" onClick={add} data-testid="add-day">{t('addDay')}</button>
    </Fieldset>
  )
}
