import { render } from 'preact'

function Track() {
  return <main><h1>Lượt — Lấy số thứ tự</h1></main>
}

render(<Track />, document.getElementById('app')!)
