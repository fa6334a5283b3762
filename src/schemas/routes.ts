import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { EVENT_SCHEMAS, LATEST_VERSIONS, schemaDocument, schemaFileName, schemaId, schemaOf } from '../../schemas/catalog.ts';
import { identityOf } from '../auth/authenticate.ts';
import { ProblemError } from '../shared/problem.ts';

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
    schema: { tags: ['schemas'], summary: 'Every event type and version with its JSON Schema (any authenticated role, integrators included)' },
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
    schema: { tags: ['schemas'], summary: "One version of one event type's data as JSON Schema (draft-07)", params: Params },
  }, async (request, reply) => {
    identityOf(request);
    const { type, version } = request.params;
    const schema = schemaOf(type, Number(version.replace(/^v/, '')));
    if (!schema) throw notFound(type, version);
    return reply.type('application/schema+json; charset=utf-8').send(JSON.stringify(schemaDocument(schema)));
  });
};
