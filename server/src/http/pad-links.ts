import Type from 'typebox'
import { Id } from '@luot/shared'
import type { SessionTokens } from '../auth/session-token.js'
import type { Config } from '../domain/types.js'

export const PadLink = Type.Object({ counterId: Id, number: Type.Integer(), path: Type.String() })

/** The current pairing key of a counter's rating pad (changes each time an admin rotates it). */
export const currentPadKey = (tokens: SessionTokens, config: Config, counterId: string): string => tokens.padKey(counterId, config.padKeyRotations[counterId] ?? 0)

/** The rating pad's link for a counter, relative to where Lượt is mounted, with its current key. */
export function padLink(tokens: SessionTokens, config: Config, counterId: string): { counterId: string; number: number; path: string } {
  const number = config.counters.find((c) => c.id === counterId)?.number ?? 0
  return { counterId, number, path: `/display/rating/${number}?key=${currentPadKey(tokens, config, counterId)}` }
}
