import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { EVENT_SCHEMAS, LATEST_VERSIONS, schemaDocument, schemaFileName, schemaId, schemaOf } from '../../schemas/catalog.ts';
import { identityOf } from '../auth/authenticate.ts';
import { ProblemError } from '../shared/problem.ts';
import { operation } from '../http/contract/operation.ts';

const CatalogAnswer = Type.Object({
  envelope: Type.Object({ description: Type.String(), schemaVersion: Type.String() }, { description: 'what every stored event carries around its data' }),
  // `$id` is a member of the answer, not a keyword: named by a pattern, so no schema tool takes it for a schema's id
  items: Type.Array(Type.Unsafe<unknown>({
    ...Type.Object({
      type: Type.String(),
      version: Type.Integer({ minimum: 0, description: '0: the shape stored before versioning of a type that has one' }),
      latest: Type.Boolean(),
      chain: Type.String(),
      title: Type.String(),
      file: Type.String(),
      href: Type.String({ description: 'GET it for the JSON Schema' }),
    }),
    patternProperties: { '^\\$id$': { type: 'string', description: 'the $id of the JSON Schema' } },
  })),
});

const Params = Type.Object({
  type: Type.String({ pattern: '^[A-Za-z][A-Za-z0-9]{0,99}$', description: 'event type, e.g. InitialCheckDeclared' }),
  version: Type.String({ pattern: '^v?\\d{1,4}$', description: 'schema version, e.g. 1 or v1' }),
});

const notFound = (type: string, version: string) =>
  new ProblemError(404, 'SCHEMA_NOT_FOUND', `没有该事件结构：${type} ${version}`, `No schema for ${type} ${version}`);

/**
 * The event catalog for integrators and auditors: every version of every event type as JSON Schema of its `data`
 * (schemas/json/, generated from schemas/events/). Any authenticated caller may read it, integrators included.
 */
export const schemaRoutes: FastifyPluginAsync = async (app) => {
  app.get('/schemas', {
    schema: operation({ id: 'listEventSchemas', tag: 'schemas', zh: '全部事件类型及版本', en: 'Every event type and version with its JSON Schema (any authenticated role, integrators included)', answers: { 200: CatalogAnswer } }),
  }, async (request) => {
    identityOf(request);
    return {
      envelope: {
        description: 'Each stored event: id, stream, revision, position, type, data (described by the schema), metadata (actor, occurredAt, recordedAt, correlationId, causationId, commandId, schemaVersion), prevHash, hash.',
        schemaVersion: 'metadata.schemaVersion; absent on events stored before versioning, which are version 1. Readers get every event upcast to the latest version.',
      },
      items: EVENT_SCHEMAS.map((s) => ({
        type: s.type,
        version: s.version,
        latest: LATEST_VERSIONS.get(s.type) === s.version,
        chain: s.chain,
        title: s.title,
        $id: schemaId(s),
        file: `schemas/json/${schemaFileName(s)}`,
        href: `/schemas/${s.type}/${s.version}`,
      })),
    };
  });

  app.get<{ Params: { type: string; version: string } }>('/schemas/:type/:version', {
    schema: {
      ...operation({
        id: 'getEventSchema', tag: 'schemas', zh: '某事件类型某版本的数据结构（JSON Schema）', en: "One version of one event type's data as JSON Schema (draft-07)",
        answers: { 200: { media: 'application/schema+json', schema: Type.Object({}, { additionalProperties: true, description: 'a JSON Schema (draft-07) document' }) } },
        problems: ['SCHEMA_NOT_FOUND'],
      }),
      params: Params,
    },
  }, async (request, reply) => {
    identityOf(request);
    const { type, version } = request.params;
    const schema = schemaOf(type, Number(version.replace(/^v/, '')));
    if (!schema) throw notFound(type, version);
    return reply.type('application/schema+json; charset=utf-8').send(JSON.stringify(schemaDocument(schema)));
  });
};
