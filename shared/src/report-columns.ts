import type { StatsGroupBy } from './schemas/stats.js'

/** A counter or a clerk issues no tickets (the kiosk does): grouped by them, "Số phiếu cấp" is left out. */
export const showsIssued = (groupBy: StatsGroupBy): boolean => groupBy !== 'counter' && groupBy !== 'clerk'
