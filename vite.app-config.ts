import { fileURLToPath } from 'node:url'
import preact from '@preact/preset-vite'
import type { UserConfig } from 'vite'

const shared = fileURLToPath(new URL('./shared/src/', import.meta.url))

/**
 * The one Vite setup every app uses: relative asset paths (the server injects <base>, so one build
 * serves at / and under an embedding prefix), and `@luot/shared/<module>` straight from source so
 * an app bundles only the modules it imports (the TypeBox schemas stay out of phone bundles).
 */
export function appConfig(entries: Record<string, string>, devPort: number): UserConfig {
  return {
    base: './',
    plugins: [preact()],
    resolve: { alias: [{ find: /^@luot\/shared\/(.*)$/, replacement: `${shared}$1.ts` }] },
    build: { outDir: 'dist', emptyOutDir: true, target: 'es2020', rollupOptions: { input: entries } },
    server: {
      port: devPort,
      proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'http://localhost:3000', ws: true }, '/voice': 'http://localhost:3000' },
    },
  }
}
