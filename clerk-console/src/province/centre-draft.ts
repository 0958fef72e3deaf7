import type { CentreCreate, CentreKind } from '@luot/shared'
import type { Problems } from '../admin/validate.js'

/** The create-a-centre form as typed: every field a string, the optional ones '' when left empty. */
export interface CentreDraft {
  slug: string
  name: string
  nameEn: string
  kind: CentreKind
  district: string
  formerDistrict: string
  commune: string
  address: string
  hotline: string
}

export const EMPTY_DRAFT: CentreDraft = { slug: '', name: '', nameEn: '', kind: 'commune', district: '', formerDistrict: '', commune: '', address: '', hotline: '' }

/** The same rule as the server's CentreSlug: lower-case ASCII letters, digits, inner hyphens, at most 40. */
export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/

/** A URL name from a Vietnamese name: "Phường Hải Châu" → "phuong-hai-chau" (a suggestion the admin may change). */
export function slugFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
}

const LIMITS: [keyof CentreDraft, number][] = [['name', 200], ['nameEn', 200], ['district', 100], ['formerDistrict', 100], ['commune', 100], ['address', 300], ['hotline', 60]]

/** What the server would refuse, caught before the round trip. */
export function draftProblems(d: CentreDraft): Problems {
  const p: Problems = {}
  if (!d.slug) p.slug = { key: 'errRequired' }
  else if (!SLUG.test(d.slug)) p.slug = { key: 'pErrSlug' }
  if (!d.name.trim()) p.name = { key: 'errRequired' }
  for (const [field, max] of LIMITS) if (!p[field] && d[field].length > max) p[field] = { key: 'errTooLong' }
  return p
}

/** The API body: trimmed, optional fields only when filled in. */
export function draftToCreate(d: CentreDraft): CentreCreate {
  const body: CentreCreate = { slug: d.slug, name: d.name.trim(), kind: d.kind }
  for (const f of ['nameEn', 'district', 'formerDistrict', 'commune', 'address', 'hotline'] as const) {
    const v = d[f].trim()
    if (v) body[f] = v
  }
  return body
}

/** Lines of a CSV batch that name a centre: not the header, not blank. */
export function csvCentreCount(csv: string): number {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '')
  return lines.length > 0 && /^\s*slug\s*,/i.test(lines[0]!) ? lines.length - 1 : lines.length
}

/** The bad lines a refused batch (CENTRE_IMPORT_INVALID) names, one per line of the error's details. */
export const badLines = (details: string | undefined): string[] => (details ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)
