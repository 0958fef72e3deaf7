import { ERRORS, type ApiError, type ErrorCode } from '@luot/shared/errors'
import type { Lang } from '@luot/shared'

/** An error as the console shows it: the server's own vi/en text, or one of the client's. */
export interface UiError {
  code: ErrorCode | 'NETWORK' | 'NO_ANSWER' | 'INVALID'
  vi: string
  en: string
  details?: string
}

export const fromApiError = (e: ApiError): UiError => ({ code: e.code, vi: e.message, en: e.messageEn, ...(e.details ? { details: e.details } : {}) })

export const fromCode = (code: ErrorCode, details?: string): UiError => ({ code, vi: ERRORS[code].vi, en: ERRORS[code].en, ...(details ? { details } : {}) })

export const NETWORK_ERROR: UiError = { code: 'NETWORK', vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.', en: 'Cannot reach the server. Check the network and try again.' }

/** A command was sent but no answer came: it may or may not have been done; the next snapshot tells. */
export const NO_ANSWER_ERROR: UiError = { code: 'NO_ANSWER', vi: 'Máy chủ chưa trả lời. Kiểm tra lại trạng thái quầy trước khi thử lại.', en: 'The server did not answer. Check the counter before trying again.' }

export const invalid = (vi: string, en: string): UiError => ({ code: 'INVALID', vi, en })

export const errorText = (e: UiError, lang: Lang): string => (lang === 'vi' ? e.vi : e.en)
