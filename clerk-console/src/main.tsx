import { render } from 'preact'

function App() {
  return <main><h1>Lượt — Cán bộ một cửa</h1></main>
}

render(<App />, document.getElementById('app')!)
