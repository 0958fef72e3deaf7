import type { Counter, Service } from '@luot/shared'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import type { UiError } from '../ui-error.js'
import { ListAdmin } from './list-admin.js'
import { ServiceForm } from './service-form.js'
import type { Saver } from './use-save.js'

const blank = (): Service => ({ id: '', code: '', name: { vi: '', en: '' }, numberFormat: { kind: 'prefix', prefix: '' }, dailyCap: 0, targetWaitMinutes: 20, defaultServiceMinutes: 8, active: true })

interface Props {
  services: Service[]
  counters: Counter[]
  onSave: (service: Service, isNew: boolean) => Promise<UiError | null>
  onDelete: (id: string) => Promise<UiError | null>
}

/** Service areas; one that no counter serves is flagged: the kiosk hides it and the API refuses its tickets. */
export function ServicesAdmin({ services, counters, onSave, onDelete }: Props) {
  const t = useT()
  const { lang } = useConsoleState()
  const servedBy = (s: Service): number[] => counters.filter((c) => c.serviceIds.includes(s.id)).map((c) => c.number)
  const unserved = services.filter((s) => servedBy(s).length === 0)
  return (
    <>
    {unserved.length > 0 && (
      <p class="warn" role="note" data-testid="unserved-services">
        {t('noCounterWarning')}: {unserved.map((s) => s.name[lang]).join(', ')}
      </p>
    )}
    <ListAdmin
      items={services}
      idOf={(s) => s.id}
      nameOf={(s) => s.name.vi}
      blank={blank}
      onDelete={onDelete}
      columns={[
        { title: t('code'), cell: (s) => s.code },
        { title: t('tabServices'), cell: (s) => s.name[lang] },
        { title: t('numberFormat'), cell: (s) => (s.numberFormat.kind === 'prefix' ? `${s.numberFormat.prefix}001` : `${s.numberFormat.start}–${s.numberFormat.end}`) },
        { title: t('servedByCounters'), cell: (s) => (servedBy(s).length ? servedBy(s).join(', ') : <span class="warn">{t('noCounterShort')}</span>) },
        { title: t('targetWait'), cell: (s) => s.targetWaitMinutes },
        { title: t('dailyCap'), cell: (s) => s.dailyCap || '∞' },
        { title: t('active'), cell: (s) => (s.active ? t('yes') : t('inactive')) },
      ]}
      form={(s, isNew, done) => {
        const save: Saver<Service> = (v) => onSave(v, isNew)
        return <ServiceForm service={s} isNew={isNew} others={services.filter((o) => isNew || o.id !== s.id)} onSave={save} onDone={done} />
      }}
    />
    </>
  )
}
