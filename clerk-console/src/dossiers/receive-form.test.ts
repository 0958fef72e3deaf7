import { describe, expect, it } from 'vitest'
import { EMPTY_DRAFT, receiveBody } from './receive-form.js'

describe('the receiving dialog’s request', () => {
  it('asks for a procedure first', () => {
    expect(receiveBody(EMPTY_DRAFT, 't1', 'vi')).toEqual({ ok: false, message: { vi: 'Vui lòng chọn thủ tục.', en: 'Pick a procedure.' } })
  })

  it('leaves empty optional fields out and splits documents by line', () => {
    const r = receiveBody({ ...EMPTY_DRAFT, procedureId: 'khai-sinh', documents: ' Tờ khai \n\nGiấy chứng sinh\n', copies: '2', applicantName: ' Nguyễn Văn An ' }, 't1', 'vi')
    expect(r).toEqual({ ok: true, body: { ticketId: 't1', procedureId: 'khai-sinh', lang: 'vi', decision: 'received', copies: 2, documents: ['Tờ khai', 'Giấy chứng sinh'], applicantName: 'Nguyễn Văn An' } })
  })

  it('refuses a bad phone number and a refusal without a reason', () => {
    expect(receiveBody({ ...EMPTY_DRAFT, procedureId: 'x', applicantPhone: '12ab' }, 't1', 'en')).toMatchObject({ ok: false, message: { en: 'The phone number is not valid.' } })
    expect(receiveBody({ ...EMPTY_DRAFT, procedureId: 'x', decision: 'refused', reason: '  ' }, 't1', 'en')).toMatchObject({ ok: false, message: { en: 'Please give a reason.' } })
    expect(receiveBody({ ...EMPTY_DRAFT, procedureId: 'x', decision: 'refused', reason: 'Thiếu giấy tờ', applicantPhone: '0905 123 456' }, 't1', 'en')).toEqual({
      ok: true,
      body: { ticketId: 't1', procedureId: 'x', lang: 'en', decision: 'refused', reason: 'Thiếu giấy tờ', applicantPhone: '0905 123 456' },
    })
  })

  it('drops copies outside 1…99 rather than sending what the server refuses', () => {
    const r = receiveBody({ ...EMPTY_DRAFT, procedureId: 'x', copies: '0' }, 't1', 'vi')
    expect(r.ok && 'copies' in r.body).toBe(false)
  })
})
