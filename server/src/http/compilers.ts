import { createRequire } from 'node:module'
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox'
import type { FastifySchemaCompiler, FastifySerializerCompiler, FastifyServerOptions } from 'fastify'

type Serializer = (data: unknown) => string
type BuildSerializer = (schema: unknown) => Serializer

const require = createRequire(import.meta.url)
let fastJsonStringify: BuildSerializer | undefined

/** fast-json-stringify, loaded on first use: the module alone takes a tenth of a second to load. */
function stringifyFor(schema: unknown): Serializer {
  fastJsonStringify ??= require('fast-json-stringify') as BuildSerializer
  return fastJsonStringify(schema)
}

/**
 * Response serializers compiled on a route's first reply, not at start. Compiling the API's
 * hundred-odd response schemas took half a second before the server could listen; most routes
 * (reports, admin) are not used in the first minutes, and the first reply of each pays a few ms.
 * The schema still shapes every reply: fields it does not name are never sent.
 */
export const lazySerializerCompiler: FastifySerializerCompiler<unknown> = ({ schema }) => {
  let serialize: Serializer | undefined
  return (data) => (serialize ??= stringifyFor(schema))(data)
}

/**
 * For a reply its route builds from a few fields it names itself (the health check, polled by
 * supervisors and answered first after a start): JSON.stringify, so it never waits for
 * fast-json-stringify to load. Its schema still documents it.
 */
export const plainSerializerCompiler: FastifySerializerCompiler<unknown> = () => (data) => JSON.stringify(data)

/** TypeBox validators compiled on a route's first request, for the same reason. */
export const lazyValidatorCompiler: FastifySchemaCompiler<unknown> = (route) => {
  let validate: ReturnType<typeof TypeBoxValidatorCompiler> | undefined
  return (value) => (validate ??= TypeBoxValidatorCompiler(route as Parameters<typeof TypeBoxValidatorCompiler>[0]))(value)
}

/**
 * The compilers of a Fastify app made only to host Lượt (`buildApp`): with these, Fastify never
 * builds its default Ajv validator and serializer, which it otherwise makes at start for nothing.
 */
export const LAZY_COMPILERS: FastifyServerOptions['schemaController'] = {
  // Fastify's types name Ajv's schema type here; the compilers take any route schema
  compilersFactory: { buildValidator: () => lazyValidatorCompiler as never, buildSerializer: () => lazySerializerCompiler as never },
}

/** Loads the serializer module once the server listens, so the first reply does not wait for it. */
export function warmUpSerializers(): void {
  fastJsonStringify ??= require('fast-json-stringify') as BuildSerializer
}
