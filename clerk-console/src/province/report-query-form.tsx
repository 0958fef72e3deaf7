import { ReportRangeForm } from '../history/history-query.js'
import { useT } from '../i18n.js'

export interface ProvinceReportForm {
  from: string
  to: string
  district: string
}

interface Props {
  query: ProvinceReportForm
  districts: string[]
  busy: boolean
  exportHref: (ext: 'csv' | 'xlsx') => string
  onChange: (q: ProvinceReportForm) => void
  onSubmit: () => void
}

/** The province report's query: the date range and a district (all by default). */
export function ReportQueryForm({ districts, ...props }: Props) {
  const t = useT()
  const { query, onChange } = props
  return (
    <ReportRangeForm {...props}>
      <label class="field inline">
        <span>{t('pDistrict')}</span>
        <select name="district" value={query.district} onChange={(e) => onChange({ ...query, district: e.currentTarget.value })}>
          <option value="">{t('pAllDistricts')}</option>
          {districts.map((d) => (
            <option value={d}>{d}</option>
          ))}
        </select>
      </label>
    </ReportRangeForm>
  )
}
