import type { ClerkToday, Lang } from '@luot/shared'
import { duration } from '../format.js'
import { useT } from '../i18n.js'

/** Today's served count and mean service time per clerk. */
export function ClerksBoard({ clerks, lang }: { clerks: ClerkToday[]; lang: Lang }) {
  const t = useT()
  return (
    <section class="panel">
      <h2>{t('clerksTitle')}</h2>
      {clerks.length === 0 ? <p class="muted">{t('clerksNone')}</p> : null}
      {clerks.length ? (
        <table class="grid">
          <thead>
            <tr>
              <th>{t('colClerk')}</th>
              <th class="num">{t('colServed')}</th>
              <th class="num">{t('colAvgService')}</th>
            </tr>
          </thead>
          <tbody>
            {clerks.map((c) => (
              <tr data-clerk={c.clerkId}>
                <td>{c.displayName}</td>
                <td class="num">{c.served}</td>
                <td class="num">{duration(c.avgServiceSeconds, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
