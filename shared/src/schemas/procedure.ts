import Type, { type Static } from 'typebox'
import { Id, LocalizedName } from './common.js'
import { ProcessingTime } from './dossier.js'

/** One administrative procedure of the catalogue (thủ tục hành chính). */
export const Procedure = Type.Object(
  {
    id: Id,
    /** The national/province procedure code, e.g. "1.001234.000.00.00.H12"; optional. */
    code: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    name: LocalizedName,
    serviceId: Id,
    processing: ProcessingTime,
    /** Whether it is still offered; retired procedures stay for old dossiers and reports. */
    active: Type.Boolean(),
  },
  { additionalProperties: false },
)
export type Procedure = Static<typeof Procedure>

/**
 * POST /api/procedures/import (admin, body text/csv, UTF-8 with or without BOM, comma or semicolon):
 * header `code,name,name_en,service_id,amount,unit` (unit `ngày`/`days` or `giờ`/`hours`; name_en may be
 * empty: then the Vietnamese name). Rows with the same code (or, without a code, the same name) update
 * the existing procedure; others are added. All rows or none: any bad row → 400 PROCEDURE_IMPORT_INVALID
 * with the line numbers and reasons in `details`.
 */
export const ProcedureImportResult = Type.Object({ added: Type.Integer(), updated: Type.Integer(), total: Type.Integer() })
export type ProcedureImportResult = Static<typeof ProcedureImportResult>

/**
 * POST /api/procedures (admin; `id` optional: made from the code or the name) and PUT
 * /api/procedures/{id} (admin; `id` ignored, the path's wins): one procedure of the catalogue.
 * `active` defaults to true; a retired procedure (false) stays for old dossiers and reports.
 * Added by the server helper (not in the first contract).
 */
export const ProcedureInput = Type.Object(
  {
    id: Type.Optional(Id),
    code: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    name: LocalizedName,
    serviceId: Id,
    processing: ProcessingTime,
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)
export type ProcedureInput = Static<typeof ProcedureInput>
