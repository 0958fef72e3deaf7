import { render } from 'preact'
import { App } from './app.js'
import { createCallVoice } from './call-voice.js'
import { parseOptions, parseRoute } from './route.js'
import { connect, rootPath } from './socket.js'
import './styles/base.css'

const route = parseRoute(location.pathname)
const voice = route.screen === 'board' ? createCallVoice(`${rootPath()}voice/`) : null

render(<App route={route} options={parseOptions(location.search)} socket={connect()} voice={voice} />, document.getElementById('app')!)
