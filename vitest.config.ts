import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['development'] },
  test: {
    include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', '{kiosk,counter-display,clerk-console}/src/**/*.test.{ts,tsx}', 'test/integration/**/*.test.ts'],
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
