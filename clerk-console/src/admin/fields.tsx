import type { ComponentChildren } from 'preact'
import { useT } from '../i18n.js'
import type { Problem } from './validate.js'

function ProblemText({ problem }: { problem: Problem | undefined }) {
  const t = useT()
  return problem ? <small class="field-error" role="alert">{t(problem.key, problem.params)}</small> : null
}

interface Base {
  label: string
  problem?: Problem | undefined
  name?: string
  disabled?: boolean
}

export function TextField({ label, problem, name, disabled, value, onInput, type = 'text', maxLength }: Base & { value: string; onInput: (v: string) => void; type?: 'text' | 'password'; maxLength?: number }) {
  const attrs = { name, value, disabled, maxLength, 'aria-invalid': problem ? ('true' as const) : undefined, onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value) }
  return (
    <label class={`field${problem ? ' invalid' : ''}`}>
      <span>{label}</span>
      {type === 'password' ? <input type="password" autoComplete="new-password" {...attrs} /> : <input type="text" {...attrs} />}
      <ProblemText problem={problem} />
    </label>
  )
}

/** A number input; an empty or partial entry reads as NaN, which validation reports. */
export function NumberField({ label, problem, name, disabled, value, onInput, step = 1 }: Base & { value: number; onInput: (v: number) => void; step?: number }) {
  return (
    <label class={`field narrow${problem ? ' invalid' : ''}`}>
      <span>{label}</span>
      <input type="number" name={name} step={step} value={Number.isFinite(value) ? value : ''} disabled={disabled} aria-invalid={problem ? 'true' : undefined} onInput={(e) => onInput(e.currentTarget.value === '' ? NaN : Number(e.currentTarget.value))} />
      <ProblemText problem={problem} />
    </label>
  )
}

export function CheckField({ label, name, disabled, checked, onChange }: Base & { checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label class="field check">
      <input type="checkbox" name={name} checked={checked} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  )
}

export function SelectField<V extends string>({ label, problem, name, disabled, value, options, onChange }: Base & { value: V; options: { value: V; label: string }[]; onChange: (v: V) => void }) {
  return (
    <label class={`field${problem ? ' invalid' : ''}`}>
      <span>{label}</span>
      <select name={name} value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value as V)}>
        {options.map((o) => (
          <option value={o.value}>{o.label}</option>
        ))}
      </select>
      <ProblemText problem={problem} />
    </label>
  )
}

/** A name shown to citizens: Vietnamese and English side by side. */
export function NameFields({ value, problems, path, onInput }: { value: { vi: string; en: string }; problems: Record<string, Problem>; path: string; onInput: (v: { vi: string; en: string }) => void }) {
  const t = useT()
  return (
    <div class="field-pair">
      <TextField label={t('nameVi')} name={`${path}.vi`} value={value.vi} problem={problems[`${path}.vi`]} maxLength={160} onInput={(vi) => onInput({ ...value, vi })} />
      <TextField label={t('nameEn')} name={`${path}.en`} value={value.en} problem={problems[`${path}.en`]} maxLength={160} onInput={(en) => onInput({ ...value, en })} />
    </div>
  )
}

export function Fieldset({ legend, children }: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class="group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  )
}
