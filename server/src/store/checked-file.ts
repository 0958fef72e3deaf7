import type { Static, TSchema } from 'typebox'
import { Compile, type Validator } from 'typebox/compile'
import { refuseNewerFile } from './data-format.js'
import { CorruptFileError, readJson } from './durable-file.js'

const compiled = new WeakMap<TSchema, Validator>()

function validator(schema: TSchema): Validator {
  let v = compiled.get(schema)
  if (!v) compiled.set(schema, (v = Compile(schema)))
  return v
}

/**
 * What is wrong with `value` against `schema`, in a few words ("at /users/0/passwordHash: must be
 * string"), or null when it fits. One problem is enough to name: the operator fixes the file and retries.
 */
export function shapeProblem(schema: TSchema, value: unknown): string | null {
  const v = validator(schema)
  if (v.Check(value)) return null
  const first = [...v.Errors(value)][0]
  if (!first) return 'does not have the expected shape'
  return `does not have the expected shape at ${first.instancePath || '/'}: ${first.message}`
}

/** Checks a parsed value from `file` against `schema`; throws a CorruptFileError naming the file and the problem (a NewerDataError when a newer release wrote it). */
export function checkShape<S extends TSchema>(file: string, schema: S, value: unknown): Static<S> {
  refuseNewerFile(file, schema, value)
  const problem = shapeProblem(schema, value)
  if (problem !== null) throw new CorruptFileError(file, value === null ? 'holds null instead of its data' : problem)
  return value as Static<S>
}

/**
 * The one way a data file is read: null when it does not exist, else its content checked against
 * the shared schema. Unreadable, empty, cut short, not JSON, `null` or the wrong shape all throw a
 * CorruptFileError naming the file: nothing read from disk is cast or trusted.
 */
export async function readCheckedFile<S extends TSchema>(file: string, schema: S): Promise<Static<S> | null> {
  const read = await readJson(file)
  return read === null ? null : checkShape(file, schema, read.value)
}
