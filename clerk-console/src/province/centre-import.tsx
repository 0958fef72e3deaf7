import { useState } from 'preact/hooks'
import type { CentreImported } from '@luot/shared'
import { ErrorNote } from '../components/error-note.js'
import { useInFlight } from '../hooks.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { badLines, csvCentreCount } from './centre-draft.js'
import { papi } from './province-api.js'

export const CSV_HEADER = 'slug,name,nameEn,kind,district,formerDistrict,commune,address,hotline'

/** Many communes at once: a CSV file or pasted lines; all are created or none (the bad lines are named). */
export function CentreImport({ onCreated }: { onCreated: (r: CentreImported) => void }) {
  const t = useT()
  const { lang } = useConsoleState()
  const [csv, setCsv] = useState('')
  const [error, setError] = useState<UiError | null>(null)
  const { pending, run } = useInFlight()
  const n = csvCentreCount(csv)
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    if (file) setCsv(await file.text())
  }
  const submit = (e: Event) => {
    e.preventDefault()
    void run('import', async () => {
      const r = await papi<CentreImported>('POST', 'centres/import', { csv })
      setError(r.ok ? null : r.error)
      if (!r.ok) return
      onCreated(r.data)
      setCsv('')
    })
  }
  const lines = error?.code === 'CENTRE_IMPORT_INVALID' ? badLines(error.details) : []
  return (
    <form class="admin-form centre-import" onSubmit={submit}>
      <h2>{t('pImportTitle')}</h2>
      <p class="hint">
        {t('pImportHint')} <code>{CSV_HEADER}</code>
      </p>
      <label class="field">
        <span>{t('pImportFile')}</span>
        <input type="file" name="csvFile" accept=".csv,text/csv" onChange={(e) => void pick(e.currentTarget)} />
      </label>
      <label class="field">
        <span>{t('pImportPaste')}</span>
        <textarea name="csv" rows={6} value={csv} spellcheck={false} onInput={(e) => setCsv(e.currentTarget.value)} />
      </label>
      {lines.length > 0 ? (
        <div class="error-note" role="alert" data-code={error!.code}>
          <strong>{t('pImportInvalid')}</strong>
          <ul class="bad-lines">
            {lines.map((l) => (
              <li>{l}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ErrorNote error={error} lang={lang} />
      )}
      <button type="submit" class="primary" disabled={pending !== null || n === 0}>
        {n > 0 ? t('pImportButton', { n }) : t('pImportButtonNone')}
      </button>
    </form>
  )
}
