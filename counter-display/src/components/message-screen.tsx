import type { Lang } from '@luot/shared'
import type { Connection } from '../state.js'
import { ConnectionBanner } from './connection-banner.js'

/** A whole-screen message, e.g. a counter number that does not exist (yet): fixed by the admin, then live. */
export function MessageScreen({ text, connection, lang }: { text: string; connection: Connection; lang: Lang }) {
  return (
    <main class="message-screen">
      <p role="alert">{text}</p>
      <ConnectionBanner connection={connection} lang={lang} />
    </main>
  )
}
