import type { PublicSnapshot } from '@luot/shared'
import { Clock } from '../components/clock.js'
import { KIOSK_STRINGS } from '../strings.js'

/** The attract screen after a minute without a touch: one touch anywhere wakes the kiosk. */
export function IdleScreen({ snapshot, offsetMs, onWake }: { snapshot: PublicSnapshot; offsetMs: number; onWake: () => void }) {
  return (
    <main class="idle-screen" onClick={onWake} data-testid="idle">
      <p class="idle-centre">{snapshot.centre.name}</p>
      <p class="idle-call">{KIOSK_STRINGS.touchToStart.vi}</p>
      <p class="idle-call-other" lang="en">{KIOSK_STRINGS.touchToStart.en}</p>
      <div class="idle-pulse" aria-hidden="true" />
      <Clock timeZone={snapshot.centre.timeZone} offsetMs={offsetMs} lang="vi" />
    </main>
  )
}
