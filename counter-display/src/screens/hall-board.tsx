import { useEffect, useState } from 'preact/hooks'
import type { Lang } from '@luot/shared'
import type { CallVoice } from '../call-voice.js'
import { BoardHeader } from '../components/board-header.js'
import { CallList } from '../components/call-list.js'
import { ConnectionBanner } from '../components/connection-banner.js'
import { CounterGrid } from '../components/counter-grid.js'
import { Loading } from '../components/loading.js'
import { SoundButton } from '../components/sound-button.js'
import { Ticker } from '../components/ticker.js'
import { WaitingList } from '../components/waiting-list.js'
import type { LuotSocket } from '../socket.js'
import { counterFlashing } from '../state.js'
import { useAudioLocked } from '../use-audio-locked.js'
import { useDisplay } from '../use-display.js'
import { useNow } from '@luot/shared/client/use-now'
import '../styles/board.css'

/** How long each page of services or counters stays up when they do not all fit: long enough to find one's row. */
const PAGE_MS = 10_000

/** What the loudspeaker did, exposed as data attributes for people and tests checking the hall. */
interface Heard {
  queued: number
  played: number
  last: string
}

/** The hall board (/display/): latest calls, every counter, waiting per service, clock and ticker; speaks each call. */
export function HallBoard({ socket, voice, lang }: { socket: LuotSocket; voice: CallVoice | null; lang: Lang }) {
  const [heard, setHeard] = useState<Heard>({ queued: 0, played: 0, last: '' })
  const state = useDisplay(socket, (call, settings) => {
    if (!voice) return
    setHeard((h) => ({ ...h, queued: h.queued + 1 }))
    void voice.announce(call, settings).then((r) => setHeard((h) => ({ ...h, played: h.played + 1, last: `${call.number}@${call.counterNumber}:${r.method}` })))
  })
  const locked = useAudioLocked(voice)
  const [voiceReady, setVoiceReady] = useState(false)
  useEffect(() => void voice?.ready.then(() => setVoiceReady(true)), [voice])
  const now = useNow()
  if (!state.snapshot) return <Loading connection={state.connection} lang={lang} />
  const s = state.snapshot
  const tick = Math.floor(now / PAGE_MS)
  return (
    <div class="board" data-connection={state.connection} data-voice-queued={heard.queued} data-voice-played={heard.played} data-voice-last={heard.last} data-voice-ready={voiceReady}>
      <BoardHeader centre={s.centre} lang={lang} now={now + state.clockOffsetMs}>
        {voice && locked ? <SoundButton lang={lang} onUnlock={() => void voice.unlock()} /> : null}
      </BoardHeader>
      <main class="board-main">
        <CallList calls={state.calls} lang={lang} now={now} />
        <CounterGrid counters={s.counters} lang={lang} tick={tick} isFlashing={(c) => counterFlashing(state, c, now)} />
        <WaitingList services={s.services} lang={lang} tick={tick} />
      </main>
      <Ticker hotline={s.centre.hotline} notices={s.settings.ticker} lang={lang} />
      <ConnectionBanner connection={state.connection} lang={lang} />
    </div>
  )
}
