import { useEffect } from 'preact/hooks'
import { COMMON_STRINGS } from '@luot/shared/i18n'
import { useSavedLang } from '../citizen/saved-lang.js'
import { NotFound } from './not-found.js'
import { RatingForm } from './rating-form.js'
import { TicketStatus } from './ticket-status.js'
import { TRACK_STRINGS } from './track-strings.js'
import { useTracking } from './use-tracking.js'

/** The citizen's phone page for one ticket, opened from the QR code. */
export function TrackApp({ code }: { code: string | null }) {
  const { phase, ticket, info, connected, rate } = useTracking(code)
  const [lang, toggle] = useSavedLang()
  const t = TRACK_STRINGS
  useEffect(() => {
    document.title = ticket?.status === 'called' ? `${t.goToCounter[lang]} ${ticket.counterNumber}` : ticket ? `${ticket.number} – ${t.pageTitle[lang]}` : t.pageTitle[lang]
  }, [lang, ticket?.status, ticket?.number, ticket?.counterNumber])

  return (
    <div class="track">
      <header class="top">
        <p class="centre">{info ? (lang === 'vi' ? info.centre.name : info.centre.nameEn) : t.pageTitle[lang]}</p>
        <button type="button" class="lang" lang={lang === 'vi' ? 'en' : 'vi'} onClick={toggle}>{t.switchLang[lang]}</button>
      </header>
      {!connected && phase !== 'not-found' && <p class="offline" role="status">{t.offline[lang]}</p>}
      <main>
        {phase === 'not-found' && <NotFound lang={lang} />}
        {phase === 'loading' && <p class="card loading">{t.loading[lang]}</p>}
        {phase === 'found' && ticket && (
          <>
            <TicketStatus ticket={ticket} lang={lang} timeZone={info?.centre.timeZone ?? 'Asia/Ho_Chi_Minh'} />
            {ticket.status === 'done' && info && (ticket.rateable || ticket.rated) && <RatingForm settings={info.settings.rating} lang={lang} rated={ticket.rated} onRate={rate} />}
          </>
        )}
      </main>
      {info?.centre.hotline && (
        <footer class="bottom">
          {COMMON_STRINGS.hotline[lang]}: <a href={`tel:${info.centre.hotline.replace(/\s+/g, '')}`}>{info.centre.hotline}</a>
        </footer>
      )}
    </div>
  )
}
