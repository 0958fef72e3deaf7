import { describe, expect, it } from 'vitest'
import { allowed, dossierTarget, parseRoute } from './router.js'

describe('the dossier routes', () => {
  it('opens the dossiers page to clerks and up', () => {
    expect(parseRoute('#/dossiers/ABCDEFGHJKMNPQR/slip/01')).toBe('dossiers')
    expect(allowed('clerk', 'dossiers')).toBe(true)
  })

  it('reads the code (grouped or not, any case) and the slip form', () => {
    expect(dossierTarget('#/dossiers')).toEqual({ code: null, slip: null })
    expect(dossierTarget('#/dossiers/abcde-fghjk-mnpqr')).toEqual({ code: 'ABCDEFGHJKMNPQR', slip: null })
    expect(dossierTarget('#/dossiers/ABCDEFGHJKMNPQR/slip/04')).toEqual({ code: 'ABCDEFGHJKMNPQR', slip: '04' })
    expect(dossierTarget('#/dossiers/ABCDEFGHJKMNPQR/slip/05')).toEqual({ code: null, slip: null })
  })
})
