import { useEffect, useState } from 'preact/hooks'
import type { DossierStatus, Lang, ServiceView, StaffDossier } from '@luot/shared'
import { get } from '../api.js'
import { ErrorNote } from '../components/error-note.js'
import { useT, type StringKey } from '../i18n.js'
import { onDossiersChanged } from '../socket.js'
import type { UiError } from '../ui-error.js'
import { dueText, groupedCode, stampText, STATUS_WORD } from './dossier-words.js'
import { DEFAULT_FILTERS, listPath, type ListFilters } from './list-query.js'

const VIEWS: { view: ListFilters['view']; label: StringKey }[] = [
  { view: 'open', label: 'viewOpen' },
  { view: 'due-soon', label: 'viewDueSoon' },
  { view: 'overdue', label: 'viewOverdue' },
  { view: 'all', label: 'viewAll' },
]

interface Props {
  services: ServiceView[]
  timeZone: string
  lang: Lang
}

/** The back office's dossiers: views (open, due soon, overdue, all), filters, live on every 'dossiers:changed'. */
export function DossierList({ services, timeZone, lang }: Props) {
  const t = useT()
  const [filters, setFilters] = useState<ListFilters>(DEFAULT_FILTERS)
  const [list, setList] = useState<StaffDossier[] | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const path = listPath(filters)
  useEffect(() => {
    let live = true
    const load = () =>
      void get<StaffDossier[]>(path).then((r) => {
        if (!live) return
        setError(r.ok ? null : r.error)
        if (r.ok) setList(r.data)
      })
    load()
    const off = onDossiersChanged(load)
    return () => {
      live = false
      off()
    }
  }, [path])
  const set = (part: Partial<ListFilters>) => setFilters((f) => ({ ...f, ...part }))
  return (
    <section class="panel dossier-list" data-testid="dossier-list">
      <h2>{t('dossiersTitle')}</h2>
      <div class="chips" role="tablist">
        {VIEWS.map((v) => (
          <button type="button" role="tab" aria-selected={filters.view === v.view} class={`chip${filters.view === v.view ? ' chip-on' : ''}`} data-view={v.view} onClick={() => set({ view: v.view })}>
            {t(v.label)}
          </button>
        ))}
      </div>
      <div class="field-pair filters">
        <label class="field">
          <span>{t('filterStatus')}</span>
          <select name="status" value={filters.status} onChange={(e) => set({ status: e.currentTarget.value as DossierStatus | '' })}>
            <option value="">{t('anyOption')}</option>
            {(Object.keys(STATUS_WORD) as DossierStatus[]).map((s) => (
              <option value={s}>{t(STATUS_WORD[s])}</option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('filterService')}</span>
          <select name="serviceId" value={filters.serviceId} onChange={(e) => set({ serviceId: e.currentTarget.value })}>
            <option value="">{t('anyOption')}</option>
            {services.map((s) => (
              <option value={s.id}>{s.name[lang]}</option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('filterDueBy')}</span>
          <input type="date" name="dueBy" value={filters.dueBy} onInput={(e) => set({ dueBy: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>{t('filterSearch')}</span>
          <input type="search" name="q" value={filters.q} maxLength={60} onInput={(e) => set({ q: e.currentTarget.value })} />
        </label>
      </div>
      <ErrorNote error={error} lang={lang} />
      {list && list.length === 0 ? <p class="muted">{t('dossiersEmpty')}</p> : null}
      {list && list.length ? (
        <div class="table-scroll">
          <table class="grid">
            <thead>
              <tr>
                <th>{t('colCode')}</th>
                <th>{t('colProcedure')}</th>
                <th>{t('colApplicant')}</th>
                <th>{t('colReceived')}</th>
                <th>{t('colDue')}</th>
                <th>{t('colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((d) => (
                <tr data-code={d.code} data-status={d.status} class={d.overdue ? 'overdue' : d.dueSoon ? 'due-soon' : ''}>
                  <td>
                    <a href={`#/dossiers/${d.code}`} class="mono">
                      {groupedCode(d.code)}
                    </a>
                  </td>
                  <td>{d.procedureName[lang]}</td>
                  <td>{d.applicantName ?? '—'}</td>
                  <td>{stampText(d.receivedAt, timeZone)}</td>
                  <td>
                    {dueText(d, lang)} {d.overdue ? <span class="badge late">{t('overdue')}</span> : d.dueSoon ? <span class="badge soon">{t('dueSoon')}</span> : null}
                  </td>
                  <td>
                    <span class={`badge dossier-${d.status}`}>{t(STATUS_WORD[d.status])}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  )
}
