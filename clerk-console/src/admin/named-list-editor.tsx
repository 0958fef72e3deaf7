import type { LocalizedName } from '@luot/shared'
import { useT } from '../i18n.js'
import type { Problems } from './validate.js'

export interface Named {
  id: string
  name: LocalizedName
}

interface Props {
  items: Named[]
  /** Problems are looked up as `${path}.${i}.id`, `${path}.${i}.name.vi` … and `${path}.dup.${i}`. */
  path: string
  problems: Problems
  onChange: (items: Named[]) => void
}

/** An ordered list of {id, Vietnamese name, English name}: priority groups, outcomes, reasons. */
export function NamedListEditor({ items, path, problems, onChange }: Props) {
  const t = useT()
  const set = (i: number, item: Named) => onChange(items.map((x, j) => (j === i ? item : x)))
  const move = (i: number, by: number) => {
    const next = [...items]
    const [x] = next.splice(i, 1)
    next.splice(i + by, 0, x!)
    onChange(next)
  }
  const problemOf = (i: number) => problems[`${path}.${i}.id`] ?? problems[`${path}.dup.${i}`] ?? problems[`${path}.${i}.name.vi`] ?? problems[`${path}.${i}.name.en`]
  return (
    <div class="named-list" data-list={path}>
      <table class="grid compact">
        <thead>
          <tr>
            <th>{t('id')}</th>
            <th>{t('nameVi')}</th>
            <th>{t('nameEn')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => {
            const p = problemOf(i)
            return (
              <tr class={p ? 'invalid' : ''}>
                <td>
                  <input aria-label={t('id')} value={item.id} onInput={(e) => set(i, { ...item, id: e.currentTarget.value })} />
                </td>
                <td>
                  <input aria-label={t('nameVi')} value={item.name.vi} onInput={(e) => set(i, { ...item, name: { ...item.name, vi: e.currentTarget.value } })} />
                </td>
                <td>
                  <input aria-label={t('nameEn')} value={item.name.en} onInput={(e) => set(i, { ...item, name: { ...item.name, en: e.currentTarget.value } })} />
                  {p ? <small class="field-error">{t(p.key, p.params)}</small> : null}
                </td>
                <td class="row-actions">
                  <button type="button" class="small" disabled={i === 0} title={t('moveUp')} onClick={() => move(i, -1)}>
                    ↑
                  </button>
                  <button type="button" class="small" disabled={i === items.length - 1} title={t('moveDown')} onClick={() => move(i, 1)}>
                    ↓
                  </button>
                  <button type="button" class="small danger" onClick={() => onChange(items.filter((_, j) => j !== i))}>
                    {t('remove')}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <button type="button" class="small" onClick={() => onChange([...items, { id: '', name: { vi: '', en: '' } }])}>
        + {t('add')}
      </button>
    </div>
  )
}
