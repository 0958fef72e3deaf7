import type { AttentionReason, Lang, ProvinceLiveRow } from '@luot/shared'

/** How the province's live dashboard orders its centres. */
export type LiveSort = 'attention' | 'name' | 'waiting' | 'longest' | 'satisfaction'
export const LIVE_SORTS: LiveSort[] = ['attention', 'name', 'waiting', 'longest', 'satisfaction']

/** What the dashboard shows: '' in a district filter means every district. */
export interface LiveFilter {
  district: string
  formerDistrict: string
  attentionOnly: boolean
}
export const NO_FILTER: LiveFilter = { district: '', formerDistrict: '', attentionOnly: false }

/**
 * The longest wait now: the server's figure at its push plus the seconds since it arrived (the
 * server pushes only when something changes, and a waiting ticket keeps waiting meanwhile).
 */
export function longestWaitNow(row: ProvinceLiveRow, elapsedSeconds: number): number | null {
  return row.longestWaitSeconds === null ? null : row.longestWaitSeconds + Math.max(0, Math.floor(elapsedSeconds))
}

/** Whether the longest wait is past its service area's target (strictly). */
export function overTarget(row: ProvinceLiveRow, elapsedSeconds: number): boolean {
  const wait = longestWaitNow(row, elapsedSeconds)
  return wait !== null && row.longestWaitTargetMinutes !== null && wait > row.longestWaitTargetMinutes * 60
}

const ORDER: AttentionReason[] = ['no-counter-open', 'wait-over-target', 'printer-down', 'screen-down', 'low-satisfaction']

/** The server's reasons, plus a wait that crossed its target since the last push; in a fixed order. */
export function attentionNow(row: ProvinceLiveRow, elapsedSeconds: number): AttentionReason[] {
  const set = new Set(row.attention)
  if (overTarget(row, elapsedSeconds)) set.add('wait-over-target')
  return ORDER.filter((r) => set.has(r))
}

const WORDS: Record<AttentionReason, Record<Lang, string>> = {
  'wait-over-target': { vi: 'Chờ quá thời gian mục tiêu', en: 'Wait over target' },
  'printer-down': { vi: 'Máy in hỏng hoặc hết giấy', en: 'Printer down or out of paper' },
  'screen-down': { vi: 'Màn hình mất kết nối', en: 'Screen offline' },
  'no-counter-open': { vi: 'Có người chờ nhưng không quầy nào mở', en: 'People waiting, no counter open' },
  'low-satisfaction': { vi: 'Mức hài lòng thấp', en: 'Low satisfaction' },
}

/** An attention reason in words, for the dashboard and its screen reader. */
export const attentionWord = (reason: AttentionReason, lang: Lang): string => WORDS[reason][lang]

/** The distinct non-empty values of a grouping, sorted as Vietnamese reads them. */
export function groupsOf(rows: ProvinceLiveRow[], key: 'district' | 'formerDistrict'): string[] {
  return [...new Set(rows.map((r) => r[key]).filter((v) => v !== ''))].sort(collate)
}

const collator = new Intl.Collator('vi')
const collate = (a: string, b: string) => collator.compare(a, b)

/** The rows a filter keeps. */
export function filterRows(rows: ProvinceLiveRow[], f: LiveFilter, elapsedSeconds: number): ProvinceLiveRow[] {
  return rows.filter(
    (r) =>
      (f.district === '' || r.district === f.district) &&
      (f.formerDistrict === '' || r.formerDistrict === f.formerDistrict) &&
      (!f.attentionOnly || attentionNow(r, elapsedSeconds).length > 0),
  )
}

/** Bigger first; a missing figure last. */
const desc = (a: number | null, b: number | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : b - a)

/**
 * The rows in the chosen order, ties broken by name. Satisfaction sorts lowest first (the centres to
 * look at), centres without ratings last; "attention" puts most reasons first, then most waiting.
 */
export function sortRows(rows: ProvinceLiveRow[], sort: LiveSort, lang: Lang, elapsedSeconds: number): ProvinceLiveRow[] {
  const name = (r: ProvinceLiveRow) => (lang === 'vi' ? r.name : r.nameEn)
  const byName = (a: ProvinceLiveRow, b: ProvinceLiveRow) => collate(name(a), name(b))
  const key: Record<LiveSort, (a: ProvinceLiveRow, b: ProvinceLiveRow) => number> = {
    name: () => 0,
    waiting: (a, b) => b.waiting - a.waiting,
    longest: (a, b) => desc(longestWaitNow(a, elapsedSeconds), longestWaitNow(b, elapsedSeconds)),
    satisfaction: (a, b) => desc(a.satisfiedPercent === null ? null : -a.satisfiedPercent, b.satisfiedPercent === null ? null : -b.satisfiedPercent),
    attention: (a, b) => attentionNow(b, elapsedSeconds).length - attentionNow(a, elapsedSeconds).length || b.waiting - a.waiting,
  }
  return [...rows].sort((a, b) => key[sort](a, b) || byName(a, b))
}

/** The order and filters kept in the hash (#/live?sort=…&district=…): a reload or a shared link shows the same view. */
export function liveQueryFromHash(hash: string): { sort: LiveSort; filter: LiveFilter } {
  const p = new URLSearchParams(hash.split('?')[1] ?? '')
  const sort = p.get('sort') as LiveSort | null
  return {
    sort: sort && LIVE_SORTS.includes(sort) ? sort : 'attention',
    filter: { district: p.get('district') ?? '', formerDistrict: p.get('formerDistrict') ?? '', attentionOnly: p.get('attention') === '1' },
  }
}

export function liveQueryHash(sort: LiveSort, f: LiveFilter): string {
  const p = new URLSearchParams()
  if (sort !== 'attention') p.set('sort', sort)
  if (f.district) p.set('district', f.district)
  if (f.formerDistrict) p.set('formerDistrict', f.formerDistrict)
  if (f.attentionOnly) p.set('attention', '1')
  const q = p.toString()
  return q ? `#/live?${q}` : '#/live'
}
