import { useMemo } from 'preact/hooks'
import type { Lang } from '@luot/shared'
import { qrPath } from '@luot/shared/client/qr-path'
import { translate } from '../i18n.js'
import type { SlipContent } from './slip-content.js'

interface Props {
  content: SlipContent
  issuerLines: string[]
  /** "Hải Châu, ngày 30 tháng 11 năm 2026". */
  placeDate: string
  trackUrl: string
  lang: Lang
}

/**
 * One A5 slip laid out like the forms of TT 01/2018/TT-VPCP: the issuing body top left (its last
 * line bold and underlined), the national heading top right, the place and date, the title, the
 * body, then the QR code to the tracking page and the signature blocks.
 */
export function SlipSheet({ content, issuerLines, placeDate, trackUrl, lang }: Props) {
  const qr = useMemo(() => qrPath(trackUrl), [trackUrl])
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params)
  let n = 0
  return (
    <article class="slip" data-form={content.form} data-testid="slip" lang={lang}>
      <p class="slip-form-no">{t('slipFormNo', { n: content.form })}</p>
      <header class="slip-head">
        <div class="slip-issuer">
          {issuerLines.map((line, i) => (
            <p class={i === issuerLines.length - 1 ? 'issuer-last' : ''}>{line}</p>
          ))}
        </div>
        <div class="slip-national">
          <p class="nation">{t('nationalHeading')}</p>
          <p class="motto">{t('nationalMotto')}</p>
        </div>
      </header>
      <p class="slip-place-date">{placeDate}</p>
      <h1 class="slip-title">{content.title}</h1>
      <p class="slip-code">
        {t('slipCode')}: <strong data-testid="slip-code">{content.code}</strong>
      </p>
      <div class="slip-body">
        {content.blocks.map((b) =>
          b.kind === 'field' ? (
            <p class="slip-field">
              {content.form === '01' ? `${++n}. ` : ''}
              {b.label}
              {b.value ? ': ' : ':'}
              {b.value ? <span class="value">{b.value}</span> : null}
            </p>
          ) : b.kind === 'text' ? (
            <p class="slip-text">{b.text}</p>
          ) : (
            <ol class="slip-list">
              {b.items.map((item) => (
                <li>{item}</li>
              ))}
            </ol>
          ),
        )}
      </div>
      <footer class={`slip-foot signs-${content.signatures.length}`}>
        <figure class="slip-qr">
          <svg viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={t('slipTrack')} shape-rendering="crispEdges" data-qr={trackUrl}>
            <rect width={qr.size} height={qr.size} fill="#fff" />
            <path d={qr.path} fill="#000" />
          </svg>
          <figcaption>{t('slipTrack')}</figcaption>
        </figure>
        {content.signatures.map((s) => (
          <div class="slip-sign">
            <p class="sign-title">{s.title}</p>
            <p class="sign-hint">{s.hint}</p>
          </div>
        ))}
      </footer>
    </article>
  )
}
