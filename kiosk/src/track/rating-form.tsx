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

/** The configured scale, best first; a low mark asks why; one rating per ticket. */
export function RatingForm({ settings, lang, rated, onRate }: Props) {
  const [value, setValue] = useState<number | null>(null)
  const [reasonId, setReasonId] = useState<string | null>(null)
  const [comment, setComment] = useState('')
  const [sending, setSending] = useState(false)
  const [result, setResult] = useState<RateResult | null>(null)
  const t = TRACK_STRINGS

  if (result === 'ok') return <p class="card done-note" data-testid="rating-thanks">{t.thanks[lang]}</p>
  if (result === 'already' || rated) return <p class="card done-note" data-testid="rating-already">{t.alreadyRated[lang]}</p>

  const low = value !== null && value <= settings.lowMax && settings.lowReasons.length > 0
  const ready = value !== null && (!low || reasonId !== null) && !sending
  const submit = async (e: Event) => {
    e.preventDefault()
    if (!ready || value === null) return
    setSending(true)
    const body: RateBody = { value, ...(low && reasonId ? { reasonId } : {}), ...(comment.trim() ? { comment: comment.trim().slice(0, 500) } : {}) }
    const r = await onRate(body)
    setSending(false)
    setResult(r)
  }
  return (
    <form class="card rating" onSubmit={submit} data-testid="rating">
      <h2>{t.rateTitle[lang]}</h2>
      <div class="levels" role="radiogroup">
        {settings.levels.map((l) => (
          <button type="button" key={l.value} role="radio" aria-checked={value === l.value} class={`level level-${l.value}${value === l.value ? ' chosen' : ''}`} data-value={l.value} onClick={() => setValue(l.value)}>
            {l.name[lang]}
          </button>
        ))}
      </div>
      {low && (
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
      {value !== null && (
        <label class="comment">
          {t.commentLabel[lang]}
          <textarea maxLength={500} rows={3} value={comment} onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)} />
        </label>
      )}
      {result === 'failed' && <p class="error" role="alert">{t.rateFailed[lang]}</p>}
      <button type="submit" class="submit" disabled={!ready} data-testid="rating-submit">{sending ? t.sending[lang] : t.submit[lang]}</button>
    </form>
  )
}
