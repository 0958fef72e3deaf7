import { COMMON_STRINGS } from '@luot/shared/i18n'
import { KIOSK_STRINGS } from '../strings.js'

/**
 * Covers the whole screen while the kiosk cannot reach the server: no ticket can be issued that
 * the server has not recorded. Both languages, since nobody chose one yet. Over a ticket already
 * issued it is a banner only, so the citizen can still read their number.
 */
export function ConnectionOverlay({ firstConnect, banner = false }: { firstConnect: boolean; banner?: boolean }) {
  if (banner) {
    return (
      <div class="connection-banner" role="alert" data-testid="disconnected">
        {KIOSK_STRINGS.lostConnection.vi} / <span lang="en">{KIOSK_STRINGS.lostConnection.en}</span>
      </div>
    )
  }
  return (
    <div class="connection-overlay" role="alert" data-testid="disconnected">
      {firstConnect ? (
        <p class="overlay-title">{KIOSK_STRINGS.connecting.vi}</p>
      ) : (
        <>
          <p class="overlay-title">{KIOSK_STRINGS.lostConnection.vi}</p>
          <p class="overlay-title-other" lang="en">{KIOSK_STRINGS.lostConnection.en}</p>
          <p class="overlay-sub">{COMMON_STRINGS.disconnected.vi}. {KIOSK_STRINGS.disconnectedHint.vi}</p>
          <p class="overlay-sub" lang="en">{COMMON_STRINGS.disconnected.en}. {KIOSK_STRINGS.disconnectedHint.en}</p>
        </>
      )}
      <div class="spinner" aria-hidden="true" />
    </div>
  )
}
