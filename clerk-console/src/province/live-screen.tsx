import { useEffect, useState } from 'preact/hooks'
import type { ProvinceLive } from '@luot/shared'
import { useNow } from '@luot/shared/client/use-now'
import { useT } from '../i18n.js'
import { useConsoleState } from '../state.js'
import { LiveControls } from './live-controls.js'
import { LiveTable } from './live-table.js'
import { filterRows, liveQueryFromHash, liveQueryHash, sortRows, type LiveFilter, type LiveSort } from './live-view.js'
import { papi } from './province-api.js'
import { withLive } from './province-socket.js'
import { provinceStore, useProvinceState } from './province-state.js'
import { LiveTotals } from './live-totals.js'

/** Every active centre live, side by side: sorted, filtered, the province's totals on top. */
export function LiveScreen() {
  const { live, liveAt } = useProvinceState()
  const { lang } = useConsoleState()
  const t = useT()
  const now = useNow(0, 1000)
  const [{ sort, filter }, setQuery] = useState(() => liveQueryFromHash(location.hash))
  const choose = (s: LiveSort, f: LiveFilter) => {
    setQuery({ sort: s, filter: f })
    history.replaceState(null, '', liveQueryHash(s, f))
  }
  useEffect(() => {
    // the socket sends it on connect; this covers a page opened while the socket is still connecting
    if (!provinceStore.get().live) void papi<ProvinceLive>('GET', 'live').then((r) => r.ok && !provinceStore.get().live && provinceStore.update(withLive(r.data, Date.now())))
  }, [])
  if (!live) return <p class="loading">{t('loading')}</p>
  const elapsed = (now - liveAt) / 1000
  const rows = sortRows(filterRows(live.centres, filter, elapsed), sort, lang, elapsed)
  return (
    <div class="province-live">
      <h1>{t('pLiveTitle')}</h1>
      <LiveTotals live={live} lang={lang} />
      <LiveControls rows={live.centres} sort={sort} filter={filter} onSort={(s) => choose(s, filter)} onFilter={(f) => choose(sort, f)} at={live.at} lang={lang} />
      <p class="muted" role="status" data-shown={rows.length}>
        {t('pShown', { shown: rows.length, total: live.centres.length })}
      </p>
      <LiveTable rows={rows} elapsed={elapsed} lang={lang} />
    </div>
  )
}
