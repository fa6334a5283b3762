import { readdirSync, readFileSync } from 'node:fs';
import type { JsonObject } from '../src/shared/json.ts';
import { Upcasters } from '../src/store/upcasting.ts';
import type { EventSchema } from './define.ts';
import { fourCardEvents } from './events/four-card.ts';
import { householdEvents } from './events/household.ts';
import { listEvents } from './events/lists.ts';
import { monitoringEvents } from './events/monitoring.ts';
import { webhookEvents } from './events/webhooks.ts';
import { calendarEvents } from './events/calendar.ts';
import { regionEvents } from './events/regions.ts';
import { ledgerEvents } from './events/ledger.ts';
import { adjustmentRoundEvents, managementEvents } from './events/management.ts';
import { privacyEvents } from './events/privacy.ts';
import { surveyEvents } from './events/surveys.ts';
import { edgeEvents } from './events/edge.ts';
import { actionTeamEvents } from './events/action-team.ts';

/**
 * Every version of every event type the chains store. A new shape is a new version with an upcaster from the one
 * before it; no version is ever removed, because stored events keep the version they were written in.
 */
export const EVENT_SCHEMAS: readonly EventSchema[] = [...householdEvents, ...fourCardEvents, ...listEvents, ...monitoringEvents, ...webhookEvents, ...calendarEvents, ...regionEvents, ...ledgerEvents, ...managementEvents, ...adjustmentRoundEvents, ...privacyEvents, ...surveyEvents, ...edgeEvents, ...actionTeamEvents];

const key = (type: string, version: number) => `${type}@${version}`;
const byKey = new Map(EVENT_SCHEMAS.map((s) => [key(s.type, s.version), s]));

export const schemaOf = (type: string, version: number): EventSchema | undefined => byKey.get(key(type, version));

/** the newest version of each event type: what is written now */
export const LATEST_VERSIONS: ReadonlyMap<string, number> = EVENT_SCHEMAS.reduce(
  (m, s) => m.set(s.type, Math.max(m.get(s.type) ?? s.version, s.version)),
  new Map<string, number>(),
);

/** the registry the engine, the projections and every read use (src/services.ts) */
export const EVENT_UPCASTERS = new Upcasters(
  EVENT_SCHEMAS.flatMap((s) => (s.upcast ? [{ type: s.type, from: s.version, up: s.upcast }] : [])),
  LATEST_VERSIONS,
);

/** the catalog's own rules: versions of a type are contiguous, every older one upcasts, the newest does not */
export const catalogProblems = (schemas: readonly EventSchema[] = EVENT_SCHEMAS): string[] => {
  const problems: string[] = [];
  const versions = new Map<string, number[]>();
  for (const s of schemas) versions.set(s.type, [...(versions.get(s.type) ?? []), s.version]);
  for (const [type, vs] of versions) {
    const sorted = [...vs].sort((a, b) => a - b);
    if (new Set(sorted).size !== sorted.length) problems.push(`${type}: a version is defined twice`);
    const latest = sorted.at(-1) ?? 1;
    if (latest < 1) problems.push(`${type}: the newest version must be at least 1 (absent = v1)`);
    sorted.forEach((v, i) => {
      if (i > 0 && v !== (sorted[i - 1] ?? v) + 1) problems.push(`${type}: versions jump to v${v}`);
      const s = schemas.find((x) => x.type === type && x.version === v);
      if (v < latest && !s?.upcast) problems.push(`${type} v${v}: an older version needs an upcaster to v${v + 1}`);
      if (v === latest && s?.upcast) problems.push(`${type} v${v}: the newest version cannot upcast`);
    });
  }
  return problems;
};

export const JSON_SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#';
export const schemaFileName = (s: Pick<EventSchema, 'type' | 'version'>) => `${s.type}.v${s.version}.json`;
export const schemaId = (s: Pick<EventSchema, 'type' | 'version'>) => `urn:fupin:event:${s.type}:v${s.version}`;

/** the JSON Schema document of one version: it describes the event's `data`; the envelope is the store's */
export const schemaDocument = (s: EventSchema): JsonObject => {
  const data = JSON.parse(JSON.stringify(s.data)) as JsonObject;
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: schemaId(s),
    title: s.title,
    description: s.description,
    'x-event-type': s.type,
    'x-schema-version': s.version,
    'x-chain': s.chain,
    ...(s.upcast ? { 'x-upcast-to': s.version + 1 } : {}),
    ...data,
  };
};

export const renderSchemaFile = (s: EventSchema): string => `${JSON.stringify(schemaDocument(s), null, 2)}\n`;

/** every committed file, by name, as `npm run schemas` writes it */
export const renderSchemaFiles = (): Map<string, string> => new Map(EVENT_SCHEMAS.map((s) => [schemaFileName(s), renderSchemaFile(s)]));

export const SCHEMA_JSON_DIR = new URL('./json/', import.meta.url);

/** the committed files, by name */
export const committedSchemaFiles = (): Map<string, string> =>
  new Map(readdirSync(SCHEMA_JSON_DIR).filter((f) => f.endsWith('.json')).map((f) => [f, readFileSync(new URL(f, SCHEMA_JSON_DIR), 'utf8')]));
