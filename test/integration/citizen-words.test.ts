import { describe, expect, it } from 'vitest'
import { CITIZEN_WORDS } from '@luot/shared'
import { STRINGS as DISPLAY } from '../../counter-display/src/strings.js'
import { TRACK_STRINGS } from '../../kiosk/src/track/track-strings.js'
import { KIOSK_STRINGS } from '../../kiosk/src/strings.js'

/** Every table of words a citizen reads: the kiosk, the phone, the board, the pad. */
const tables = { kiosk: KIOSK_STRINGS, phone: TRACK_STRINGS, display: DISPLAY }

describe('one register and one rating question for citizens', () => {
  it('the pad and the phone ask the same question, in the same words, from shared/', () => {
    expect(DISPLAY.padQuestion).toBe(CITIZEN_WORDS.ratingQuestion)
    expect(TRACK_STRINGS.rateTitle).toBe(CITIZEN_WORDS.ratingQuestion)
    expect(DISPLAY.padReason).toBe(TRACK_STRINGS.reasonTitle)
    expect(DISPLAY.padThanks).toBe(TRACK_STRINGS.thanks)
  })

  it.each(Object.entries(tables))('the %s speaks to the citizen as "Ông/Bà", never "bạn" or "quý khách"', (_, table) => {
    const vi = Object.entries(table as Record<string, { vi: string }>)
      .filter(([key]) => key !== 'noShow') // the missed-ticket wording is rewritten with the no-show work (wt-day-screens)
      .map(([, v]) => v.vi)
    expect(vi.filter((s) => /\b(bạn|quý khách)\b/iu.test(s))).toEqual([])
  })
})
