import { buildApp } from './app.js'
import { StartupError } from './startup-error.js'
import { readEnv } from './config-env.js'
import { stopOnSignals } from './stop-on-signals.js'

/** Process entry: configuration from the environment, listen, print every screen's URL, shut down cleanly. */
async function main(): Promise<void> {
  const env = readEnv()
  // a province's code (and PostgreSQL's) is loaded only by a province's process
  if (env.province) return (await import('./province/province-main.js')).runProvince(env)
  let firstStart = false
  const app = await buildApp({
    dataDir: env.dataDir,
    ...(env.databaseUrl ? { databaseUrl: env.databaseUrl, centre: env.centre } : {}),
    publicBaseUrl: env.publicBaseUrl,
    passwords: env.passwords,
    sessionSecret: env.sessionSecret,
    allowedOrigins: env.allowedOrigins,
    trustProxy: env.trustProxy,
    publicRateLimit: env.publicRateLimit,
    secureCookies: env.secureCookies,
    metricsToken: env.metricsToken,
    backup: env.backup,
    health: { diskMinMb: env.diskMinMb },
    ...(env.webhookRetryDelaysMs ? { webhooks: { retryDelaysMs: env.webhookRetryDelaysMs } } : {}),
    logger: { level: env.logLevel },
    onFirstStart: (generated) => {
      firstStart = true
      console.log('\nLần chạy đầu tiên: đã tạo trung tâm mẫu / First start: demo centre created.')
      if (generated.length) console.log('Mật khẩu (chỉ hiện một lần) / Passwords (shown once):')
      for (const g of generated) console.log(`  ${g.username.padEnd(10)} ${g.password}`)
    },
  })
  await app.listen({ port: env.port, host: env.host })
  const base = env.publicBaseUrl.replace(/\/+$/, '')
  const config = app.luot.service.config
  const lines = [
    ['Kiosk lấy số / Kiosk', `${base}/kiosk/`],
    ['Bảng gọi số / Hall board', `${base}/display/`],
    ...config.counters.map((c) => [`Màn hình quầy ${c.number} / Counter ${c.number}`, `${base}/display/counter/${c.number}`]),
    // pairing keys are printed once; afterwards they are in Admin → Counters, where they can be rotated
    ...(firstStart ? config.counters.map((c) => [`Đánh giá quầy ${c.number} / Rating pad ${c.number}`, `${base}${app.luot.padPath(c.number)}`]) : []),
    ['Đặt lịch hẹn / Book a time (phone)', `${base}/book/`],
    ['Lấy số từ xa / Join from a phone', `${base}/join/`],
    ['Tiện ích công khai / Status widget', `${base}/display/widget`],
    ['Cán bộ, quản lý / Clerk & manager console', `${base}/console/`],
    ['Tài liệu API / API docs', `${base}/api/docs`],
  ]
  console.log(`\nLượt — ${config.centre.name}`)
  for (const [label, url] of lines) console.log(`  ${label!.padEnd(44)} ${url}`)
  console.log(env.databaseUrl ? `Dữ liệu / Data: PostgreSQL, ${env.databaseUrl.replace(/\/\/[^@/]*@/, '//')} (${env.centre})\n` : `Dữ liệu / Data: ${env.dataDir}\n`)

  stopOnSignals(app)
}

// A reason not to start is one line the operator can act on, and exit code 1; anything else is a bug: its stack.
main().catch((err) => {
  console.error(err instanceof StartupError ? err.message : err)
  process.exit(1)
})
