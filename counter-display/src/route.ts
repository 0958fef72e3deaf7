import type { Lang } from '@luot/shared'
import type { ScreenIdentity } from '@luot/shared/client/screen-identity'

/** Which screen a URL asks for: all of them are served from the same index.html. */
export type Route =
  | { screen: 'board' }
  | { screen: 'counter'; number: number }
  | { screen: 'rating'; number: number }
  | { screen: 'widget' }

/**
 * Reads the screen from the end of the path, so it works at /display/…, under an embedding prefix
 * (/queue/display/…) and on the Vite dev server (/counter/3).
 */
export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '')
  const numbered = /\/(counter|rating)\/(\d{1,3})$/.exec(path)
  if (numbered) return { screen: numbered[1] === 'counter' ? 'counter' : 'rating', number: Number(numbered[2]) }
  if (/\/widget$/.test(path)) return { screen: 'widget' }
  return { screen: 'board' }
}

/** Display options from the query string: ?lang=en, ?faces=0. */
export interface DisplayOptions {
  lang: Lang
  faces: boolean
  /** A rating pad's pairing key (?key=…), from the link the administrator gives. */
  key: string
}

export function parseOptions(search: string): DisplayOptions {
  const q = new URLSearchParams(search)
  return { lang: q.get('lang') === 'en' ? 'en' : 'vi', faces: q.get('faces') !== '0', key: q.get('key') ?? '' }
}

/** What this page tells the server it is: the hall board, counter n's screen or rating pad, the widget. */
export function screenOf(route: Route): ScreenIdentity {
  if (route.screen === 'counter' || route.screen === 'rating') return { kind: route.screen === 'counter' ? 'counter' : 'pad', id: String(route.number) }
  return { kind: route.screen }
}
