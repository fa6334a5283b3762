import { Type } from 'typebox';
import { fourCardMachine } from '../../workflows/four-card/machine.ts';
import { EX, EXAMPLE_DESIGNATION } from '../http/contract/examples.ts';
import { Actor, Free, FreeObject, Instant, ObjectionView, displayProperties, localDays, Nullable, Revision, RuleNote, StringEnum, Uuid, VillageCode } from '../http/contract/types.ts';
import type { FieldsDeclared } from '../http/contract/types.ts';
import type { DesignationView } from './present.ts';

/** the states of the four-card machine (workflows/four-card/machine.ts): what `state` may be */
export const DESIGNATION_STATES = Object.keys(fourCardMachine.config.states ?? {});

const SpotCheckProgress = Type.Object({
  roundId: Uuid(),
  outcome: Nullable(StringEnum(['confirmed', 'adjusted', 'sentBack', 'refused'])),
  card: Nullable(StringEnum(['red', 'yellow', 'green', 'blue'])),
  signers: Type.Array(Type.String(), { description: 'the inspectors who signed so far' }),
}, { description: '县级抽查: the round it was sampled in and the signatures so far' });

/** the fields of presentDesignation (src/designations/present.ts) */
export const designationProperties = {
  id: Uuid(),
  householdId: Uuid(),
  villageCode: VillageCode(),
  year: Type.Integer({ description: 'the designation year: whose policy applies' }),
  state: StringEnum(DESIGNATION_STATES, 'the step it is at (workflows/four-card/machine.ts)'),
  stepZh: Type.String({ description: '环节名称, e.g. 待乡镇复核' }),
  ...displayProperties,
  cardZh: Nullable(Type.String({ description: '卡别名称, e.g. 黄卡' })),
  card: Nullable(StringEnum(['red', 'yellow', 'green', 'blue'], '红卡 red · 黄卡 yellow · 绿卡 green · 蓝卡 blue')),
  warnings: Type.Array(RuleNote, { description: 'rules the case came close to: every later signer sees them' }),
  revision: Revision(),
  machineVersion: Type.String({ description: 'the machine version the stream was started with', examples: ['four-card@1'] }),
  declaredBy: Nullable(Type.String({ description: 'who did the initial check' })),
  spotCheck: Nullable(SpotCheckProgress),
  notice: Nullable(Type.Object({ id: Uuid(), startsAt: Instant(), endsAt: Instant(), ...localDays }, { description: 'the first notice it was posted on' })),
  notices: Type.Array(Type.Object({ id: Uuid(), level: StringEnum(['village', 'township'], '村级 or 乡镇级 board'), startsAt: Instant(), endsAt: Instant(), ...localDays }), { description: 'every notice it was posted on (乡、村两级张榜公示)' }),
  openObjections: Type.Array(Uuid(), { description: 'objections raised and not yet resolved' }),
  objections: Type.Array(ObjectionView, { description: 'every objection raised, with its summary and resolution' }),
  completedAt: Nullable(Instant('when it was designated and reported to the county')),
  reportedTo: Nullable(Type.String({ description: 'the county the result was reported to (上报县扶贫办), once completed' })),
  declaredAt: Instant('when the declaration was recorded'),
  updatedAt: Instant('when its last step was recorded'),
};

/** a designation as its commands and reads answer it */
export const DesignationAnswerSchema = Type.Object(designationProperties, {
  $id: 'DesignationAnswer',
  description: '红黄绿蓝卡认定: a household\'s designation, its step, card, warnings, spot check and notice',
  examples: [EXAMPLE_DESIGNATION],
});
export const DesignationAnswer = Type.Unsafe<unknown>({ $ref: 'DesignationAnswer#' });

export const DesignationListAnswer = Type.Object({
  total: Type.Integer({ minimum: 0 }),
  items: Type.Array(DesignationAnswer),
});

export const DesignationWorklistAnswer = Type.Object({
  role: Type.String(),
  regionCode: Type.String({ description: 'the region the worklist covers' }),
  total: Type.Integer({ minimum: 0 }),
  items: Type.Array(DesignationAnswer),
});

/** one step of a designation's trail (src/designations/history.ts) */
export const HistoryStepSchema = Type.Object({
  revision: Revision(),
  position: Type.Integer({ minimum: 0, description: 'global feed position' }),
  step: Type.String({ description: 'the event type, e.g. TownshipReviewed' }),
  schemaVersion: Type.Integer({ minimum: 0, description: 'the stored version of the event schema (0: the shape stored before versioning, where a type has one)' }),
  actor: Actor,
  occurredAt: Instant('when it happened in the field'),
  recordedAt: Instant('when it was recorded'),
  opinion: Free('the opinion, reason or summary given (text), or null'),
  card: Free('the card set or proposed, or null'),
  perCapitaIncome: Free('per-capita net income judged (yuan), or null'),
  signatures: Free('the signatures of an appraisal decision, or null'),
  warnings: Free('rules the step warned about, or null'),
  evidence: FreeObject('what the step rests on: household revision, suggestion, meeting, round, notice, objection ids'),
  noticeLevel: Nullable(StringEnum(['village', 'township'], 'the board of a NoticePosted step')),
  reportedTo: Nullable(Type.String({ description: 'the county a completion was reported to' })),
  lateEntryReason: Nullable(Type.String({ description: 'why the step was entered after the late-entry window (补录)' })),
  hash: Type.String(),
  prevHash: Type.String(),
  linkVerified: Type.Boolean({ description: 'this step hashes to `hash` and follows the step before it' }),
}, { $id: 'DesignationHistoryStep' });

export const DesignationHistoryAnswer = Type.Object({
  id: Uuid(),
  steps: Type.Array(Type.Unsafe<unknown>({ $ref: 'DesignationHistoryStep#' })),
  objections: Type.Array(ObjectionView, { description: 'every objection raised, with its summary and resolution' }),
});

/** GET /designations/{id}/state: the designation as of a revision or instant, rebuilt by replay */
export const DesignationStateAnswer = Type.Object({
  ...designationProperties,
  asOf: Type.Object({ revision: Nullable(Type.Integer()), at: Nullable(Instant()) }),
  lastStep: Type.Object({
    revision: Revision(),
    step: Type.String(),
    actor: Actor,
    occurredAt: Instant(),
    recordedAt: Instant(),
    hash: Type.String(),
  }),
});

export const DECLARE_EXAMPLE = { householdId: EX.householdId, year: 2026, proposedCard: 'yellow', opinion: '入户核实：户主慢性病，2025 年人均纯收入低于标准，建议黄卡', occurredAt: '2026-03-18T15:00:00+08:00' };

// presentDesignation (src/designations/present.ts) answers nothing the schema lacks: a new field fails tsc here
const designationFieldsDeclared: FieldsDeclared<DesignationView, typeof designationProperties> = true;
void designationFieldsDeclared;
