import { useEffect, useState } from 'preact/hooks'
import type { RatingNote } from '@luot/shared'
import { get } from '../api.js'
import { AlertsFeed } from '../dashboard/alerts-feed.js'
import { RatingNotes } from '../history/rating-notes.js'
import { ClerksBoard } from '../dashboard/clerks-board.js'
import { CountersBoard } from '../dashboard/counters-board.js'
import { OverdueList } from '../dashboard/overdue-list.js'
import { DossierAlerts } from '../dashboard/dossier-alerts.js'
import { ServicesBoard } from '../dashboard/services-board.js'
import { ForceCloseDialog } from '../dashboard/force-close-dialog.js'
import { useServerNow } from '../hooks.js'
import type { CounterView } from '@luot/shared'
import { useT } from '../i18n.js'
import { overdueTickets } from '../queue-views.js'
import { useConsoleState } from '../state.js'

/** Days of low ratings the dashboard lists. */
const RECENT_DAYS = 7

/** Low ratings and comments of the last week, fetched again every minute (ratings come in all day). */
function useRecentNotes(today: string | undefined): RatingNote[] {
  const [notes, setNotes] = useState<RatingNote[]>([])
  useEffect(() => {
    if (!today) return undefined
    const from = new Date(Date.parse(`${today}T00:00:00Z`) - (RECENT_DAYS - 1) * 86_400_000).toISOString().slice(0, 10)
    const load = () => void get<RatingNote[]>(`/api/ratings/notes?from=${from}&to=${today}`).then((r) => r.ok && setNotes(r.data.slice(0, 20)))
    load()
    const timer = setInterval(load, 60_000)
    return () => clearInterval(timer)
  }, [today])
  return notes
}

/** The manager's live view of the whole centre, straight from the snapshot and its events. */
export function DashboardScreen() {
  const { snapshot, alerts, lang } = useConsoleState()
  const t = useT()
  const now = useServerNow()
  const notes = useRecentNotes(snapshot?.date)
  const [closing, setClosing] = useState<CounterView | null>(null)
  if (!snapshot) return <p class="loading">{t('loading')}</p>
  const overdue = overdueTickets(snapshot.waiting, snapshot.services, now)
  const open = snapshot.counters.filter((c) => c.state === 'open').length
  return (
    <div class="dashboard-screen">
      <h1>{t('liveTitle')}</h1>
      <p class="summary">{t('liveSummary', { waiting: snapshot.waiting.length, open, total: snapshot.counters.length, overdue: overdue.length })}</p>
      <div class="dash-grid">
        <div class="dash-main">
          <CountersBoard counters={snapshot.counters} services={snapshot.services} now={now} lang={lang} onForceClose={setClosing} />
          {closing ? <ForceCloseDialog counter={closing} onClose={() => setClosing(null)} /> : null}
          <ServicesBoard services={snapshot.services} waiting={snapshot.waiting} now={now} lang={lang} />
        </div>
        <div class="dash-side">
          <OverdueList overdue={overdue} lang={lang} />
          <DossierAlerts lang={lang} />
          <AlertsFeed alerts={alerts} timeZone={snapshot.centre.timeZone} lang={lang} />
          <ClerksBoard clerks={snapshot.clerks} lang={lang} />
          <section class="panel notes-panel">
            <h2>{t('recentLowTitle')}</h2>
            <RatingNotes notes={notes} rating={snapshot.settings.rating} services={snapshot.services} counters={snapshot.counters} timeZone={snapshot.centre.timeZone} lang={lang} />
          </section>
        </div>
      </div>
    </div>
  )
}
