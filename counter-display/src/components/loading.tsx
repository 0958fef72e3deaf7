import type { Lang } from '@luot/shared'
import type { Connection } from '../state.js'
import { ConnectionBanner } from './connection-banner.js'
import { t } from '../strings.js'

/** Before the first snapshot: nothing to show yet. */
export function Loading({ connection, lang }: { connection: Connection; lang: Lang }) {
  return (
    <main class="loading" aria-busy="true">
      <p>{t('connecting', lang)}</p>
      <ConnectionBanner connection={connection} lang={lang} />
    </main>
  )
}
