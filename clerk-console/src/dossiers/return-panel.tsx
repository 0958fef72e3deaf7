import { useState } from 'preact/hooks'
import type { CounterView, Lang, StaffDossier } from '@luot/shared'
import { post } from '../api.js'
import { ErrorNote } from '../components/error-note.js'
import { useInFlight } from '../hooks.js'
import { useT } from '../i18n.js'
import type { UiError } from '../ui-error.js'
import { dueText, groupedCode, STATUS_WORD, TIMELINESS_WORD } from './dossier-words.js'
import { useDossier } from './use-dossier.js'

/** A return visit at the counter: the dossier on the ticket, and "Đã trả kết quả", which closes both. */
export function ReturnPanel({ counter, code, lang, onReturned }: { counter: CounterView; code: string; lang: Lang; onReturned: (code: string) => void }) {
  const t = useT()
  const { dossier: d, error: loadError, setDossier } = useDossier(code)
  const [error, setError] = useState<UiError | null>(null)
  const { pending, run } = useInFlight()
  const ticketId = counter.current?.dossierCode === code ? counter.current.ticketId : undefined
  const give = () =>
    run('return', async () => {
      const r = await post<StaffDossier>(`/api/dossiers/${code}/return`, ticketId ? { ticketId } : {})
      setError(r.ok ? null : r.error)
      if (!r.ok) return
      setDossier(r.data)
      onReturned(code)
    })
  return (
    <section class="panel return-panel" data-testid="return-panel" data-code={code} data-status={d?.status}>
      <h2>
        {t('returnTitle')} · <span class="mono">{groupedCode(code)}</span>
      </h2>
      <ErrorNote error={loadError ?? error} lang={lang} />
      {d ? (
        <>
          <p>
            <strong>{d.procedureName[lang]}</strong>
            {d.applicantName ? ` · ${d.applicantName}` : ''}
          </p>
          <p>
            {t('dossierDue', { date: dueText(d, lang) })} · <span class={`badge dossier-${d.status}`}>{t(STATUS_WORD[d.status])}</span> {d.overdue ? <span class="badge late">{t('overdue')}</span> : null}
          </p>
          {d.status === 'returned' && d.timeliness ? (
            <p role="status" data-testid="returned-done">
              {t('returnedDone', { code: groupedCode(code), timeliness: t(TIMELINESS_WORD[d.timeliness]) })}
            </p>
          ) : (
            <div class="button-row">
              <button type="button" class="primary" disabled={pending !== null || d.status !== 'result-ready'} onClick={() => void give()} data-testid="return-dossier">
                {t('returnAction')}
              </button>
            </div>
          )}
        </>
      ) : null}
    </section>
  )
}
