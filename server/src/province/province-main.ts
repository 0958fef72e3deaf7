import type { EnvConfig } from '../config-env.js'
import { stopOnSignals } from '../stop-on-signals.js'
import { buildProvince } from './province-app.js'

/** `LUOT_PROVINCE=1`: the province's process. Prints the province's address, and its passwords at the first start. */
export async function runProvince(env: EnvConfig): Promise<void> {
  const app = await buildProvince({
    databaseUrl: env.databaseUrl!,
    provinceName: env.province!.name,
    publicBaseUrl: env.publicBaseUrl,
    passwords: env.province!.passwords,
    allowedOrigins: env.allowedOrigins,
    trustProxy: env.trustProxy,
    publicRateLimit: env.publicRateLimit,
    secureCookies: env.secureCookies,
    metricsToken: env.metricsToken,
    centreOptions: { health: { diskMinMb: env.diskMinMb }, ...(env.webhookRetryDelaysMs ? { webhooks: { retryDelaysMs: env.webhookRetryDelaysMs } } : {}) },
    logger: { level: env.logLevel },
    onFirstStart: (generated) => {
      console.log('\nLần chạy đầu tiên của tỉnh / The province\'s first start.')
      console.log('Mật khẩu (chỉ hiện một lần) / Passwords (shown once):')
      for (const g of generated) console.log(`  ${g.username.padEnd(18)} ${g.password}`)
    },
  })
  await app.listen({ port: env.port, host: env.host })
  const base = env.publicBaseUrl.replace(/\/+$/, '')
  const centres = app.province.directory
  console.log(`\nLượt — ${env.province!.name}: ${(await centres.list()).filter((c) => c.state === 'active').length} trung tâm / centres`)
  console.log(`  ${'Trang cấp tỉnh / Province dashboard'.padEnd(44)} ${base}/province/`)
  console.log(`  ${'Mỗi trung tâm / Each centre'.padEnd(44)} ${base}/c/{slug}/kiosk/, /display/, /console/`)
  console.log(`  ${'Tài liệu API / API docs'.padEnd(44)} ${base}/api/province/docs\n`)
  stopOnSignals(app)
}
