import { ErrorNote } from '../components/error-note.js'
import { shortStamp } from '../format.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import { ClockPanel } from './clock-panel.js'
import { ScreensPanel } from './screens-panel.js'
import { BackupPanel, DiskPanel, PrintersPanel } from './status-panels.js'
import { useHealth } from './use-health.js'

/** "Tình trạng hệ thống", for managers and admins: what the IT person checks, refreshed every few seconds. */
export function HealthPage() {
  const t = useT()
  const { lang, snapshot } = useConsoleState()
  const { health, ownAheadMs, error } = useHealth()
  const timeZone = snapshot?.centre.timeZone ?? 'Asia/Ho_Chi_Minh'
  return (
    <div class="health-page">
      <h1>{t('healthTitle')}</h1>
      <ErrorNote error={error} lang={lang} />
      {!health ? (
        <p class="loading">{t('loading')}</p>
      ) : (
        <>
          <p class="muted small">{t('healthUpdated', { time: shortStamp(health.serverTime, timeZone) })}</p>
          {health.screensScope === 'this-process' ? <p class="warn">{t('healthScopeProcess')}</p> : null}
          <div class="health-grid">
            <DiskPanel disk={health.disk} lang={lang} />
            <BackupPanel backup={health.backup} timeZone={timeZone} />
            <PrintersPanel printers={health.printers} timeZone={timeZone} />
            <ClockPanel serverTime={health.serverTime} ownAheadMs={ownAheadMs} screens={health.screens} limitMs={health.clockLimitMs} timeZone={timeZone} lang={lang} />
          </div>
          <ScreensPanel screens={health.screens} visitors={health.visitorsOnline} silenceLimitMs={health.silenceLimitMs} clockLimitMs={health.clockLimitMs} timeZone={timeZone} lang={lang} />
        </>
      )}
    </div>
  )
}
