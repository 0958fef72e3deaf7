import { render } from 'preact'
import { App } from './app.js'
import './styles/base.css'
import './styles/counter.css'
import './styles/dashboard.css'
import './styles/history.css'
import './styles/admin.css'
import './styles/print.css'
import './styles/dossiers.css'
import './styles/slip.css'

render(<App />, document.getElementById('app')!)
