import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { freePort, PASSWORDS, ROOT, tempDataDir } from '../support/server-process.js'
import { median } from './measure.js'
import { benchConfig, seedDay } from './seed-day.js'

/** Milliseconds from spawning the built server until /api/health answers (polled every 5 ms). */
async function startToReady(dataDir: string, port: number): Promise<number> {
  const t0 = performance.now()
  const child = spawn(process.execPath, [join(ROOT, 'server/dist/bundle/main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LUOT_RATE_LIMIT: '0', LOG_LEVEL: 'error', TZ: 'Asia/Ho_Chi_Minh', LUOT_ADMIN_PASSWORD: PASSWORDS.admin, LUOT_MANAGER_PASSWORD: PASSWORDS.manager, LUOT_CLERK_PASSWORD: PASSWORDS.clerk },
    stdio: 'ignore',
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)
      if (ok) return performance.now() - t0
      await new Promise((r) => setTimeout(r, 5))
    }
  } finally {
    child.kill('SIGTERM')
    await exited
  }
}

export interface RestartTimes {
  /** After a clean stop (SIGTERM): the day is read from the checkpoint the stop left. */
  clean: number
  /** After a crash or power cut (no checkpoint newer than the journal's end): the whole journal is replayed. */
  crash: number
}

/**
 * Restart time (process start → serving) with today's journal holding `tickets` tickets, medians of
 * `runs`: after a clean stop, and after a crash (the checkpoint removed before each start, which is
 * what a start after SIGKILL finds: a journal longer than any checkpoint folds the records after it).
 */
export async function restartMs(tickets: number, runs = 3): Promise<RestartTimes> {
  const dataDir = await tempDataDir()
  const port = await freePort()
  const checkpoints = join(dataDir, 'checkpoints')
  try {
    await seedDay(dataDir, await benchConfig(`http://127.0.0.1:${port}`), tickets)
    const crash: number[] = []
    const clean: number[] = []
    for (let r = 0; r < runs; r++) {
      await rm(checkpoints, { recursive: true, force: true })
      crash.push(await startToReady(dataDir, port))
      clean.push(await startToReady(dataDir, port)) // started after the clean stop of the one before
    }
    return { clean: median(clean), crash: median(crash) }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}
