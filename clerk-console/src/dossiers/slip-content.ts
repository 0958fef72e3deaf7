import type { Lang, StaffDossier } from '@luot/shared'
import { localParts } from '@luot/shared/time'
import { translate, type StringKey } from '../i18n.js'
import { groupedCode, processingText } from './dossier-words.js'

/** The four forms of TT 01/2018/TT-VPCP the console prints. */
export type SlipForm = '01' | '02' | '03' | '04'
export const SLIP_FORMS: SlipForm[] = ['01', '02', '03', '04']

/** One part of a slip's body: a numbered or plain "label: value" line, a paragraph, or a list. */
export type SlipBlock = { kind: 'field'; label: string; value: string } | { kind: 'text'; text: string } | { kind: 'list'; items: string[] }

export interface SlipSignature {
  title: string
  hint: string
}

export interface SlipContent {
  form: SlipForm
  title: string
  code: string
  blocks: SlipBlock[]
  signatures: SlipSignature[]
}

export interface SlipContext {
  lang: Lang
  timeZone: string
  /** The centre's name, used where the form says "Bộ phận tiếp nhận và trả kết quả …". */
  unit: string
  /** The service area the result is collected at. */
  collectAt: string
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** "ngày 02 tháng 12 năm 2026" from a day key. */
export function longDay(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-')
  return translate(lang, 'slipDateLong', { d: d!, m: m!, y: y! })
}

/** "14 giờ 05 phút, ngày 30 tháng 11 năm 2026" in the centre's time zone. */
export function longTime(iso: string, timeZone: string, lang: Lang): string {
  const p = localParts(new Date(iso), timeZone)
  return translate(lang, 'slipTimeLong', { h: pad(p.hour), min: pad(p.minute), d: pad(p.day), m: pad(p.month), y: String(p.year) })
}

function dueLong(d: StaffDossier, lang: Lang): string {
  const [y, m, day] = d.dueDate.split('-')
  return translate(lang, 'slipHalfLong', { half: translate(lang, d.dueHalf === 'morning' ? 'halfMorning' : 'halfAfternoon'), d: day!, m: m!, y: y! })
}

/**
 * What a slip says, form by form, from the dossier as the server keeps it: the body follows the
 * regulation's forms (Mẫu 01 receipt and appointment, 02 request for documents, 03 refusal, 04
 * apology with its latest reason and new date). Pure, so each form's wording is tested.
 */
export function slipContent(form: SlipForm, d: StaffDossier, ctx: SlipContext): SlipContent {
  const { lang, unit } = ctx
  const t = (key: StringKey, params?: Record<string, string | number>) => translate(lang, key, params)
  const field = (key: StringKey, value: string): SlipBlock => ({ kind: 'field', label: t(key), value })
  const applicant = d.applicantName ?? t('slipApplicant')
  const request = d.procedureName[lang]
  const head: SlipBlock[] = [field('slipFrom', applicant), ...(d.applicantPhone ? [field('slipPhone', d.applicantPhone)] : []), field('slipRequest', request)]
  const external = d.externalCode ? [field('slipExternalCode', d.externalCode)] : []
  const sign = (title: StringKey, hint: StringKey = 'slipSignHint'): SlipSignature => ({ title: t(title), hint: t(hint) })
  const base = { form, title: t(`slipTitle${form}`), code: groupedCode(d.code) }
  switch (form) {
    case '01':
      return {
        ...base,
        blocks: [
          ...external,
          ...head,
          ...(d.documents.length ? [field('slipDocuments', ''), { kind: 'list', items: d.documents } as SlipBlock] : []),
          ...(d.copies ? [field('slipCopies', t('slipCopiesValue', { n: d.copies }))] : []),
          field('slipProcessing', processingText(d.processing, lang)),
          field('slipReceivedAt', longTime(d.receivedAt, ctx.timeZone, lang)),
          field('slipDueAt', dueLong(d, lang)),
          field('slipCollectAt', ctx.collectAt),
        ],
        signatures: [sign('slipSignApplicant'), sign('slipSignReceiver')],
      }
    case '02':
      return {
        ...base,
        blocks: [...head, field('slipSupplementIntro', ''), { kind: 'list', items: (d.supplementNote ?? '').split('\n').filter((l) => l.trim()) }, { kind: 'text', text: t('slipSupplementContact', { unit }) }, { kind: 'text', text: t('slipThanks') }],
        signatures: [sign('slipSignGuide')],
      }
    case '03':
      return {
        ...base,
        blocks: [...head, { kind: 'text', text: `${t('slipRefusalIntro', { unit })}: ${d.refusalReason ?? ''}` }, { kind: 'text', text: t('slipRefusalEnd') }],
        signatures: [sign('slipSignReceiver')],
      }
    case '04': {
      const apology = d.apologies.at(-1)
      const received = localParts(new Date(d.receivedAt), ctx.timeZone)
      const receivedDay = `${received.year}-${pad(received.month)}-${pad(received.day)}`
      return {
        ...base,
        blocks: [
          field('slipTo', applicant),
          { kind: 'text', text: t('slipApologyReceived', { date: longDay(receivedDay, lang), unit, procedure: request }) },
          field('slipApologyDue', dueLong(d, lang)),
          { kind: 'text', text: t('slipApologyLate', { unit }) },
          field('slipReason', apology?.reason ?? ''),
          { kind: 'text', text: t('slipApologySorry', { unit, date: apology ? longDay(apology.newDate, lang) : '' }) },
          { kind: 'text', text: t('slipThanksEnd') },
        ],
        signatures: [sign('slipSignHead', 'slipSignSealHint')],
      }
    }
  }
}

/** The instant a slip dates itself by: the receipt (01), the request (02), the refusal (03), the latest apology (04). */
export function slipInstant(form: SlipForm, d: StaffDossier): string {
  const lastStep = (status: StaffDossier['status']) => d.history.filter((s) => s.status === status).at(-1)?.at
  if (form === '02') return lastStep('supplement-requested') ?? d.updatedAt
  if (form === '03') return lastStep('refused') ?? d.receivedAt
  if (form === '04') return d.apologies.at(-1)?.at ?? d.updatedAt
  return d.receivedAt
}

/** The forms a dossier has something to print for. */
export function slipsFor(d: Pick<StaffDossier, 'status' | 'supplementNote' | 'refusalReason' | 'apologies'>): SlipForm[] {
  if (d.status === 'refused' && d.refusalReason) return ['03']
  return ['01', ...(d.supplementNote ? (['02'] as const) : []), ...(d.apologies.length ? (['04'] as const) : [])]
}

/** The tracking page a slip's QR code opens: the centre's public address (else this server's), then /d/{code}. */
export function trackUrlOf(publicBaseUrl: string, code: string, fallbackBase: string): string {
  const base = (publicBaseUrl.trim() || fallbackBase).replace(/\/+$/, '')
  return `${base}/d/${code}`
}
