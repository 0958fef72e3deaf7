import type { CounterCommand } from '@luot/shared'
import { callNext, callOutOfTurn, recall } from './calling.js'
import { closeCounter, openCounter, pauseCounter } from './counter-session.js'
import { callMissed } from './missed.js'
import { cancelTicket, finishService, skipTicket, startService, transferTicket } from './serving.js'
import type { Actor, Config, Ctx, DayState, Result } from './types.js'

/** One entry for every clerk command, so HTTP and sockets share a single path. */
export function runCounterCommand(day: DayState, config: Config, counterId: string, actor: Actor, cmd: CounterCommand, ctx: Ctx): Result<unknown> {
  switch (cmd.type) {
    case 'open':
      return openCounter(day, config, counterId, actor, ctx)
    case 'pause':
      return pauseCounter(day, config, counterId, actor, cmd.reason, ctx)
    case 'close':
      return closeCounter(day, config, counterId, actor, ctx)
    case 'call-next':
      return callNext(day, config, counterId, actor, ctx)
    case 'call':
      return callOutOfTurn(day, config, counterId, actor, cmd.ticketId, cmd.reason, ctx)
    case 'recall':
      return recall(day, config, counterId, actor, ctx)
    case 'start':
      return startService(day, config, counterId, actor, ctx)
    case 'finish':
      return finishService(day, config, counterId, actor, cmd.outcome, ctx)
    case 'skip':
      return skipTicket(day, config, counterId, actor, ctx)
    case 'transfer':
      return transferTicket(day, config, counterId, actor, { serviceId: cmd.serviceId, counterId: cmd.counterId }, ctx)
    case 'call-missed':
      return callMissed(day, config, counterId, actor, cmd.ticketId, ctx)
    case 'cancel':
      return cancelTicket(day, config, counterId, actor, cmd.ticketId, cmd.reason, ctx)
  }
}
