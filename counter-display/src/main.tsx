import { render } from 'preact'

function App() {
  return <main><h1>Lượt — Bảng gọi số</h1></main>
}

render(<App />, document.getElementById('app')!)
