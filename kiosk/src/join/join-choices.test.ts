import { describe, expect, it } from 'vitest'
import type { JoinServices } from '@luot/shared'
import { joinChoices } from './join-choices.js'

const data: JoinServices = {
  open: true,
  services: [
    { serviceId: 'ho-tich', name: { vi: 'Tư pháp – Hộ tịch', en: 'Civil status' }, open: true, left: 12, waiting: 3 },
    { serviceId: 'dat-dai', name: { vi: 'Đất đai', en: 'Land' }, open: false, left: 20, waiting: 1 },
    { serviceId: 'chung-thuc', name: { vi: 'Chứng thực', en: 'Certification' }, open: true, left: 0, waiting: 9 },
  ],
}

describe('join choices', () => {
  it('shows waiting and places left for open services, and why the others are closed', () => {
    expect(joinChoices(data, 'vi', null)).toEqual([
      { id: 'ho-tich', name: data.services[0]!.name, sub: '3 người đang chờ · còn 12 số từ xa', disabled: false },
      { id: 'dat-dai', name: data.services[1]!.name, sub: 'Chỉ lấy số tại kiosk · 1 người đang chờ', disabled: true },
      { id: 'chung-thuc', name: data.services[2]!.name, sub: 'Đã hết số từ xa hôm nay · 9 người đang chờ', disabled: true },
    ])
    expect(joinChoices(data, 'en', null)[0]!.sub).toBe('3 waiting · 12 phone numbers left')
  })
  it('disables every button while one number is being taken, and says which', () => {
    const c = joinChoices(data, 'en', 'ho-tich')
    expect(c.every((x) => x.disabled)).toBe(true)
    expect(c[0]!.sub).toBe('Taking your number…')
  })
  it('nothing can be taken while the centre is closed', () => {
    expect(joinChoices({ ...data, open: false }, 'vi', null).every((x) => x.disabled)).toBe(true)
  })
})
