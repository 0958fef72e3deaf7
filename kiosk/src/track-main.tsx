import { render } from 'preact'
import { unlockAudioOnFirstTouch } from './track/call-alert.js'
import { TrackApp } from './track/track-app.js'
import { trackingCodeFrom } from './track/tracking-code.js'
import './styles/track.css'

unlockAudioOnFirstTouch()
render(<TrackApp code={trackingCodeFrom(location.pathname)} />, document.getElementById('app')!)
