import type { Lang } from './schemas/common.js'
import type { ScreenKind } from './schemas/screens.js'

/** One name per kind of screen, used by the health page and the 'screen' alert alike. */
export const SCREEN_KIND_WORDS: Record<ScreenKind, Record<Lang, string>> = {
  kiosk: { vi: 'Máy lấy số', en: 'Kiosk' },
  board: { vi: 'Bảng gọi số', en: 'Hall board' },
  counter: { vi: 'Màn hình quầy', en: 'Counter display' },
  pad: { vi: 'Thiết bị đánh giá', en: 'Rating pad' },
  console: { vi: 'Máy cán bộ', en: 'Staff console' },
  phone: { vi: 'Điện thoại công dân', en: 'Citizen’s phone' },
  widget: { vi: 'Tiện ích trên trang web', en: 'Website widget' },
  unknown: { vi: 'Màn hình chưa rõ loại', en: 'Unidentified screen' },
}

/**
 * A screen as a person names it: "Máy lấy số k1", "Màn hình quầy 3", "Thiết bị đánh giá quầy 3";
 * a board without an id by the start of its browser's id, so two boards stay apart.
 */
export function screenLabel(s: { kind: ScreenKind; id?: string | undefined; device?: string | undefined }, lang: Lang): string {
  const word = SCREEN_KIND_WORDS[s.kind][lang]
  if (s.id && (s.kind === 'counter' || s.kind === 'pad')) return s.kind === 'pad' ? `${word} ${lang === 'vi' ? 'quầy' : 'at counter'} ${s.id}` : `${word} ${s.id}`
  if (s.id) return `${word} ${s.id}`
  return s.device ? `${word} (${s.device.slice(0, 6)})` : word
}
