// The server as one file (dist/bundle/main.js, and a chunk for PostgreSQL), what `npm start` and the systemd unit run. Node
// loads an ES module file by file: TypeBox alone is 700 files, and the server, its shared package
// and TypeBox together took over half a second to load before anything else could happen. The
// bundle holds those; the other packages (fastify, socket.io, pg, …) stay in node_modules, loaded
// as usual, since some of them find their own files on disk. It sits two folders below the
// server's root, as the compiled files it replaces do, so paths worked out from it stay right.
import { readFileSync, rmSync } from 'node:fs'
import { build } from 'esbuild'

const INLINE = new Set(['typebox', '@fastify/type-provider-typebox', '@luot/shared'])
const pkg = JSON.parse(readFileSync(new URL('../server/package.json', import.meta.url), 'utf8'))
const external = Object.keys(pkg.dependencies).filter((d) => !INLINE.has(d)).flatMap((d) => [d, `${d}/*`])

const outdir = new URL('../server/dist/bundle', import.meta.url).pathname
rmSync(outdir, { recursive: true, force: true }) // chunk names change with their content
await build({
  entryPoints: [new URL('../server/dist/main.js', import.meta.url).pathname],
  outdir,
  bundle: true,
  // PostgreSQL's code is a chunk of its own, loaded only when DATABASE_URL is set
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  logLevel: 'warning',
})
