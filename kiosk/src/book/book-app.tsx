import { useEffect, useState } from 'preact/hooks'
import { ErrorNote } from '../citizen/error-note.js'
import { PageFrame } from '../citizen/page-frame.js'
import { useSavedLang } from '../citizen/saved-lang.js'
import { useReply } from '../citizen/use-reply.js'
import { BookFlow } from './book-flow.js'
import { BOOK_STRINGS as t } from './book-strings.js'
import type { PublicSnapshot } from '@luot/shared'
import { useBookable } from './bookable.js'
import { ManageView } from './manage-view.js'

/** The code in the page's address (?code=…), so a saved or reloaded confirmation opens the booking again. */
const codeInUrl = (): string | null => new URLSearchParams(location.search).get('code')
const putCodeInUrl = (code: string) => history.replaceState(null, '', `?code=${code}`)

/** The public booking page (/book/): a new booking, or "my booking" by code. */
export function BookApp() {
  const [lang, toggle] = useSavedLang()
  const [tab, setTab] = useState<'new' | 'manage'>(codeInUrl() ? 'manage' : 'new')
  const { data: snap, error: snapError, reload } = useReply<PublicSnapshot>('/api/snapshot')
  const [round, setRound] = useState(0)
  const bookable = useBookable(snap, round)
  const error = snapError ?? bookable?.error ?? null
  const retry = () => (snapError ? reload() : setRound((r) => r + 1))
  useEffect(() => {
    document.title = t.pageTitle[lang]
  }, [lang])
  return (
    <PageFrame lang={lang} title={t.pageTitle[lang]} switchLabel={t.switchLang[lang]} onToggleLang={toggle} centre={snap?.centre ?? null}>
      <nav class="tabs no-print" aria-label={t.pageTitle[lang]}>
        <button type="button" class="tab" aria-pressed={tab === 'new'} onClick={() => setTab('new')} data-testid="tab-new">{t.tabNew[lang]}</button>
        <button type="button" class="tab" aria-pressed={tab === 'manage'} onClick={() => setTab('manage')} data-testid="tab-manage">{t.tabManage[lang]}</button>
      </nav>
      {tab === 'manage' ? (
        <ManageView lang={lang} initialCode={codeInUrl()} onCode={putCodeInUrl} />
      ) : error ? (
        <ErrorNote error={error} lang={lang} onRetry={retry} retryLabel={t.retry[lang]} />
      ) : !bookable ? (
        <p class="card loading">{t.loading[lang]}</p>
      ) : bookable.off ? (
        <p class="card note" data-testid="booking-off">{t.bookingOff[lang]}</p>
      ) : (
        <BookFlow services={bookable.services} lang={lang} onBooked={putCodeInUrl} />
      )}
    </PageFrame>
  )
}
