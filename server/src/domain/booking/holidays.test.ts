import { describe, expect, it } from 'vitest'
import { fixedHolidays } from './holidays.js'

describe("Vietnam's fixed-date holidays", () => {
  it.each([
    // 2026: none on a weekend; 2 September is a Wednesday, so the second day is the 3rd
    { year: 2026, dates: ['2026-01-01', '2026-04-30', '2026-05-01', '2026-09-02', '2026-09-03'] },
    // 2027: 1 May is a Saturday (day off in lieu on Monday 3 May)
    { year: 2027, dates: ['2027-01-01', '2027-04-30', '2027-05-01', '2027-05-03', '2027-09-02', '2027-09-03'] },
    // 2025: 2 September is a Tuesday: the 1st (Monday) joins it, as the government set that year
    { year: 2025, dates: ['2025-01-01', '2025-04-30', '2025-05-01', '2025-09-01', '2025-09-02'] },
  ])('$year', ({ year, dates }) => {
    const days = fixedHolidays(year)
    expect(days.map((d) => d.date)).toEqual(dates)
    expect(days.every((d) => d.kind === 'holiday' && d.name.vi && d.name.en)).toBe(true)
  })

  it('names a day off in lieu after the holiday it stands for', () => {
    expect(fixedHolidays(2027).find((d) => d.date === '2027-05-03')!.name.vi).toBe('Nghỉ bù Ngày Quốc tế Lao động')
  })
})
