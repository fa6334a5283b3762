import { Type } from 'typebox';
import { z } from 'zod';
import { HouseholdSchema } from '../../src/domain/household.ts';
import { defineEvent } from '../define.ts';
import { MachineVersion, Opinion, Reason, Rule, Uuid, fromZod } from './common.ts';

/** 农户 (workflows/household): one stream per household, `household-<id>`. */
const event = defineEvent('household');

export const householdEvents = [
  event('HouseholdRegistered', 1, '农户登记 / Household registered', 'A household as investigated: head, members, incomes by year, exclusion facts.', Type.Object({
    machineVersion: MachineVersion,
    household: fromZod(HouseholdSchema),
    warnings: Type.Optional(Type.Array(Rule, { description: 'seed 002 logic checks that only warn' })),
  })),
  event('HouseholdFactsChanged', 1, '农户信息变更 / Household facts changed', 'The changed fields only (merged over the current facts), and why.', Type.Object({
    changes: fromZod(z.object(HouseholdSchema.shape).partial(), 'the new values of the changed fields (each as in a household)'),
    reason: Reason,
    warnings: Type.Optional(Type.Array(Rule, { description: 'seed 002 logic checks that only warn' })),
  })),
  event('HouseholdDataReviewed', 1, '农户信息审核 / Household data reviewed', 'Seed 002: the entered facts reviewed by a second person (1人审核).', Type.Object({
    opinion: Opinion,
    householdRevision: Type.Integer({ minimum: 0, description: 'the revision of the household stream that was reviewed' }),
  })),
  event('HouseholdDataSupervised', 1, '农户信息监督 / Household data supervised', 'Seed 002: the entry and its review supervised by a third person (1人监督).', Type.Object({
    opinion: Opinion,
    householdRevision: Type.Integer({ minimum: 0, description: 'the revision of the household stream at supervision' }),
  })),
  event('ResidentClaimed', 1, '户主身份证号占用 / Resident ID claimed', "A registration's claim on the head's resident ID (stream `resident-claim-<sha256>`, internal): the first claim wins.", Type.Object({
    householdId: Uuid,
  })),
];
