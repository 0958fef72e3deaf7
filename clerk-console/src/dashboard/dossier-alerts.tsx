import { useEffect, useState } from 'preact/hooks'
import type { Lang, StaffDossier } from '@luot/shared'
import { get } from '../api.js'
import { dueText, groupedCode } from '../dossiers/dossier-words.js'
import { useT } from '../i18n.js'
import { onDossiersChanged } from '../socket.js'

/** Read again on every 'dossiers:changed', and this often (a dossier becomes overdue with no event). */
const REFRESH_MS = 60_000

/** The manager's overdue dossiers, then those due soon (settings.dossiers.alertWorkingDays); each opens its detail. */
export function DossierAlerts({ lang }: { lang: Lang }) {
  const t = useT()
  const [lists, setLists] = useState<{ overdue: StaffDossier[]; soon: StaffDossier[] } | null>(null)
  useEffect(() => {
    let live = true
    const load = async () => {
      const [overdue, soon] = await Promise.all([get<StaffDossier[]>('/api/dossiers?view=overdue'), get<StaffDossier[]>('/api/dossiers?view=due-soon')])
      // a centre that does not track dossiers shows no panel
      if (live) setLists(overdue.ok && soon.ok ? { overdue: overdue.data, soon: soon.data.filter((d) => !d.overdue) } : null)
    }
    void load()
    const timer = setInterval(() => void load(), REFRESH_MS)
    const off = onDossiersChanged(() => void load())
    return () => {
      live = false
      clearInterval(timer)
      off()
    }
  }, [])
  if (!lists) return null
  const item = (d: StaffDossier, late: boolean) => (
    <li data-code={d.code} class={late ? 'late' : 'soon'}>
      <a href={`#/dossiers/${d.code}`} class="mono">
        {groupedCode(d.code)}
      </a>{' '}
      <span class={`badge ${late ? 'late' : 'soon'}`}>{t(late ? 'overdue' : 'dueSoon')}</span>
      <div class="small">
        {d.procedureName[lang]} · {dueText(d, lang)}
      </div>
    </li>
  )
  return (
    <section class="panel dossier-alerts" data-testid="dossier-alerts">
      <h2>{t('dossierAlertsTitle')}</h2>
      {lists.overdue.length + lists.soon.length === 0 ? <p class="muted">{t('dossierAlertsNone')}</p> : null}
      <ul class="plain-list">
        {lists.overdue.map((d) => item(d, true))}
        {lists.soon.map((d) => item(d, false))}
      </ul>
    </section>
  )
}
