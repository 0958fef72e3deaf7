import type { Lang, PublicDossier } from '@luot/shared'
import { formatTicketTime } from '@luot/shared/time'
import { DOSSIER_STRINGS as t } from './dossier-strings.js'
import { dueWords, groupCode, stepsOf } from './dossier-view.js'

const fill = (text: string, params: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m)
const day = (key: string): string => key.split('-').reverse().join('/')

/**
 * One dossier as its holder sees it: the procedure, received and due dates, the steps, and what to
 * do now (bring documents, come and collect, or the apology and its new date). Nothing personal.
 */
export function DossierCard({ dossier: d, lang, timeZone }: { dossier: PublicDossier; lang: Lang; timeZone: string }) {
  return (
    <>
      <section class={`card dossier status-${d.status}`} data-testid="dossier" data-status={d.status}>
        <p class="heading">{t.code[lang]}</p>
        <p class="dossier-code" data-testid="dossier-code">{groupCode(d.code)}</p>
        <dl class="booking-facts">
          <div>
            <dt>{t.procedure[lang]}</dt>
            <dd data-testid="dossier-procedure">{d.procedureName[lang]}</dd>
          </div>
          <div>
            <dt>{t.service[lang]}</dt>
            <dd>{d.serviceName[lang]}</dd>
          </div>
          <div>
            <dt>{t.receivedAt[lang]}</dt>
            <dd>{formatTicketTime(new Date(d.receivedAt), timeZone)}</dd>
          </div>
          <div>
            <dt>{t.dueDate[lang]}</dt>
            <dd data-testid="dossier-due">{dueWords(d, lang)}</dd>
          </div>
        </dl>
        {d.overdue && <p class="status-pill late-pill" data-testid="dossier-overdue">{t.overdue[lang]}</p>}
      </section>
      <ol class="card steps" data-testid="dossier-steps">
        {stepsOf(d.status).map((s) => (
          <li class={`step ${s.state}`} data-step={s.key} aria-current={s.state === 'current' ? 'step' : undefined}>
            {t[s.key][lang]}
          </li>
        ))}
      </ol>
      {d.apology && (
        <section class="card note warn" data-testid="dossier-apology">
          <h2>{t.apologyTitle[lang]}</h2>
          <p>{fill(t.apologyText[lang], { date: day(d.apology.newDate) })}</p>
          <p>
            {t.reason[lang]}: {d.apology.reason}
          </p>
        </section>
      )}
      {d.status === 'result-ready' && (
        <section class="card note ready" role="status" data-testid="dossier-ready">
          <h2>{t.readyTitle[lang]}</h2>
          {d.collectAt && <p>{fill(t.readyWhere[lang], { centre: d.collectAt.centre[lang], service: d.collectAt.service[lang] })}</p>}
        </section>
      )}
      {d.status === 'returned' && d.returnedAt && <p class="card note">{fill(t.returnedNote[lang], { date: formatTicketTime(new Date(d.returnedAt), timeZone) })}</p>}
      {d.status === 'supplement-requested' && (
        <section class="card note warn" data-testid="dossier-supplement">
          <h2>{t.supplementTitle[lang]}</h2>
          {d.supplementNote && <p>{d.supplementNote}</p>}
          <p>{t.supplementHint[lang]}</p>
        </section>
      )}
      {d.status === 'refused' && (
        <section class="card note warn">
          <h2>{t.refusedTitle[lang]}</h2>
          {d.refusalReason && (
            <p>
              {t.reason[lang]}: {d.refusalReason}
            </p>
          )}
        </section>
      )}
    </>
  )
}
