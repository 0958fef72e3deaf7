import type { OpeningHours } from '@luot/shared'
import { useT, type StringKey } from '../i18n.js'
import { CheckField } from './fields.js'
import type { Problems } from './validate.js'

const DAYS: StringKey[] = ['day1', 'day2', 'day3', 'day4', 'day5', 'day6', 'day0']
const DAY_INDEX = [1, 2, 3, 4, 5, 6, 0]

/** Sessions per weekday (Monday first on screen; index 0 is Sunday in the data). */
export function OpeningHoursEditor({ value, problems, onChange }: { value: OpeningHours; problems: Problems; onChange: (v: OpeningHours) => void }) {
  const t = useT()
  const setDay = (d: number, sessions: OpeningHours['weekdays'][number]) => onChange({ ...value, weekdays: value.weekdays.map((s, i) => (i === d ? sessions : s)) })
  return (
    <div class="opening-hours">
      <CheckField label={t('enforceHours')} name="enforce" checked={value.enforce} onChange={(enforce) => onChange({ ...value, enforce })} />
      <table class="grid compact">
        <tbody>
          {DAY_INDEX.map((d, row) => {
            const sessions = value.weekdays[d] ?? []
            return (
              <tr data-day={d}>
                <th scope="row">{t(DAYS[row]!)}</th>
                <td>
                  {sessions.length === 0 ? <span class="muted">{t('closedDay')} </span> : null}
                  {sessions.map((s, i) => (
                    <span class={`session${problems[`hours.${d}.${i}`] ? ' invalid' : ''}`}>
                      <input type="time" aria-label="start" value={s.start} onInput={(e) => setDay(d, sessions.map((x, j) => (j === i ? { ...x, start: e.currentTarget.value } : x)))} />
                      –
                      <input type="time" aria-label="end" value={s.end} onInput={(e) => setDay(d, sessions.map((x, j) => (j === i ? { ...x, end: e.currentTarget.value } : x)))} />
                      <button type="button" class="small" title={t('remove')} onClick={() => setDay(d, sessions.filter((_, j) => j !== i))}>
                        ✕
                      </button>
                    </span>
                  ))}
                  {sessions.length < 4 ? (
                    <button type="button" class="small" onClick={() => setDay(d, [...sessions, { start: '07:30', end: '11:30' }])}>
                      + {t('addSession')}
                    </button>
                  ) : null}
                  {sessions.some((_, i) => problems[`hours.${d}.${i}`]) ? <small class="field-error">{t('errTime')}</small> : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
