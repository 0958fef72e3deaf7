import { render } from 'preact'
import { App } from './app.js'
import { kioskParams } from './kiosk-params.js'
import './styles/kiosk.css'
import './styles/ticket.css'
import './styles/print.css'

// Kiosk mode: no context menu (long press), no pinch-zoom gestures reaching the page.
document.addEventListener('contextmenu', (e) => e.preventDefault())
document.addEventListener('gesturestart', (e) => e.preventDefault())

render(<App params={kioskParams(location.search)} />, document.getElementById('app')!)
