import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { caseCommandRoute } from '../http/case-command-route.ts';
import type { CaseCommand, CaseKind } from '../http/case-command-route.ts';
import type { Services } from '../services.ts';
import { displayFor } from '../shared/display.ts';
import type { JsonObject } from '../shared/json.ts';
import { ManagementRecordAnswer } from './answer-schemas.ts';
import { managementChain } from './chain.ts';
import { presentRecord, recordAt } from './present.ts';
import type { ManagementRow } from './projection.ts';

/** management records as a kind of case for the shared one-step route (src/http/case-command-route.ts) */
export const managementRecords = (services: Services): CaseKind<ManagementRow> => ({
  tag: 'management',
  answer: ManagementRecordAnswer,
  chain: managementChain,
  get: (id) => services.management.get(id),
  regionOf: (row) => row.context.villageCode,
  present: (row, outcome, identity) => presentRecord(recordAt(row, outcome), displayFor(services, identity)),
});

export const managementStep = <S extends z.ZodType<{ occurredAt?: string }>>(app: FastifyInstance, services: Services, command: CaseCommand<ManagementRow, S>): void =>
  caseCommandRoute(app, services, managementRecords(services), command);

/** event data as stored: plain JSON (optional fields left out rather than undefined) */
export const asJson = (value: object): JsonObject => JSON.parse(JSON.stringify(value)) as JsonObject;
