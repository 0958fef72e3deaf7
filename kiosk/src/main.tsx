import { render } from 'preact'

function App() {
  return <main><h1>Lượt — Lấy số thứ tự</h1></main>
}

render(<App />, document.getElementById('app')!)
