import { auditDetailText, formatTicketTime, showsIssued, type AuditEntry, type RatingNote, type StatsGroupBy, type StatsResult, type StatsRow } from '@luot/shared'
import type { Config } from '../domain/types.js'
import type { Cell, Table } from './csv.js'

/** Heading of the first column: what a row stands for. */
export const GROUP_HEADINGS: Record<StatsGroupBy, string> = { service: 'Lĩnh vực', counter: 'Quầy', clerk: 'Cán bộ', hour: 'Giờ cấp số', day: 'Ngày' }

const AUDIT_ACTIONS: Record<AuditEntry['action'], string> = {
  'call-out-of-turn': 'Gọi không theo thứ tự',
  skip: 'Vắng mặt (bỏ qua)',
  'call-missed': 'Gọi lại số vắng mặt',
  transfer: 'Chuyển',
  cancel: 'Huỷ phiếu',
  'close-counter': 'Đóng quầy thay cán bộ',
}

/** Figures as managers publish them; durations in seconds so Excel can average and sum them. */
export function statsTable(config: Config, result: StatsResult): Table {
  const issued = showsIssued(result.groupBy)
  const { levels, lowReasons } = config.settings.rating
  const outcomes = config.settings.outcomes
  const header: Cell[] = [
    GROUP_HEADINGS[result.groupBy],
    ...(issued ? ['Số phiếu cấp'] : []),
    'Đã phục vụ',
    'Vắng mặt',
    'Đã chuyển',
    'Đã huỷ',
    'Thời gian chờ TB (giây)',
    'Thời gian chờ p50 (giây)',
    'Thời gian chờ p90 (giây)',
    'Thời gian phục vụ TB (giây)',
    'Thời gian phục vụ p50 (giây)',
    'Thời gian phục vụ p90 (giây)',
    'Số lượt đánh giá',
    'Tỷ lệ hài lòng (%)',
    ...levels.map((l) => `Đánh giá: ${l.name.vi} (${l.value})`),
    ...outcomes.map((o) => `Kết quả: ${o.name.vi}`),
    ...lowReasons.map((r) => `Lý do chưa hài lòng: ${r.name.vi}`),
  ]
  const line = (r: StatsRow): Cell[] => [
    r.label,
    ...(issued ? [r.issued] : []),
    r.served,
    r.noShow,
    r.transferred,
    r.cancelled,
    r.wait.mean,
    r.wait.p50,
    r.wait.p90,
    r.service.mean,
    r.service.p50,
    r.service.p90,
    r.ratingCount,
    r.satisfiedPercent,
    ...levels.map((l) => r.ratings[String(l.value)] ?? 0),
    ...outcomes.map((o) => r.outcomes[o.id] ?? 0),
    ...lowReasons.map((x) => r.lowReasons[x.id] ?? 0),
  ]
  return { name: 'Thống kê', rows: [header, ...result.rows.map(line), line(result.total)] }
}

/** The audit trail with names instead of ids, times in the centre's time zone. */
export function auditTable(config: Config, entries: AuditEntry[]): Table {
  const counter = (id?: string) => (id ? `Quầy ${config.counters.find((c) => c.id === id)?.number ?? id}` : '')
  const clerk = (id?: string) => (id ? (config.users.find((u) => u.id === id)?.displayName ?? id) : '')
  const names = { service: (id: string) => config.services.find((x) => x.id === id)?.name.vi, counterNumber: (id: string) => config.counters.find((c) => c.id === id)?.number }
  return {
    name: 'Nhật ký',
    rows: [
      ['Thời điểm', 'Thao tác', 'Số phiếu', 'Quầy', 'Cán bộ', 'Lý do', 'Chi tiết'],
      ...entries.map((e): Cell[] => [formatTicketTime(new Date(e.at), config.centre.timeZone), AUDIT_ACTIONS[e.action], e.number, counter(e.counterId), clerk(e.clerkId), e.reason ?? '', auditDetailText(e, names, 'vi')]),
    ],
  }
}

/** Low ratings and comments, one a row, as a manager reads them. */
export function notesTable(config: Config, notes: RatingNote[]): Table {
  const service = (id: string) => config.services.find((s) => s.id === id)?.name.vi ?? id
  const counter = (id?: string) => (id ? `Quầy ${config.counters.find((c) => c.id === id)?.number ?? id}` : '')
  const clerk = (id?: string) => (id ? (config.users.find((u) => u.id === id)?.displayName ?? id) : '')
  const level = (v: number) => config.settings.rating.levels.find((l) => l.value === v)?.name.vi ?? String(v)
  const reason = (id?: string) => (id ? (config.settings.rating.lowReasons.find((r) => r.id === id)?.name.vi ?? id) : '')
  return {
    name: 'Góp ý',
    rows: [
      ['Thời điểm đánh giá', 'Ngày giao dịch', 'Số phiếu', 'Lĩnh vực', 'Quầy', 'Cán bộ', 'Mức đánh giá', 'Lý do', 'Góp ý', 'Nơi đánh giá'],
      ...notes.map((n): Cell[] => [formatTicketTime(new Date(n.at), config.centre.timeZone), n.date, n.number, service(n.serviceId), counter(n.counterId), clerk(n.clerkId), level(n.value), reason(n.reasonId), n.comment ?? '', n.source === 'pad' ? 'Tại quầy' : 'Điện thoại']),
    ],
  }
}
