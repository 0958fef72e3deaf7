import { render } from 'preact'
import { parseOptions } from './route.js'
import { StatusWidget } from './screens/status-widget.js'
import { connect } from './socket.js'
import './styles/base.css'

/** The status widget's own entry (widget.html): no voice, no other screens, so a small download for the centre's website visitors. */
const { lang } = parseOptions(location.search)
document.documentElement.lang = lang
render(<StatusWidget socket={connect({ kind: 'widget' })} lang={lang} />, document.getElementById('app')!)
