import { useEffect, useRef, useState } from 'preact/hooks'
import type { IssuedTicket, JoinServices, PublicSnapshot } from '@luot/shared'
import { rootPath } from '@luot/shared/client/connect'
import { ServiceList } from '../book/service-list.js'
import { ErrorNote } from '../citizen/error-note.js'
import { errorOf, type CitizenError } from '../citizen/error-text.js'
import { call } from '../citizen/http.js'
import { PageFrame } from '../citizen/page-frame.js'
import { useSavedLang } from '../citizen/saved-lang.js'
import { useReply } from '../citizen/use-reply.js'
import { intentFor, type TakeIntent } from '../take-ticket.js'
import { joinChoices } from './join-choices.js'
import { JOIN_STRINGS as t } from './join-strings.js'

/**
 * /join/: take today's ticket from the phone (channel 'remote'), then straight to its tracking page.
 * A retry after no answer reuses the same Idempotency-Key, so one tap never issues two tickets.
 */
export function JoinApp() {
  const [lang, toggle] = useSavedLang()
  const { data: snap } = useReply<PublicSnapshot>('/api/snapshot')
  const { data, error: loadError, loading, reload } = useReply<JoinServices>('/api/join')
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<CitizenError | null>(null)
  const unconfirmed = useRef<TakeIntent | null>(null)
  useEffect(() => {
    document.title = t.pageTitle[lang]
  }, [lang])

  const join = async (serviceId: string) => {
    if (busy) return
    const intent = intentFor(unconfirmed.current, serviceId, null, Date.now())
    unconfirmed.current = intent
    setBusy(serviceId)
    setError(null)
    const reply = await call<IssuedTicket>('POST', '/api/join', { body: { serviceId, lang }, key: intent.key })
    const e = errorOf(reply)
    if (e?.code !== 'NO_ANSWER') unconfirmed.current = null
    if (!e && 'data' in reply) return location.assign(`${rootPath()}t/${reply.data.trackingCode}`)
    setBusy(null)
    setError(e)
    reload()
  }

  return (
    <PageFrame lang={lang} title={t.pageTitle[lang]} switchLabel={t.switchLang[lang]} onToggleLang={toggle} centre={snap?.centre ?? null}>
      <p class="card join-note">{t.intro[lang]}</p>
      {error && <ErrorNote error={error} lang={lang} />}
      {loadError ? (
        <ErrorNote error={loadError} lang={lang} onRetry={reload} retryLabel={t.retry[lang]} />
      ) : loading && !data ? (
        <p class="card loading">{t.loading[lang]}</p>
      ) : data && !data.open ? (
        <p class="card note warn" role="status" data-testid="join-closed">{t.closed[lang]}</p>
      ) : data && data.services.length === 0 ? (
        <p class="card note" data-testid="join-none">{t.none[lang]}</p>
      ) : data ? (
        <>
          <h2 class="step-title">{t.pick[lang]}</h2>
          <ServiceList services={joinChoices(data, lang, busy)} lang={lang} onPick={(id) => void join(id)} testId="join-services" />
        </>
      ) : null}
    </PageFrame>
  )
}
