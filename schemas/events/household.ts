import { Type } from 'typebox';
import { z } from 'zod';
import { HouseholdSchema } from '../../src/domain/household.ts';
import { defineEvent } from '../define.ts';
import { MachineVersion, Reason, Uuid, fromZod } from './common.ts';

/** 农户 (workflows/household): one stream per household, `household-<id>`. */
const event = defineEvent('household');

export const householdEvents = [
  event('HouseholdRegistered', 1, '农户登记 / Household registered', 'A household as investigated: head, members, incomes by year, exclusion facts.', Type.Object({
    machineVersion: MachineVersion,
    household: fromZod(HouseholdSchema),
  })),
  event('HouseholdFactsChanged', 1, '农户信息变更 / Household facts changed', 'The changed fields only (merged over the current facts), and why.', Type.Object({
    changes: fromZod(z.object(HouseholdSchema.shape).partial(), 'the new values of the changed fields (each as in a household)'),
    reason: Reason,
  })),
  event('ResidentClaimed', 1, '户主身份证号占用 / Resident ID claimed', "A registration's claim on the head's resident ID (stream `resident-claim-<sha256>`, internal): the first claim wins.", Type.Object({
    householdId: Uuid,
  })),
];
