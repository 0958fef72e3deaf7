import { describe, expect, it } from 'vitest'
import { SessionTokens } from '../../../server/src/auth/session-token.js'
import { pgRevocations, pgSecret } from '../../../server/src/store/pg/pg-sessions.js'
import { skipPostgres } from '../../support/postgres.js'
import { usePgStores } from '../../support/pg-stores.js'

describe.skipIf(skipPostgres())('sessions shared by the processes of a centre, in PostgreSQL', () => {
  const { open } = usePgStores()

  it('every process gets the same signing secret; another centre gets its own', async () => {
    const [a, b, other] = await Promise.all([open('phuong-1'), open('phuong-1'), open('xa-2')])
    const [sa, sb] = await Promise.all([pgSecret(a, undefined), pgSecret(b, undefined)])
    expect(sa.length).toBe(32)
    expect(sb.equals(sa)).toBe(true)
    expect((await pgSecret(other, undefined)).equals(sa)).toBe(false)
    expect((await pgSecret(a, 'from-the-environment-0123456789ab')).toString()).toBe('from-the-environment-0123456789ab')
  })

  it('a logout through one process is refused by the other at once, and by a process started later', async () => {
    const [a, b] = [await open('phuong-3'), await open('phuong-3')]
    const secret = await pgSecret(a, undefined)
    const [ra, rb] = [await pgRevocations(a), await pgRevocations(b)]
    const tokensA = new SessionTokens(secret, ra, await ra.load())
    const tokensB = new SessionTokens(secret, rb, await rb.load())
    rb.watch((nonce, exp) => tokensB.noteRevoked(nonce, exp))
    await b.listener().ready
    const clerk = { id: 'u-clerk1', generation: 'generation-1', tokenVersion: 1 }
    const token = tokensA.issue(clerk)
    expect(tokensB.verify(token)).not.toBeNull()

    await tokensA.revoke(tokensA.verify(token)!)
    expect(tokensA.verify(token)).toBeNull()
    await expect.poll(() => tokensB.verify(token), { timeout: 10_000 }).toBeNull()

    const later = await pgRevocations(await open('phuong-3'))
    expect(new SessionTokens(secret, later, await later.load()).verify(token)).toBeNull()
    expect(new SessionTokens(secret, later, await later.load()).verify(tokensA.issue(clerk))).not.toBeNull()
  })
})
