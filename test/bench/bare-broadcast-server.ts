import { createServer } from 'node:http'
import { Server } from 'socket.io'

/**
 * The floor for broadcast latency: a bare socket.io server on the same Node, no Lượt code.
 * POST /emit broadcasts one event to every client and answers once it is sent.
 */
const http = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/emit') {
    io.emit('ticket:called', { number: '2001', counterNumber: 1, at: Date.now() })
    res.writeHead(200).end('{}')
  } else res.writeHead(404).end()
})
const io = new Server(http, { serveClient: false })
http.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'))
