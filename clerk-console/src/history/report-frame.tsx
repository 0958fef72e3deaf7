import type { ComponentChildren } from 'preact'
import type { Centre } from '@luot/shared'
import { localParts } from '@luot/shared/time'
import { useT } from '../i18n.js'

/** "Hải Châu, ngày 30 tháng 11 năm 2026": the commune (else the province) and the day, as Vietnamese reports date themselves; the day alone when no place is known. */
export function placeDateLine(centre: Pick<Centre, 'commune' | 'province' | 'timeZone'>, at: Date, lang: 'vi' | 'en'): string {
  const p = localParts(at, centre.timeZone)
  const place = (centre.commune.trim() || centre.province).replace(/^(phường|xã|thành phố|tỉnh|đặc khu)\s+/i, '')
  const dd = String(p.day).padStart(2, '0')
  const mm = String(p.month).padStart(2, '0')
  if (!place) return lang === 'vi' ? `Ngày ${dd} tháng ${mm} năm ${p.year}` : `${dd}/${mm}/${p.year}`
  return lang === 'vi' ? `${place}, ngày ${dd} tháng ${mm} năm ${p.year}` : `${place}, ${dd}/${mm}/${p.year}`
}

interface Props {
  centre: Pick<Centre, 'name' | 'province' | 'commune' | 'timeZone'>
  printedAt: Date
  lang: 'vi' | 'en'
  children: ComponentChildren
}

/**
 * A report laid out as a Vietnamese administrative document when printed: the issuing body top
 * left, the national heading top right, the place and date line, then the content and the
 * signature block (người lập biểu, thủ trưởng đơn vị). On screen only the content shows.
 */
export function ReportFrame({ centre, printedAt, lang, children }: Props) {
  const t = useT()
  return (
    <>
      <div class="letterhead print-only" data-testid="letterhead">
        <div class="issuer">
          <p class="issuer-parent">{centre.province.toUpperCase()}</p>
          <p class="issuer-name">{centre.name.toUpperCase()}</p>
        </div>
        <div class="national">
          <p class="nation">{t('nationalHeading')}</p>
          <p class="motto">{t('nationalMotto')}</p>
          <p class="place-date" data-testid="place-date">{placeDateLine(centre, printedAt, lang)}</p>
        </div>
      </div>
      {children}
      <div class="signatures print-only" data-testid="signatures">
        <div>
          <p class="sign-title">{t('signPreparer')}</p>
          <p class="sign-hint">{t('signPreparerHint')}</p>
        </div>
        <div>
          <p class="sign-title">{t('signHead')}</p>
          <p class="sign-hint">{t('signHeadHint')}</p>
        </div>
      </div>
    </>
  )
}
