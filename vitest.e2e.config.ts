import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['development'] },
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
