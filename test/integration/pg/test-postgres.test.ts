import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import { skipPostgres, testPostgres, type TestPostgres } from '../../support/postgres.js'

describe.skipIf(skipPostgres())('the test PostgreSQL', () => {
  let server: TestPostgres
  beforeAll(async () => {
    server = await testPostgres({ own: true })
  })
  afterAll(() => server?.close())

  it('gives empty databases, and keeps committed rows across a stop and start', async () => {
    const url = await server.newDatabase()
    const other = await server.newDatabase()
    expect(other).not.toBe(url)
    const c = new pg.Client({ connectionString: url })
    await c.connect()
    await c.query('CREATE TABLE t (n int)')
    await c.query('INSERT INTO t VALUES (1), (2)')
    await c.end()

    await server.stop()
    const down = new pg.Client({ connectionString: url })
    await expect(down.connect()).rejects.toThrow()
    await server.start()

    const again = new pg.Client({ connectionString: url })
    await again.connect()
    expect((await again.query('SELECT sum(n)::int AS s FROM t')).rows[0].s).toBe(3)
    await again.end()
  })
})
