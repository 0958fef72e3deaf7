import type { DossierListQuery, DossierStatus } from '@luot/shared'

/** The back-office list's filters as the clerk set them ('' = any). */
export interface ListFilters {
  view: NonNullable<DossierListQuery['view']>
  status: DossierStatus | ''
  serviceId: string
  dueBy: string
  q: string
}

export const DEFAULT_FILTERS: ListFilters = { view: 'open', status: '', serviceId: '', dueBy: '', q: '' }

/** GET /api/dossiers with the filters set, in a fixed order (so the same filters ask the same URL). */
export function listPath(f: ListFilters): string {
  const params = new URLSearchParams({ view: f.view })
  if (f.status) params.set('status', f.status)
  if (f.serviceId) params.set('serviceId', f.serviceId)
  if (f.dueBy) params.set('dueBy', f.dueBy)
  const q = f.q.trim().slice(0, 60)
  if (q) params.set('q', q)
  return `/api/dossiers?${params.toString()}`
}
