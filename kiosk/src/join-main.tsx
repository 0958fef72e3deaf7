import { render } from 'preact'
import { JoinApp } from './join/join-app.js'
import './styles/track.css'
import './styles/citizen.css'

render(<JoinApp />, document.getElementById('app')!)
