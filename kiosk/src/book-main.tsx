import { render } from 'preact'
import { BookApp } from './book/book-app.js'
import './styles/track.css'
import './styles/citizen.css'

render(<BookApp />, document.getElementById('app')!)
