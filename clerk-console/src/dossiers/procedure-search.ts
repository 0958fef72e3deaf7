import type { Lang, Procedure } from '@luot/shared'

/** Lower case without Vietnamese diacritics: "Đăng ký khai sinh" and "dang ky khai sinh" match alike. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
}

/**
 * The catalogue as the receiving dialog lists it: active procedures whose name (either language) or
 * code contains every word typed, the ticket's own service area first, then by name.
 */
export function searchProcedures(all: Procedure[], query: string, serviceId: string, lang: Lang): { here: Procedure[]; other: Procedure[] } {
  const words = fold(query).split(/\s+/).filter(Boolean)
  const hits = all.filter((p) => p.active && words.every((w) => fold(`${p.name.vi} ${p.name.en} ${p.code ?? ''}`).includes(w)))
  hits.sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang))
  return { here: hits.filter((p) => p.serviceId === serviceId), other: hits.filter((p) => p.serviceId !== serviceId) }
}
