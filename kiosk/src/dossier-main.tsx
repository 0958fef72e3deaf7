import { render } from 'preact'
import { DossierApp } from './dossier/dossier-app.js'
import { dossierCodeFrom } from './dossier/dossier-view.js'
import './styles/track.css'
import './styles/citizen.css'
import './styles/dossier.css'

render(<DossierApp code={dossierCodeFrom(location.pathname)} />, document.getElementById('app')!)
