import type { Lang } from '@luot/shared'
import type { Connection } from '../state.js'
import { otherLang, t } from '../strings.js'

/** Shown while the server is out of reach; the board keeps its last state under it and resynchronises by itself. */
export function ConnectionBanner({ connection, lang }: { connection: Connection; lang: Lang }) {
  if (connection !== 'offline') return null
  return (
    <div class="connection-lost" role="alert" data-testid="connection-lost">
      <strong>⚠ {t('connectionLost', lang)}</strong>
      <span class="other-lang">{t('connectionLost', otherLang(lang))}</span>
      <span class="hint">{t('reconnecting', lang)}</span>
    </div>
  )
}
