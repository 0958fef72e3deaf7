import type { Lang, ProvinceLiveRow } from '@luot/shared'
import { useT, type StringKey } from '../i18n.js'
import { clockTime } from './province-time.js'
import { groupsOf, LIVE_SORTS, type LiveFilter, type LiveSort } from './live-view.js'

const SORT_LABEL: Record<LiveSort, StringKey> = { attention: 'pSortAttention', name: 'pSortName', waiting: 'pSortWaiting', longest: 'pSortLongest', satisfaction: 'pSortSatisfaction' }

interface Props {
  rows: ProvinceLiveRow[]
  sort: LiveSort
  filter: LiveFilter
  onSort: (s: LiveSort) => void
  onFilter: (f: LiveFilter) => void
  at: string
  lang: Lang
}

/** Order and filters of the live view, and when the figures were last sent. */
export function LiveControls({ rows, sort, filter, onSort, onFilter, at, lang }: Props) {
  const t = useT()
  const group = (key: 'district' | 'formerDistrict', label: StringKey, all: StringKey) => {
    const values = groupsOf(rows, key)
    return (
      <label class="field inline">
        <span>{t(label)}</span>
        <select name={key} value={filter[key]} disabled={values.length === 0} onChange={(e) => onFilter({ ...filter, [key]: e.currentTarget.value })}>
          <option value="">{t(all)}</option>
          {values.map((v) => (
            <option value={v}>{v}</option>
          ))}
        </select>
      </label>
    )
  }
  return (
    <form class="panel live-controls" onSubmit={(e) => e.preventDefault()}>
      <label class="field inline">
        <span>{t('pSortBy')}</span>
        <select name="sort" value={sort} onChange={(e) => onSort(e.currentTarget.value as LiveSort)}>
          {LIVE_SORTS.map((s) => (
            <option value={s}>{t(SORT_LABEL[s])}</option>
          ))}
        </select>
      </label>
      {group('district', 'pDistrict', 'pAllDistricts')}
      {group('formerDistrict', 'pFormerDistrict', 'pAllFormerDistricts')}
      <label class="field check">
        <input type="checkbox" name="attentionOnly" checked={filter.attentionOnly} onChange={(e) => onFilter({ ...filter, attentionOnly: e.currentTarget.checked })} />
        <span>{t('pAttentionOnly')}</span>
      </label>
      <span class="muted updated" data-at={at}>
        {t('pUpdatedAt', { time: clockTime(at, lang) })}
      </span>
    </form>
  )
}
