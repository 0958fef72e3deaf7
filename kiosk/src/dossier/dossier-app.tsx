import { useEffect } from 'preact/hooks'
import type { PublicDossier, PublicSnapshot } from '@luot/shared'
import { ErrorNote } from '../citizen/error-note.js'
import { PageFrame } from '../citizen/page-frame.js'
import { useSavedLang } from '../citizen/saved-lang.js'
import { useReply } from '../citizen/use-reply.js'
import { DossierCard } from './dossier-card.js'
import { DOSSIER_STRINGS as t } from './dossier-strings.js'

/** /d/{code}: the citizen's phone page for one dossier, opened from the slip's QR code. */
export function DossierApp({ code }: { code: string | null }) {
  const [lang, toggle] = useSavedLang()
  const { data: snap } = useReply<PublicSnapshot>('/api/snapshot')
  const { data, error, loading, reload } = useReply<PublicDossier>(code ? `/api/track/dossier/${code}` : null)
  useEffect(() => {
    document.title = t.pageTitle[lang]
  }, [lang])
  return (
    <PageFrame lang={lang} title={t.pageTitle[lang]} switchLabel={t.switchLang[lang]} onToggleLang={toggle} centre={snap?.centre ?? null}>
      {!code || error?.code === 'DOSSIER_NOT_FOUND' ? (
        <section class="card not-found" data-testid="not-found" role="alert">
          <h2>{t.notFound[lang]}</h2>
          <p>{t.notFoundHint[lang]}</p>
        </section>
      ) : error ? (
        <ErrorNote error={error} lang={lang} onRetry={reload} retryLabel={t.retry[lang]} />
      ) : loading || !data ? (
        <p class="card loading">{t.loading[lang]}</p>
      ) : (
        <DossierCard dossier={data} lang={lang} timeZone={snap?.centre.timeZone ?? 'Asia/Ho_Chi_Minh'} />
      )}
    </PageFrame>
  )
}
