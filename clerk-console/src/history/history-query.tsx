import type { ComponentChildren } from 'preact'
import type { StatsGroupBy } from '@luot/shared'
import { useT, type StringKey } from '../i18n.js'

export interface HistoryQuery {
  from: string
  to: string
  groupBy: StatsGroupBy
}

export const GROUP_LABELS: Record<StatsGroupBy, StringKey> = { service: 'groupService', counter: 'groupCounter', clerk: 'groupClerk', hour: 'groupHour', day: 'groupDay' }

interface RangeProps<Q extends { from: string; to: string }> {
  query: Q
  busy: boolean
  exportHref: (ext: 'csv' | 'xlsx') => string
  onChange: (q: Q) => void
  onSubmit: () => void
  /** The report's own choices between the dates and the buttons (a grouping, a district). */
  children?: ComponentChildren
}

/** A report's date range, its own choices, and what can be done with it: show, export, print. */
export function ReportRangeForm<Q extends { from: string; to: string }>({ query, busy, exportHref, onChange, onSubmit, children }: RangeProps<Q>) {
  const t = useT()
  const valid = query.from !== '' && query.to !== '' && query.from <= query.to
  return (
    <form
      class="panel history-query no-print"
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit()
      }}
    >
      <label class="field inline">
        <span>{t('fromDate')}</span>
        <input type="date" name="from" value={query.from} required onInput={(e) => onChange({ ...query, from: e.currentTarget.value })} />
      </label>
      <label class="field inline">
        <span>{t('toDate')}</span>
        <input type="date" name="to" value={query.to} required onInput={(e) => onChange({ ...query, to: e.currentTarget.value })} />
      </label>
      {children}
      <button type="submit" class="primary" disabled={busy || !valid}>
        {t('showReport')}
      </button>
      <a class={`button${valid ? '' : ' disabled'}`} href={exportHref('csv')} download data-export="csv">
        {t('exportCsv')}
      </a>
      <a class={`button${valid ? '' : ' disabled'}`} href={exportHref('xlsx')} download data-export="xlsx">
        {t('exportXlsx')}
      </a>
      <button type="button" onClick={() => print()}>
        {t('print')}
      </button>
      {valid ? null : <p class="warn">{t('rangeInvalid')}</p>}
    </form>
  )
}

/** The centre's report query: the date range and the grouping. */
export function HistoryQueryForm(props: Omit<RangeProps<HistoryQuery>, 'children'>) {
  const t = useT()
  const { query, onChange } = props
  return (
    <ReportRangeForm {...props}>
      <label class="field inline">
        <span>{t('groupBy')}</span>
        <select name="groupBy" value={query.groupBy} onChange={(e) => onChange({ ...query, groupBy: e.currentTarget.value as StatsGroupBy })}>
          {(Object.keys(GROUP_LABELS) as StatsGroupBy[]).map((g) => (
            <option value={g}>{t(GROUP_LABELS[g])}</option>
          ))}
        </select>
      </label>
    </ReportRangeForm>
  )
}
