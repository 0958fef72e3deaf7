import { describe, expect, it } from 'vitest'
import type { Ack, IssuedTicket } from '@luot/shared'
import { newIdempotencyKey } from '@luot/shared/client/idempotency-key'
import { INTENT_REUSE_MS, intentFor, takeWithRetry, type TakeIntent } from './take-ticket.js'

const ticket = { id: 't1', number: 'A001' } as IssuedTicket

describe('newIdempotencyKey', () => {
  it('is base64url the server accepts, and differs each time', () => {
    const a = newIdempotencyKey()
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
    expect(a).toHaveLength(22)
    expect(newIdempotencyKey()).not.toBe(a)
  })
  it('maps + and / to - and _', () => {
    expect(newIdempotencyKey((b) => b.fill(0xfb))).toBe('-_v7-_v7-_v7-_v7-_v7-w')
  })
})

describe('intentFor', () => {
  let n = 0
  const key = () => `key-${++n}-xxxxxxxx`
  it('reuses an unconfirmed intent for the same choice, soon after', () => {
    const first = intentFor(null, 'van-phong', null, 1000, key)
    expect(intentFor(first, 'van-phong', null, 1000 + INTENT_REUSE_MS - 1, key)).toBe(first)
  })
  it('makes a new key for another service, another group, or later', () => {
    const first = intentFor(null, 'van-phong', null, 1000, key)
    expect(intentFor(first, 'chung-thuc', null, 2000, key).key).not.toBe(first.key)
    expect(intentFor(first, 'van-phong', 'nguoi-cao-tuoi', 2000, key).key).not.toBe(first.key)
    expect(intentFor(first, 'van-phong', null, 1000 + INTENT_REUSE_MS, key).key).not.toBe(first.key)
  })
})

describe('takeWithRetry', () => {
  const intent: TakeIntent = { serviceId: 'van-phong', priorityGroup: 'nguoi-cao-tuoi', key: 'abcdefgh12', createdAt: 0 }

  it('retries after no answer with the same key and returns the ticket', async () => {
    const keys: string[] = []
    let waits = 0
    const out = await takeWithRetry(intent, {
      send: async (body) => {
        keys.push(body.idempotencyKey)
        expect(body.priorityGroup).toBe('nguoi-cao-tuoi')
        if (keys.length < 3) throw new Error('timeout')
        return { ok: true, data: ticket }
      },
      waitOnline: async () => void waits++,
      now: () => 0,
    })
    expect(out).toEqual({ ok: true, ticket })
    expect(keys).toEqual(['abcdefgh12', 'abcdefgh12', 'abcdefgh12'])
    expect(waits).toBe(2)
  })

  it('stops at a refusal from the server', async () => {
    let sends = 0
    const refusal: Ack<IssuedTicket> = { ok: false, error: { code: 'DAILY_CAP_REACHED', message: 'x', messageEn: 'x' } }
    const out = await takeWithRetry(intent, { send: async () => (sends++, refusal), waitOnline: async () => undefined, now: () => 0 })
    expect(out.ok).toBe(false)
    expect(!out.ok && out.error.code).toBe('DAILY_CAP_REACHED')
    expect(sends).toBe(1)
  })

  it('gives up after the deadline with NO_ANSWER', async () => {
    let t = 0
    const out = await takeWithRetry(intent, { send: async () => Promise.reject(new Error('down')), waitOnline: async () => void (t += 5000), now: () => t }, 12_000)
    expect(out).toEqual({ ok: false, error: { code: 'NO_ANSWER' } })
  })
})
