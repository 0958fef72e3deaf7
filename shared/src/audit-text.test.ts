import { describe, expect, it } from 'vitest'
import { auditDetailText } from './audit-text.js'
import type { AuditEntry } from './schemas/ticket.js'

const names = { service: (id: string) => ({ 'dat-dai': 'Đất đai' })[id], counterNumber: (id: string) => ({ c2: 2 })[id] }
const entry = (detail: string): AuditEntry => ({ at: '2026-11-23T02:00:00.000Z', action: 'skip', ticketId: 't1', number: '1001', detail })

describe('audit detail as a person writes it', () => {
  it.each([
    { detail: 'recalls=1', vi: 'Đã gọi lại 1 lần trước khi bỏ qua', en: 'Called again 1 time before skipping' },
    { detail: 'recalls=0', vi: 'Đã gọi 1 lần, không gọi lại', en: 'Called once, not called again' },
    { detail: 'service:dat-dai', vi: 'Chuyển sang lĩnh vực Đất đai', en: 'Moved to the service Đất đai' },
    { detail: 'counter:c2', vi: 'Chuyển sang quầy 2', en: 'Moved to counter 2' },
  ])('$detail → $vi', ({ detail, vi, en }) => {
    expect(auditDetailText(entry(detail), names, 'vi')).toBe(vi)
    expect(auditDetailText(entry(detail), names, 'en')).toBe(en)
  })
})
