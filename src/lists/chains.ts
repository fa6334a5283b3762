import { defineChain } from '../engine/chain.ts';
import { breach } from '../engine/invariants.ts';
import type { Invariant } from '../engine/invariants.ts';
import { LISTS_MACHINE_VERSION, meetingMachines, noticeMachines, roundMachines } from '../../workflows/registry.ts';

/** 民主评议 (000/003): party members, group leaders, poor households' and the public's representatives all attend */
const meetingAttended: Invariant = (step, world) => {
  if (step.type !== 'AppraisalMeetingRecorded') return null;
  const d = step.data as { villageCode: string; attendance: Record<string, number> };
  const min = world.policies.resolve(d.villageCode, Number(step.occurredAt.slice(0, 4))).appraisalMeeting;
  const required: [string, number, string, string][] = [
    ['partyMembers', min.minPartyMembers, '党员', 'party members'],
    ['groupLeaders', min.minGroupLeaders, '村民组长', 'group leaders'],
    ['poorHouseholdRepresentatives', min.minPoorHouseholdRepresentatives, '贫困户代表', "poor households' representatives"],
    ['publicRepresentatives', min.minPublicRepresentatives, '群众代表', "the public's representatives"],
  ];
  const short = required.filter(([key, n]) => (d.attendance[key] ?? 0) < n);
  if (short.length === 0) return null;
  return {
    ...breach('APPRAISAL_MEETING_ATTENDANCE', `民主评议会参会人员不足：${short.map(([, n, zh]) => `${zh}至少 ${n} 人`).join('，')}`,
      `The appraisal meeting lacks attendees: ${short.map(([, n, , en]) => `at least ${n} ${en}`).join(', ')}`, { attendance: d.attendance }),
    rules: short.map(([key, n, zh, en]) => ({ code: `MIN_${key}`, zh: `${zh}至少 ${n} 人`, en: `at least ${n} ${en}` })),
  };
};

const list = (name: string, machines: Parameters<typeof defineChain>[2], invariants: readonly Invariant[] = []) =>
  defineChain(name, LISTS_MACHINE_VERSION, machines, { invariants });

/** the steps that act on a village's or township's list: one stream per meeting, round and notice */
export const meetingChain = list('appraisal-meeting', meetingMachines, [meetingAttended]);
export const roundChain = list('spot-check-round', roundMachines);
export const noticeChain = list('notice', noticeMachines);
