import type { Lang, ProvinceLiveRow } from '@luot/shared'
import { rootPath } from '@luot/shared/client/connect'
import { clock, percent } from '../format.js'
import { useT } from '../i18n.js'
import { attentionNow, attentionWord, longestWaitNow, overTarget } from './live-view.js'

/** A centre's own page under the installation: its public board, its console. */
export const centreHref = (slug: string, app: 'display' | 'console'): string => `${rootPath()}c/${encodeURIComponent(slug)}/${app}/`

function Row({ r, elapsed, lang }: { r: ProvinceLiveRow; elapsed: number; lang: Lang }) {
  const t = useT()
  const reasons = attentionNow(r, elapsed)
  const wait = longestWaitNow(r, elapsed)
  const over = overTarget(r, elapsed)
  const down = [...(r.printersDown.length ? [t('pPrintersDown', { names: r.printersDown.join(', ') })] : []), ...(r.screensDown.length ? [t('pScreensDown', { names: r.screensDown.join(', ') })] : [])]
  return (
    <tr data-slug={r.slug} data-attention={reasons.length > 0} class={reasons.length > 0 ? 'needs-attention' : ''}>
      <th scope="row" data-label={t('pColCentre')}>
        <span class="centre-name">{lang === 'vi' ? r.name : r.nameEn}</span>
        {r.open ? null : <span class="badge state-closed">{t('pClosedNow')}</span>}
        <small class="muted centre-group">{[r.district, r.formerDistrict && t('pFormerShort', { name: r.formerDistrict })].filter(Boolean).join(' · ')}</small>
        <span class="centre-links">
          <a href={centreHref(r.slug, 'display')} target="_blank" rel="noopener">{t('pLinkBoard')}</a>
          <a href={centreHref(r.slug, 'console')} target="_blank" rel="noopener">{t('pLinkConsole')}</a>
        </span>
      </th>
      <td class="num" data-col="waiting" data-label={t('pColWaiting')}>
        <span>{r.waiting}</span>
      </td>
      <td class="num" data-col="counters" data-label={t('pColCounters')}>
        <span>{t('pOfTotal', { n: r.openCounters, total: r.counters })}</span>
      </td>
      <td class={`num${over ? ' over' : ''}`} data-col="longest" data-over={over} data-label={t('pColLongest')}>
        <span>
          {wait === null ? '—' : clock(wait)}
          {r.longestWaitTargetMinutes === null || wait === null ? null : <small class="target"> / {t('pTargetMinutes', { n: r.longestWaitTargetMinutes })}</small>}
        </span>
      </td>
      <td data-col="down" data-label={t('pColDown')}>
        {down.length === 0 ? (
          <span class="muted">{t('pNoneDown')}</span>
        ) : (
          <span>
            {down.map((d) => (
              <span class="down-item">{d}</span>
            ))}
          </span>
        )}
      </td>
      <td class="num" data-col="today" data-label={t('pColToday')}>
        <span>{t('pIssuedServed', { issued: r.issued, served: r.served })}</span>
      </td>
      <td class="num" data-col="satisfied" data-label={t('pColSatisfied')}>
        <span>
          {percent(r.satisfiedPercent, lang)}
          {r.ratingCount > 0 ? <small class="muted"> ({t('pRatings', { n: r.ratingCount })})</small> : null}
        </span>
      </td>
      <td data-col="attention" data-label={t('pColAttention')}>
        {reasons.length === 0 ? (
          <span class="muted">{t('pAllWell')}</span>
        ) : (
          <ul class="reasons">
            {reasons.map((x) => (
              <li data-reason={x}>{attentionWord(x, lang)}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  )
}

/** One row per centre, in the order given; on a phone each row reads as a card. */
export function LiveTable({ rows, elapsed, lang }: { rows: ProvinceLiveRow[]; elapsed: number; lang: Lang }) {
  const t = useT()
  if (rows.length === 0) return <p class="panel muted">{t('pNoCentresShown')}</p>
  return (
    <div class="table-scroll panel live-table-panel">
      <table class="grid live-table">
        <thead>
          <tr>
            <th scope="col">{t('pColCentre')}</th>
            <th scope="col" class="num">{t('pColWaiting')}</th>
            <th scope="col" class="num">{t('pColCounters')}</th>
            <th scope="col" class="num">{t('pColLongest')}</th>
            <th scope="col">{t('pColDown')}</th>
            <th scope="col" class="num">{t('pColToday')}</th>
            <th scope="col" class="num">{t('pColSatisfied')}</th>
            <th scope="col">{t('pColAttention')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Row key={r.slug} r={r} elapsed={elapsed} lang={lang} />
          ))}
        </tbody>
      </table>
    </div>
  )
}
