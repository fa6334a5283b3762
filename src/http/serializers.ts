import fastJsonStringify from 'fast-json-stringify';
import type { FastifyInstance } from 'fastify';

type Serialize = (doc: unknown) => string;

/**
 * Answers' serializers, compiled once per schema and shared. Fastify compiles a serializer for every status of
 * every route when the app starts; most of those are the same schema (the problem answers of ~100 routes) and the
 * compilation was 60 % of start-up (2.5–4 s here). Keyed by the schema's text: the shared schemas the text refers
 * to ($ref by $id, src/http/contract/shared.ts) are constants of the process, so equal text serializes equally;
 * each serializer gets its own copy of them, so nothing an app does to its schemas later (the OpenAPI document is
 * built from them) reaches a serializer another app shares.
 */
const compiled = new Map<string, Serialize>();

export const registerSharedSerializers = (app: FastifyInstance): void => {
  app.setSerializerCompiler(({ schema }) => {
    const key = JSON.stringify(schema);
    let serialize = compiled.get(key);
    if (!serialize) {
      serialize = fastJsonStringify(schema as Parameters<typeof fastJsonStringify>[0], { schema: structuredClone(app.getSchemas()) as Record<string, Parameters<typeof fastJsonStringify>[0]> }) as Serialize;
      compiled.set(key, serialize);
    }
    return serialize;
  });
};
