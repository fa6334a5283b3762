import { Type } from 'typebox';
import { z } from 'zod';
import { HouseholdFieldsSchema, HouseholdSchema } from '../../src/domain/household.ts';
import { innerSchema } from '../../src/domain/household-patch.ts';
import { jsonSchemaOf } from '../../src/http/zod-schema.ts';
import type { JsonObject } from '../../src/shared/json.ts';
import { defineEvent } from '../define.ts';
import { MachineVersion, Opinion, Reason, Rule, Uuid, fromZod } from './common.ts';

/** 农户 (workflows/household): one stream per household, `household-<id>`. */
const event = defineEvent('household');

const orNull = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });

/**
 * The JSON Schema of a merge patch of a value of `schema`: an object's (or a record's) keys are each optional and
 * patch its values, null removes; anything else (an array, a string …) is a whole value. Built from the
 * household's zod schema, so it cannot drift from what the command validates.
 */
const patchOf = (schema: z.ZodType): Record<string, unknown> => {
  const inner = innerSchema(schema);
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>;
    return { type: 'object', additionalProperties: false, properties: Object.fromEntries(Object.entries(shape).map(([key, s]) => [key, orNull(patchOf(s))])) };
  }
  if (inner instanceof z.ZodRecord) {
    return { type: 'object', propertyNames: jsonSchemaOf(inner.keyType as z.ZodType), additionalProperties: orNull(patchOf(inner.valueType as z.ZodType)) };
  }
  return jsonSchemaOf(inner);
};

/** v1 recorded `changes` whose fields each replaced the recorded one; v2 reads them as such (`shallow`) */
const factsChangedV1toV2 = (data: JsonObject): JsonObject => {
  const { changes, ...rest } = data;
  return { ...rest, patch: changes ?? {}, shallow: true };
};

export const householdEvents = [
  event('HouseholdRegistered', 1, '农户登记 / Household registered', 'A household as investigated: head, members, incomes by year, exclusion facts.', Type.Object({
    machineVersion: MachineVersion,
    household: fromZod(HouseholdSchema),
    warnings: Type.Optional(Type.Array(Rule, { description: 'seed 002 logic checks that only warn' })),
  })),
  event('HouseholdFactsChanged', 1, '农户信息变更 (v1) / Household facts changed, field by field', 'Legacy shape: each field in `changes` replaced the recorded one whole (an `incomes` without a year dropped it). Read as v2 with `shallow: true`.', Type.Object({
    changes: fromZod(z.object(HouseholdSchema.shape).partial(), 'the new values of the changed fields (each as in a household)'),
    reason: Reason,
    warnings: Type.Optional(Type.Array(Rule, { description: 'seed 002 logic checks that only warn' })),
  }), factsChangedV1toV2),
  event('HouseholdFactsChanged', 2, '农户信息变更 / Household facts changed', 'What changed, as a JSON Merge Patch (RFC 7396) of the household facts: only the changed fields; objects (exclusions, incomes by year, livelihood) merge key by key, arrays (members, risks …) are whole, null removes (a nullable field such as povertyStatus becomes null). Applied to the facts before, it gives the facts after.', Type.Object({
    patch: Type.Unsafe<JsonObject>({ ...patchOf(HouseholdFieldsSchema), description: 'the merge patch as applied (normalised: exactly what changed)' }),
    shallow: Type.Optional(Type.Literal(true, { description: 'only on v1 events read as v2: each top-level field of `patch` replaces the recorded one whole' })),
    reason: Reason,
    warnings: Type.Optional(Type.Array(Rule, { description: 'seed 002 logic checks that only warn' })),
    edgeCaseId: Type.Optional(Type.String({ format: 'uuid', description: 'the approved edge identification (边缘户名单, stream `edge-<id>`) a change to `registration: edge` comes from: the household chain accepts edge from nothing else' })),
  })),
  event('HouseholdDataReviewed', 1, '农户信息审核 / Household data reviewed', 'Seed 002: the entered facts reviewed by a second person (1人审核).', Type.Object({
    opinion: Opinion,
    householdRevision: Type.Integer({ minimum: 0, description: 'the revision of the household stream that was reviewed' }),
  })),
  event('HouseholdDataSupervised', 1, '农户信息监督 / Household data supervised', 'Seed 002: the entry and its review supervised by a third person (1人监督).', Type.Object({
    opinion: Opinion,
    householdRevision: Type.Integer({ minimum: 0, description: 'the revision of the household stream at supervision' }),
  })),
  event('HouseholdPersonalDataErased', 1, '个人信息删除 / Personal data erased', "PIPL art. 47: the household's personal data (names, resident IDs, birth dates) erased by destroying its data key (src/privacy). Every earlier event stays and verifies; its sealed values read as erased from now on.", Type.Object({
    reason: Reason,
    basis: Type.Union([
      Type.Literal('purpose-fulfilled'), Type.Literal('consent-withdrawn'), Type.Literal('retention-ended'), Type.Literal('unlawful-processing'), Type.Literal('other'),
    ], { description: 'PIPL art. 47 (1)-(5): 处理目的已实现 / 撤回同意 / 保存期限已届满 / 违法处理 / 其他' }),
  })),
  event('ResidentClaimed', 1, '户主身份证号占用 / Resident ID claimed', "A registration's claim on the head's resident ID (stream `resident-claim-<sha256>`, internal): the first claim wins.", Type.Object({
    householdId: Uuid,
  })),
  event('ResidentClaimReleased', 1, '户主身份证号释放 / Resident ID released', "A wrong resident ID corrected away from a household: its claim released, so the person it belongs to can be registered (stream `resident-claim-…`, internal).", Type.Object({
    householdId: Uuid,
  })),
];
