import { render } from 'preact'
import { App } from './app.js'
import { createCallVoice } from './call-voice.js'
import { parseOptions, parseRoute, screenOf } from './route.js'
import { connect, rootPath } from './socket.js'
import './styles/base.css'

const route = parseRoute(location.pathname)
const voice = route.screen === 'board' ? createCallVoice(`${rootPath()}voice/`) : null

render(<App route={route} options={parseOptions(location.search)} socket={connect(screenOf(route))} voice={voice} />, document.getElementById('app')!)
