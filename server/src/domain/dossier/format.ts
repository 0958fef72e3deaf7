/** A dossier code as slips, alerts and books print it: XXXXX-XXXXX-XXXXX (read aloud and typed in three groups). */
export const dashedCode = (code: string): string => `${code.slice(0, 5)}-${code.slice(5, 10)}-${code.slice(10)}`

/** "dd/mm/yyyy" of a day key, as Vietnamese forms write dates. */
export const dmy = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`
