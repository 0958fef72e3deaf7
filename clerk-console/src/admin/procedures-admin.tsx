import { useEffect, useState } from 'preact/hooks'
import type { Procedure, ProcedureImportResult, ProcedureInput, Service } from '@luot/shared'
import { api, get, post, put } from '../api.js'
import { ErrorNote } from '../components/error-note.js'
import { processingText } from '../dossiers/dossier-words.js'
import { useInFlight } from '../hooks.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { ProcedureForm } from './procedure-form.js'

/** The procedure catalogue: list, add, edit, retire or restore, and a province list imported from CSV (all lines or none, the bad ones named). */
export function ProceduresAdmin({ services }: { services: Service[] }) {
  const t = useT()
  const { lang } = useConsoleState()
  const [list, setList] = useState<Procedure[]>([])
  const [editing, setEditing] = useState<Procedure | 'new' | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const { pending, run } = useInFlight()
  const load = async () => {
    const r = await get<Procedure[]>('/api/procedures')
    if (r.ok) setList(r.data)
    else setError(r.error)
  }
  useEffect(() => void load(), [])
  const save = (input: ProcedureInput, id?: string) =>
    run('save', async () => {
      const r = id ? await put<Procedure>(`/api/procedures/${id}`, input) : await post<Procedure>('/api/procedures', input)
      setError(r.ok ? null : r.error)
      if (!r.ok) return
      setEditing(null)
      await load()
    })
  const toggle = (p: Procedure) => save({ ...p, active: !p.active }, p.id)
  const importFile = (file: File | undefined) =>
    file &&
    run('import', async () => {
      const r = await api<ProcedureImportResult>('POST', '/api/procedures/import', await file.text(), { 'content-type': 'text/csv; charset=utf-8' })
      setError(r.ok ? null : r.error)
      setDone(r.ok ? t('importDone', { added: r.data.added, updated: r.data.updated, total: r.data.total }) : null)
      if (r.ok) await load()
    })
  const serviceName = (id: string) => services.find((s) => s.id === id)?.name[lang] ?? id
  return (
    <section class="panel procedures-admin" data-testid="procedures">
      <h2>{t('proceduresTitle')}</h2>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => (setError(null), setEditing('new'))}>
          {t('procedureAdd')}
        </button>
        <label class="button">
          {t('importCsv')}
          <input type="file" accept=".csv,text/csv" class="visually-hidden" name="import" disabled={pending !== null} onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      <p class="muted small">{t('importHint')}</p>
      {editing ? null : <ErrorNote error={error} lang={lang} />}
      {done ? <p role="status" data-testid="import-done">{done}</p> : null}
      <div class="table-scroll">
        <table class="grid">
          <thead>
            <tr>
              <th>{t('procedureCode')}</th>
              <th>{t('colProcedure')}</th>
              <th>{t('filterService')}</th>
              <th>{t('processingAmount')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr data-procedure={p.id} class={p.active ? '' : 'retired'}>
                <td class="mono">{p.code ?? '—'}</td>
                <td>
                  {p.name[lang]} {p.active ? null : <span class="badge">{t('procedureRetired')}</span>}
                </td>
                <td>{serviceName(p.serviceId)}</td>
                <td>{processingText(p.processing, lang)}</td>
                <td class="row-actions">
                  <button type="button" class="small" onClick={() => (setError(null), setEditing(p))}>
                    {t('edit')}
                  </button>
                  <button type="button" class="small" disabled={pending !== null} onClick={() => void toggle(p)}>
                    {t(p.active ? 'procedureRetire' : 'procedureRestore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing ? <ProcedureForm procedure={editing === 'new' ? null : editing} services={services} busy={pending !== null} error={error} onSave={(input) => void save(input, editing === 'new' ? undefined : editing.id)} onClose={() => setEditing(null)} /> : null}
    </section>
  )
}
