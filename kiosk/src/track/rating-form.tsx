import { useState } from 'preact/hooks'
import type { Lang, RateBody, RatingSettings } from '@luot/shared'
import { TRACK_STRINGS } from './track-strings.js'
import type { RateResult } from './use-tracking.js'

interface Props {
  settings: RatingSettings
  lang: Lang
  rated: boolean
  onRate: (body: RateBody) => Promise<RateResult>
}

/**
 * The configured scale, best first. A tap on a level records the rating at once; the reason (for a
 * low mark) and a comment are optional and sent afterwards as an amendment of that same rating,
 * so "Gửi đánh giá" is never held back waiting for them.
 */
export function RatingForm({ settings, lang, rated, onRate }: Props) {
  const [value, setValue] = useState<number | null>(null)
  const [recorded, setRecorded] = useState(false)
  const [reasonId, setReasonId] = useState<string | null>(null)
  const [comment, setComment] = useState('')
  const [sending, setSending] = useState(false)
  const [result, setResult] = useState<RateResult | null>(null)
  const t = TRACK_STRINGS

  if (result === 'ok') return <p class="card done-note" data-testid="rating-thanks">{t.thanks[lang]}</p>
  if (result === 'already' || (rated && !recorded)) return <p class="card done-note" data-testid="rating-already">{t.alreadyRated[lang]}</p>

  const send = async (body: RateBody): Promise<RateResult> => {
    setSending(true)
    const r = await onRate(body)
    setSending(false)
    return r
  }
  const choose = async (v: number) => {
    if (recorded || sending) return
    setValue(v)
    const r = await send({ value: v })
    if (r === 'ok') setRecorded(true)
    else setResult(r)
  }
  const low = value !== null && value <= settings.lowMax && settings.lowReasons.length > 0
  const submit = async (e: Event) => {
    e.preventDefault()
    if (value === null || sending) return
    if (!recorded) return choose(value)
    const extra = { ...(low && reasonId ? { reasonId } : {}), ...(comment.trim() ? { comment: comment.trim().slice(0, 500) } : {}) }
    setResult(Object.keys(extra).length ? await send({ value, ...extra }) : 'ok')
  }
  return (
    <form class="card rating" onSubmit={submit} data-testid="rating" data-recorded={recorded ? 'yes' : 'no'}>
      <h2>{t.rateTitle[lang]}</h2>
      <div class="levels" role="radiogroup">
        {settings.levels.map((l) => (
          <button type="button" key={l.value} role="radio" aria-checked={value === l.value} disabled={recorded && value !== l.value} class={`level level-${l.value}${value === l.value ? ' chosen' : ''}`} data-value={l.value} onClick={() => void choose(l.value)}>
            {l.name[lang]}
          </button>
        ))}
      </div>
      {recorded && <p class="recorded-note" role="status" data-testid="rating-recorded">{t.recorded[lang]}</p>}
      {recorded && low && (
        <fieldset class="reasons">
          <legend>{t.reasonTitle[lang]}</legend>
          {settings.lowReasons.map((r) => (
            <label key={r.id} class={`reason${reasonId === r.id ? ' chosen' : ''}`}>
              <input type="radio" name="reason" value={r.id} checked={reasonId === r.id} onChange={() => setReasonId(r.id)} />
              {r.name[lang]}
            </label>
          ))}
        </fieldset>
      )}
      {recorded && (
        <label class="comment">
          {t.commentLabel[lang]}
          <textarea maxLength={500} rows={3} value={comment} onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)} />
        </label>
      )}
      {result === 'failed' && <p class="error" role="alert">{t.rateFailed[lang]}</p>}
      <button type="submit" class="submit" disabled={value === null || sending} data-testid="rating-submit">{sending ? t.sending[lang] : t.submit[lang]}</button>
    </form>
  )
}
