import Type, { type Static } from 'typebox'
import { DayKey } from './common.js'

/** The province's dossier figures (GET /api/stats/dossiers): the report's query and rows. */

/** GET /api/stats/dossiers?from&to (manager): the province figures; counts by the day each event happened in [from, to]. */
export const DossierReportQuery = Type.Object({ from: DayKey, to: DayKey }, { additionalProperties: false })
export type DossierReportQuery = Static<typeof DossierReportQuery>

const Share = Type.Union([Type.Number(), Type.Null()])

/**
 * One row of the province report (a service area, a procedure, or the total), for [from, to]:
 * - received: dossiers received in the period (refusals at the counter are not received);
 * - resolved: results returned in the period, each early / on time / late against its due date
 *   (percent of resolved); resolvedPercent = resolved / received, as provinces publish it
 *   ("tiếp nhận 8.735; giải quyết 7.740 (88,6%)");
 * - inProgress: received on or before `to` and not returned, refused or withdrawn by the end of `to`,
 *   split within the due date / overdue at that moment; resultReady: of those, result ready and
 *   waiting to be collected;
 * - apologies, supplementRequested, refused, withdrawn: such steps taken in the period.
 */
export const DossierReportRow = Type.Object({
  key: Type.String(),
  label: Type.String(),
  labelEn: Type.String(),
  received: Type.Integer(),
  resolved: Type.Integer(),
  resolvedPercent: Share,
  early: Type.Integer(),
  earlyPercent: Share,
  onTime: Type.Integer(),
  onTimePercent: Share,
  late: Type.Integer(),
  latePercent: Share,
  inProgress: Type.Integer(),
  inProgressWithin: Type.Integer(),
  inProgressOverdue: Type.Integer(),
  resultReady: Type.Integer(),
  apologies: Type.Integer(),
  supplementRequested: Type.Integer(),
  refused: Type.Integer(),
  withdrawn: Type.Integer(),
})
export type DossierReportRow = Static<typeof DossierReportRow>

export const DossierReport = Type.Object({
  from: DayKey,
  to: DayKey,
  byService: Type.Array(DossierReportRow),
  byProcedure: Type.Array(DossierReportRow),
  total: DossierReportRow,
})
export type DossierReport = Static<typeof DossierReport>
