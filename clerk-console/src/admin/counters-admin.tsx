import type { Counter, Service } from '@luot/shared'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { CounterForm } from './counter-form.js'
import { ListAdmin } from './list-admin.js'
import type { PadLink } from './admin-api.js'
import { PadKeyCell } from './pad-key-cell.js'

interface Props {
  counters: Counter[]
  services: Service[]
  pads: PadLink[]
  onSave: (counter: Counter, isNew: boolean) => Promise<UiError | null>
  onDelete: (id: string) => Promise<UiError | null>
  onRotate: (id: string) => Promise<UiError | null>
}

export function CountersAdmin({ counters, services, pads, onSave, onDelete, onRotate }: Props) {
  const t = useT()
  const { lang } = useConsoleState()
  const next = Math.max(0, ...counters.map((c) => c.number)) + 1
  return (
    <ListAdmin
      items={counters}
      idOf={(c) => c.id}
      nameOf={(c) => c.name.vi}
      blank={() => ({ id: `c${next}`, number: next, name: { vi: `Quầy ${next}`, en: `Counter ${next}` }, serviceIds: [] })}
      onDelete={onDelete}
      columns={[
        { title: t('counterNumber'), cell: (c) => c.number },
        { title: t('tabCounters'), cell: (c) => c.name[lang] },
        { title: t('counterServices'), cell: (c) => c.serviceIds.map((id) => services.find((s) => s.id === id)?.name[lang] ?? id).join(' → ') },
        {
          title: t('ratingPadLink'),
          cell: (c) => <PadKeyCell counter={c} pad={pads.find((p) => p.counterId === c.id)} onRotate={onRotate} />,
        },
      ]}
      form={(c, isNew, done) => <CounterForm counter={c} isNew={isNew} others={counters.filter((o) => isNew || o.id !== c.id)} services={services} onSave={(v) => onSave(v, isNew)} onDone={done} />}
    />
  )
}
