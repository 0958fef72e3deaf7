import type { AuditEntry, CounterView, Lang, LocalizedName } from '@luot/shared'
import { auditDetailText } from '@luot/shared/audit-text'
import { shortStamp } from '../format.js'
import { useT, type StringKey } from '../i18n.js'

const ACTIONS: Record<AuditEntry['action'], StringKey> = { 'call-out-of-turn': 'auditCallOutOfTurn', skip: 'auditSkip', 'call-missed': 'auditCallMissed', transfer: 'auditTransfer', cancel: 'auditCancel', 'close-counter': 'auditCloseCounter' }

interface Props {
  entries: AuditEntry[]
  counters: CounterView[]
  services: { id: string; name: LocalizedName }[]
  /** clerk id → display name, from what the console knows */
  clerkNames: Map<string, string>
  timeZone: string
  lang: Lang
}

/** Out-of-turn calls, skips, transfers and cancellations: every departure from the queue order. */
export function AuditTable({ entries, counters, services, clerkNames, timeZone, lang }: Props) {
  const t = useT()
  const names = { service: (id: string) => services.find((s) => s.id === id)?.name[lang], counterNumber: (id: string) => counters.find((c) => c.id === id)?.number }
  if (entries.length === 0) return <p class="muted">{t('auditNone')}</p>
  return (
    <div class="table-scroll">
      <table class="grid audit-table">
        <thead>
          <tr>
            <th>{t('colTime')}</th>
            <th>{t('colAction')}</th>
            <th>{t('colNumber')}</th>
            <th>{t('colCounter')}</th>
            <th>{t('colClerk')}</th>
            <th>{t('colReason')}</th>
            <th>{t('colDetail')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr data-action={e.action}>
              <td>{shortStamp(e.at, timeZone)}</td>
              <td>{t(ACTIONS[e.action])}</td>
              <td class="number">{e.number}</td>
              <td>{e.counterId ? (counters.find((c) => c.id === e.counterId)?.name[lang] ?? e.counterId) : ''}</td>
              <td>{e.clerkId ? (clerkNames.get(e.clerkId) ?? e.clerkId) : ''}</td>
              <td>{e.reason ?? ''}</td>
              <td class="muted">{auditDetailText(e, names, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
