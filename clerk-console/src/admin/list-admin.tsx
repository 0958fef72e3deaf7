import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { ErrorNote } from '../components/error-note.js'
import { useInFlight } from '../hooks.js'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'

interface Props<T> {
  items: T[]
  idOf: (item: T) => string
  nameOf: (item: T) => string
  columns: { title: string; cell: (item: T) => ComponentChildren }[]
  blank: () => T
  onDelete: (id: string) => Promise<UiError | null>
  /** The edit form of one item; `isNew` for a blank one. `done` closes it. */
  form: (item: T, isNew: boolean, done: () => void) => ComponentChildren
  extra?: (item: T) => ComponentChildren
}

/** A table of items with Edit and Delete on each row and Add below: services, counters, users. */
export function ListAdmin<T>({ items, idOf, nameOf, columns, blank, onDelete, form, extra }: Props<T>) {
  const t = useT()
  const { lang } = useConsoleState()
  const [editing, setEditing] = useState<{ item: T; isNew: boolean } | null>(null)
  const [error, setError] = useState<UiError | null>(null)
  const { pending, run } = useInFlight()
  const remove = (item: T) => {
    if (!confirm(t('confirmDelete', { name: nameOf(item) }))) return
    void run('delete', async () => setError(await onDelete(idOf(item))))
  }
  return (
    <div class="list-admin">
      <ErrorNote error={error} lang={lang} />
      <table class="grid">
        <thead>
          <tr>
            {columns.map((c) => (
              <th>{c.title}</th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr data-id={idOf(item)} class={editing && !editing.isNew && idOf(editing.item) === idOf(item) ? 'editing' : ''}>
              {columns.map((c) => (
                <td>{c.cell(item)}</td>
              ))}
              <td class="row-actions">
                <button type="button" class="small" data-edit={idOf(item)} onClick={() => (setError(null), setEditing({ item, isNew: false }))}>
                  {t('edit')}
                </button>
                {extra?.(item)}
                <button type="button" class="small danger" disabled={pending !== null} onClick={() => remove(item)}>
                  {t('remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <div key={editing.isNew ? '(new)' : idOf(editing.item)}>{form(editing.item, editing.isNew, () => setEditing(null))}</div>
      ) : (
        <button type="button" class="primary" data-add onClick={() => setEditing({ item: blank(), isNew: true })}>
          + {t('newItem')}
        </button>
      )}
    </div>
  )
}
