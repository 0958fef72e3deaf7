import { useState } from 'preact/hooks'
import type { Lang } from '@luot/shared'
import { BOOK_STRINGS as t } from './book-strings.js'

/** The same rule as the server's NewBooking.phone, checked here so the citizen hears it before sending. */
export const PHONE = /^\+?[0-9 .-]{8,16}$/

/** Name (required) and phone (optional), with what each is used for said plainly. */
export function DetailsForm({ lang, busy, onSubmit }: { lang: Lang; busy: boolean; onSubmit: (name: string, phone: string | undefined) => void }) {
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [shown, setShown] = useState<'name' | 'phone' | null>(null)
  const submit = (e: Event) => {
    e.preventDefault()
    const n = name.trim()
    const p = phone.trim()
    if (!n) return setShown('name')
    if (p && !PHONE.test(p)) return setShown('phone')
    setShown(null)
    onSubmit(n, p || undefined)
  }
  return (
    <form class="card form" onSubmit={submit} noValidate data-testid="details">
      <label class="field">
        <span>{t.name[lang]}</span>
        <input name="name" autoComplete="name" maxLength={100} required value={name} onInput={(e) => setName(e.currentTarget.value)} aria-invalid={shown === 'name'} aria-describedby="name-note" />
      </label>
      <p id="name-note" class={shown === 'name' ? 'field-error' : 'field-note'}>{shown === 'name' ? t.nameRequired[lang] : t.nameNote[lang]}</p>
      <label class="field">
        <span>{t.phone[lang]}</span>
        <input name="phone" type="tel" inputMode="tel" autoComplete="tel" maxLength={16} value={phone} onInput={(e) => setPhone(e.currentTarget.value)} aria-invalid={shown === 'phone'} aria-describedby="phone-note" />
      </label>
      <p id="phone-note" class={shown === 'phone' ? 'field-error' : 'field-note'}>{shown === 'phone' ? t.phoneInvalid[lang] : t.phoneNote[lang]}</p>
      <button type="submit" class="submit" disabled={busy} data-testid="book-submit">{busy ? t.sending[lang] : t.submit[lang]}</button>
    </form>
  )
}
