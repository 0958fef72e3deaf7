import type { JoinServices, Lang } from '@luot/shared'
import type { ServiceChoice } from '../book/service-list.js'
import { JOIN_STRINGS as t } from './join-strings.js'

const fill = (text: string, n: number) => text.replace('{n}', String(n))

/**
 * The services of /join/ as buttons: open ones with their waiting count and remote places left;
 * closed ones greyed with why (the day's remote numbers are used up, or the service is kiosk-only).
 */
export function joinChoices(data: JoinServices, lang: Lang, busyId: string | null): ServiceChoice[] {
  return data.services.map((x) => {
    const open = data.open && x.open && x.left > 0
    const why = x.open && x.left <= 0 ? t.capReached[lang] : t.notRemote[lang]
    return {
      id: x.serviceId,
      name: x.name,
      sub: busyId === x.serviceId ? t.taking[lang] : open ? `${fill(t.waiting[lang], x.waiting)} · ${fill(t.left[lang], x.left)}` : `${why} · ${fill(t.waiting[lang], x.waiting)}`,
      disabled: !open || busyId !== null,
    }
  })
}
