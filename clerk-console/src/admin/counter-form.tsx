import { useState } from 'preact/hooks'
import type { Counter, Service } from '@luot/shared'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import { Fieldset, NameFields, NumberField, TextField } from './fields.js'
import { SaveBar } from './save-bar.js'
import { useSave, type Saver } from './use-save.js'
import { checkCounter } from './validate.js'

interface Props {
  counter: Counter
  isNew: boolean
  others: Counter[]
  services: Service[]
  onSave: Saver<Counter>
  onDone: () => void
}

/** A counter: number, names, and the services it serves, in the order it calls them. */
export function CounterForm({ counter, isNew, others, services, onSave, onDone }: Props) {
  const t = useT()
  const { lang } = useConsoleState()
  const [c, setC] = useState(counter)
  const { busy, status, problems, submit } = useSave((v: Counter) => checkCounter(v, others), onSave)
  const ids = c.serviceIds
  const move = (i: number, by: number) => {
    const next = [...ids]
    const [x] = next.splice(i, 1)
    next.splice(i + by, 0, x!)
    setC({ ...c, serviceIds: next })
  }
  const unused = services.filter((s) => !ids.includes(s.id))
  return (
    <form
      class="admin-form"
      data-form="counter"
      onSubmit={(e) => {
        e.preventDefault()
        submit(c, onDone)
      }}
    >
      <Fieldset legend={isNew ? t('newItem') : c.name.vi}>
        <div class="field-pair">
          <TextField label={t('id')} name="id" value={c.id} disabled={!isNew} problem={problems.id} onInput={(id) => setC({ ...c, id })} />
          <NumberField label={t('counterNumber')} name="number" value={c.number} problem={problems.number} onInput={(number) => setC({ ...c, number })} />
        </div>
        <NameFields value={c.name} path="name" problems={problems} onInput={(name) => setC({ ...c, name })} />
        <h4>{t('counterServices')}</h4>
        <ol class="ordered-services">
          {ids.map((id, i) => (
            <li data-service={id} class={problems[`serviceIds.${i}`] ? 'invalid' : ''}>
              <span>{services.find((s) => s.id === id)?.name[lang] ?? id}</span>
              <button type="button" class="small" disabled={i === 0} onClick={() => move(i, -1)}>
                ↑ {t('moveUp')}
              </button>
              <button type="button" class="small" disabled={i === ids.length - 1} onClick={() => move(i, 1)}>
                ↓ {t('moveDown')}
              </button>
              <button type="button" class="small danger" onClick={() => setC({ ...c, serviceIds: ids.filter((x) => x !== id) })}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ol>
        {unused.length ? (
          <label class="field inline">
            <span>{t('addService')}</span>
            <select name="addService" value="" onChange={(e) => e.currentTarget.value && setC({ ...c, serviceIds: [...ids, e.currentTarget.value] })}>
              <option value="">—</option>
              {unused.map((s) => (
                <option value={s.id}>{s.name[lang]}</option>
              ))}
            </select>
          </label>
        ) : null}
      </Fieldset>
      <SaveBar status={status} busy={busy} onCancel={onDone} />
    </form>
  )
}
