import type { Lang } from './schemas/common.js'
import type { AuditEntry } from './schemas/ticket.js'

/** Names the audit text needs, looked up by whoever renders it (console or export). */
export interface AuditNames {
  service: (id: string) => string | undefined
  counterNumber: (id: string) => number | undefined
}

/**
 * The detail of an audit entry as a person would write it. Entries store it structured
 * ("recalls=1", "service:dat-dai", "counter:c2") so the record stays stable; this is how it reads.
 */
export function auditDetailText(entry: AuditEntry, names: AuditNames, lang: Lang): string {
  const d = entry.detail
  if (!d) return ''
  const recalls = /^recalls=(\d+)$/.exec(d)
  if (recalls) {
    const n = Number(recalls[1])
    if (n === 0) return lang === 'vi' ? 'Đã gọi 1 lần, không gọi lại' : 'Called once, not called again'
    return lang === 'vi' ? `Đã gọi lại ${n} lần trước khi bỏ qua` : `Called again ${n} ${n === 1 ? 'time' : 'times'} before skipping`
  }
  const to = /^(service|counter):(.+)$/.exec(d)
  if (to) {
    const [, kind, id] = to as unknown as [string, 'service' | 'counter', string]
    if (kind === 'service') {
      const name = names.service(id) ?? id
      return lang === 'vi' ? `Chuyển sang lĩnh vực ${name}` : `Moved to the service ${name}`
    }
    const n = names.counterNumber(id)
    return lang === 'vi' ? `Chuyển sang quầy ${n ?? id}` : `Moved to counter ${n ?? id}`
  }
  return d
}
