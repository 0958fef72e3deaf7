import type { StaffSnapshot } from '@luot/shared'
import { ErrorNote } from '../components/error-note.js'
import { useT, type StringKey } from '../i18n.js'
import { useConsoleState } from '../state.js'
import { DossierActions } from './dossier-actions.js'
import { dayText, dueText, groupedCode, nextDay, processingText, stampText, STATUS_WORD, TIMELINESS_WORD } from './dossier-words.js'
import { slipsFor } from './slip-content.js'
import { slipHref } from './slip-offer.js'
import { useDossier } from './use-dossier.js'

const PRINT: Record<'01' | '02' | '03' | '04', StringKey> = { '01': 'printSlip01', '02': 'printSlip02', '03': 'printSlip03', '04': 'printSlip04' }

/** #/dossiers/{code}: everything staff know of one dossier, its history, its next moves and its slips. */
export function DossierDetail({ code, snapshot }: { code: string; snapshot: StaffSnapshot }) {
  const t = useT()
  const { lang } = useConsoleState()
  const { dossier: d, error, setDossier } = useDossier(code)
  const tz = snapshot.centre.timeZone
  if (error) return <ErrorNote error={error} lang={lang} />
  if (!d) return <p class="loading">{t('loading')}</p>
  const fact = (label: StringKey, value: string | undefined, testId?: string) =>
    value ? (
      <>
        <dt>{t(label)}</dt>
        <dd data-testid={testId}>{value}</dd>
      </>
    ) : null
  return (
    <section class="panel dossier-detail" data-testid="dossier-detail" data-code={d.code} data-status={d.status}>
      <p>
        <a href="#/dossiers">{t('backToList')}</a>
      </p>
      <h2>
        <span class="mono">{groupedCode(d.code)}</span> <span class={`badge dossier-${d.status}`} data-testid="dossier-status">{t(STATUS_WORD[d.status])}</span>
        {d.overdue ? <span class="badge late">{t('overdue')}</span> : d.dueSoon ? <span class="badge soon">{t('dueSoon')}</span> : null}
        {d.timeliness ? <span class="badge">{t(TIMELINESS_WORD[d.timeliness])}</span> : null}
      </h2>
      <dl class="facts">
        {fact('colProcedure', `${d.procedureName[lang]} (${processingText(d.processing, lang)})`)}
        {fact('filterService', snapshot.services.find((s) => s.id === d.serviceId)?.name[lang] ?? d.serviceId)}
        {fact('externalCode', d.externalCode)}
        {fact('applicantName', d.applicantName)}
        {fact('applicantPhone', d.applicantPhone)}
        {fact('copies', d.copies ? String(d.copies) : undefined)}
        {fact('documentsShort', d.documents.join('; ') || undefined)}
        {fact('colReceived', stampText(d.receivedAt, tz))}
        {fact('colDue', dueText(d, lang), 'dossier-due')}
        {fact('supplementNote', d.supplementNote)}
        {fact('refuseReason', d.refusalReason)}
      </dl>
      <DossierActions dossier={d} tomorrow={nextDay(snapshot.date)} onChanged={setDossier} />
      <div class="button-row slip-links">
        {slipsFor(d).map((form) => (
          <a class="button" href={slipHref(d.code, form)} target="_blank" rel="noopener" data-slip={form}>
            {t(PRINT[form])}
          </a>
        ))}
      </div>
      {d.apologies.length ? (
        <>
          <h3>{t('dossierApologies')}</h3>
          <ul class="dossier-apologies">
            {d.apologies.map((a) => (
              <li>
                {stampText(a.at, tz)} · {a.reason} · {t('dossierNewDate', { date: dayText(a.newDate) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('dossierHistory')}</h3>
      <ol class="dossier-history">
        {d.history.map((s) => (
          <li data-status={s.status}>
            <span class="mono">{stampText(s.at, tz)}</span> · <strong>{t(STATUS_WORD[s.status])}</strong> · {s.by.name}
            {s.note ? ` · ${s.note}` : ''}
            {s.dueDate ? ` · ${t('dossierDue', { date: dayText(s.dueDate) })}` : ''}
          </li>
        ))}
      </ol>
    </section>
  )
}
