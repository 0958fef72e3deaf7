import { render } from 'preact'
import { ProvinceApp } from './province-app.js'
import '../styles/base.css'
import '../styles/history.css'
import '../styles/admin.css'
import '../styles/print.css'
import '../styles/province.css'

render(<ProvinceApp />, document.getElementById('app')!)
