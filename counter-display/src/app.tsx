import { useEffect } from 'preact/hooks'
import type { CallVoice } from './call-voice.js'
import type { DisplayOptions, Route } from './route.js'
import { CounterScreen } from './screens/counter-screen.js'
import { HallBoard } from './screens/hall-board.js'
import { RatingPad } from './screens/rating-pad.js'
import { StatusWidget } from './screens/status-widget.js'
import type { LuotSocket } from './socket.js'
import { t } from './strings.js'

export interface AppProps {
  route: Route
  options: DisplayOptions
  socket: LuotSocket
  /** The loudspeaker; only the hall board has one. */
  voice: CallVoice | null
}

function title(route: Route, options: DisplayOptions): string {
  const lang = options.lang
  if (route.screen === 'counter') return `${t('toCounter', lang)} ${route.number}`
  if (route.screen === 'rating') return `${t('padQuestion', lang)} — ${t('toCounter', lang)} ${route.number}`
  if (route.screen === 'widget') return t('widgetTitle', lang)
  return t('boardTitle', lang)
}

/** Picks the screen from the URL: every display page is served from the same index.html. */
export function App({ route, options, socket, voice }: AppProps) {
  useEffect(() => {
    document.title = `Lượt — ${title(route, options)}`
    document.documentElement.lang = options.lang
  }, [route, options])

  switch (route.screen) {
    case 'board':
      return <HallBoard socket={socket} voice={voice} lang={options.lang} />
    case 'counter':
      return <CounterScreen socket={socket} number={route.number} lang={options.lang} />
    case 'rating':
      return <RatingPad socket={socket} number={route.number} lang={options.lang} faces={options.faces} padKey={options.key} />
    case 'widget':
      return <StatusWidget socket={socket} lang={options.lang} />
  }
}
