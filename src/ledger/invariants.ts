import type { CampaignContext } from '../../workflows/ledger/campaign-machine.ts';
import type { FourLists, ProblemEventOf, SignerRole, SurveyTeam } from '../../workflows/ledger/events.ts';
import type { ListedVillageContext } from '../../workflows/ledger/listed-village-machine.ts';
import type { ProblemContext } from '../../workflows/ledger/problem-machine.ts';
import { chinaDateOf } from '../domain/dates.ts';
import { breach } from '../engine/invariants.ts';
import type { Invariant, Step } from '../engine/invariants.ts';
import { PROBLEM_TYPE_PRESETS } from './problem-types.ts';

/**
 * What must hold of every step of the ledger (seeds 000, 001, 004), whichever route sends it: the engine checks
 * these before each append; the procedure audit can run them over stored trails.
 */

const problemBefore = (step: Step): ProblemContext => step.before.context as ProblemContext;
const problemAfter = (step: Step): ProblemContext => step.after.context as ProblemContext;

const REGION_DIGITS: Readonly<Record<string, number>> = { household: 12, village: 12, township: 9, county: 6 };

/** a problem's type (and item) is one of the preset's; 户内问题 name a household and its type, 面上问题 a region of their level */
export const typeFromPolicy: Invariant = (step) => {
  if (step.type !== 'ProblemFound') return null;
  const d = step.data as unknown as ProblemEventOf<'ProblemFound'>;
  const type = PROBLEM_TYPE_PRESETS[d.preset]?.types.find((t) => t.code === d.typeCode);
  const judgedOn = { preset: d.preset, typeCode: d.typeCode, itemCode: d.itemCode, level: d.level };
  if (!type) return breach('PROBLEM_TYPE_UNKNOWN', `问题类型不在所用清单（${d.preset}）中`, `The problem type is not one of preset ${d.preset}`, judgedOn);
  const item = d.itemCode === null ? null : type.items.find((i) => i.code === d.itemCode);
  if (d.itemCode !== null && !item) return breach('PROBLEM_TYPE_UNKNOWN', '排查内容不属于该问题类型', 'The item is not one of the type\'s items', judgedOn);
  if (d.level === 'household' && item && !item.householdLevel) {
    return breach('PROBLEM_LEVEL_MISMATCH', '该排查内容属面上问题，不能作为户内问题登记', 'This item is an area-level matter: it cannot be a household problem', judgedOn);
  }
  if ((d.level === 'household') !== (d.householdId !== null) || (d.level === 'household') !== (d.householdType !== null)) {
    return breach('PROBLEM_LEVEL_MISMATCH', '户内问题须指明农户及户类型，面上问题不指明农户', 'A household problem names the household and its type; an area-level one names none', judgedOn);
  }
  if (d.regionCode.length !== REGION_DIGITS[d.level]) {
    return breach('PROBLEM_LEVEL_MISMATCH', '问题所在区划与问题层级不符', 'The region code does not match the problem\'s level', { ...judgedOn, regionCode: d.regionCode });
  }
  return null;
};

const COUNTY_CAPACITIES: readonly string[] = ['countyOffice', 'countyInspector'];
const TOWNSHIP_CAPACITIES: readonly string[] = ['townshipApprover', 'townshipReviewer'];

/**
 * 001: a problem enters the ledger when the county guidance-group leader and the township work-group leader have
 * signed it — each in their own capacity and jurisdiction, and two different people.
 */
export const signedByBothLeaders: Invariant = (step) => {
  if (step.type !== 'ProblemSigned') return null;
  const as = (step.data as unknown as { as: SignerRole }).as;
  const c = problemBefore(step);
  const capacity = step.actor.capacity ?? '';
  const jurisdiction = step.actor.jurisdiction ?? '';
  const judgedOn = { as, capacity, jurisdiction, regionCode: c.regionCode };
  const rightCapacity = as === 'countyGuidanceLeader'
    ? COUNTY_CAPACITIES.includes(capacity) && jurisdiction.length <= 6
    : TOWNSHIP_CAPACITIES.includes(capacity) && jurisdiction.length === 9;
  if (!rightCapacity) {
    return breach('LEDGER_SIGNER_CAPACITY', as === 'countyGuidanceLeader' ? '县指导组组长须以县级身份签字' : '乡镇工作组组长须以乡镇身份签字',
      as === 'countyGuidanceLeader' ? 'The county guidance-group leader signs as a county official' : 'The township work-group leader signs as a township official', judgedOn);
  }
  const other = c.signatures[as === 'countyGuidanceLeader' ? 'townshipWorkLeader' : 'countyGuidanceLeader'];
  if (other && other.personId === step.actor.id) {
    return breach('LEADERS_ARE_TWO_PEOPLE', '县指导组组长与乡镇工作组组长须由两人分别签字', 'The two leaders are two different people', judgedOn);
  }
  return null;
};

/** 整改时限 is a day after the problem was found */
const listsHold = (lists: FourLists, foundAt: string | null): boolean =>
  foundAt === null || lists.deadline >= chinaDateOf(foundAt);

export const deadlineAfterFinding: Invariant = (step) => {
  const lists = step.type === 'ProblemListsSet' || step.type === 'ProblemListsChanged' ? (step.data as unknown as { lists: FourLists }).lists
    : step.type === 'ProblemDepartmentAnswered' ? (step.data as unknown as { lists: FourLists | null }).lists : null;
  if (!lists) return null;
  const foundAt = problemBefore(step).foundAt;
  return listsHold(lists, foundAt) ? null
    : breach('DEADLINE_BEFORE_FINDING', '整改时限早于问题发现日期', 'The deadline is before the day the problem was found', { deadline: lists.deadline, foundAt });
};

/** the four lists change only with a reason, and a change changes something */
export const changeWithReason: Invariant = (step) => {
  if (step.type !== 'ProblemListsChanged') return null;
  const d = step.data as unknown as { lists: FourLists; reason: string };
  if (d.reason.trim() === '') return breach('CHANGE_REASON_REQUIRED', '变更四项清单须说明理由', 'A change of the four lists needs a reason');
  const before = problemBefore(step).lists;
  return before && JSON.stringify(before) === JSON.stringify(d.lists)
    ? breach('NOTHING_CHANGED', '四项清单没有变化', 'The four lists are as they were', { lists: d.lists })
    : null;
};

/** 实地核验 by someone other than who claimed the rectification */
export const verifiedByAnother: Invariant = (step) => {
  if (step.type !== 'ProblemVerified') return null;
  const claim = problemBefore(step).claim;
  return claim && claim.by === step.actor.id
    ? breach('VERIFIER_IS_RECTIFIER', '整改核验须由整改人以外的人员实地进行', 'The rectification is verified on site by someone other than who rectified it', { rectifiedBy: claim.by, verifiedBy: step.actor.id })
    : null;
};

/** the department answers only for itself: the one the county assigned */
export const answeredByTheDepartment: Invariant = (step) => {
  if (step.type !== 'ProblemDepartmentAnswered') return null;
  const department = problemAfter(step).department;
  const organisation = step.actor.organisation ?? null;
  return organisation !== null && department !== null && organisation !== department
    ? breach('NOT_THE_ASSIGNED_DEPARTMENT', '只有交办的部门可以答复', 'Only the department the problem was assigned to answers it', { department, organisation })
    : null;
};

export const problemInvariants: readonly Invariant[] = [typeFromPolicy, signedByBothLeaders, deadlineAfterFinding, changeWithReason, verifiedByAnother, answeredByTheDepartment];

/** survey teams are teams of two (000: 两人一组), each person in one team */
export const teamsOfTwo: Invariant = (step) => {
  if (step.type !== 'CampaignTeamsFormed') return null;
  const teams = (step.data as unknown as { teams: SurveyTeam[] }).teams;
  const c = step.before.context as CampaignContext;
  const others = c.teams.filter((t) => !teams.some((n) => n.teamId === t.teamId)).flatMap((t) => t.members.map((m) => m.personId));
  const seen = new Set(others);
  for (const team of teams) {
    if (team.members.length !== 2 || team.members[0]?.personId === team.members[1]?.personId) {
      return breach('TEAM_OF_TWO', '调查组须由两人组成', 'A survey team is two people', { teamId: team.teamId, members: team.members.length });
    }
    for (const m of team.members) {
      if (seen.has(m.personId)) return breach('TEAM_OF_TWO', '同一人只能在一个调查组', 'A person is in one team only', { teamId: team.teamId, personId: m.personId });
      seen.add(m.personId);
    }
    const outside = team.villages.find((v) => !v.startsWith(c.regionCode));
    if (outside) return breach('OUTSIDE_CAMPAIGN_SCOPE', '调查组负责的村不在本次排查范围内', 'A team\'s village lies outside the campaign', { villageCode: outside });
  }
  return null;
};

/** stages run in order, each ending no earlier than it starts; the report is due no earlier than the last stage starts */
export const stagesInOrder: Invariant = (step) => {
  if (step.type !== 'CampaignPlanned') return null;
  const d = step.data as unknown as { stages: { code: string; from: string; to: string }[]; reportDue: string };
  let previous = '';
  for (const s of d.stages) {
    if (s.to < s.from || s.from < previous) return breach('STAGES_OUT_OF_ORDER', '排查阶段的起止日期顺序不对', 'The campaign\'s stages are not in order', { stage: s.code, from: s.from, to: s.to });
    previous = s.from;
  }
  return d.reportDue < previous ? breach('STAGES_OUT_OF_ORDER', '报告时间早于最后阶段开始', 'The report is due before the last stage starts', { reportDue: d.reportDue }) : null;
};

/** visits lie in the campaign's scope */
export const visitsInScope: Invariant = (step) => {
  if (step.type !== 'CampaignHouseholdsVisited') return null;
  const c = step.before.context as CampaignContext;
  const village = (step.data as unknown as { villageCode: string }).villageCode;
  const inScope = village.startsWith(c.regionCode) && (c.scope.villages.length === 0 || c.scope.villages.includes(village))
    && (c.scope.townships.length === 0 || c.scope.townships.includes(village.slice(0, 9)));
  return inScope ? null : breach('OUTSIDE_CAMPAIGN_SCOPE', '入户的村不在本次排查范围内', 'The village lies outside the campaign', { villageCode: village });
};

/** a county campaign covers a county, a township one a township; its scope lies inside it */
export const scopeInRegion: Invariant = (step) => {
  if (step.type !== 'CampaignPlanned') return null;
  const d = step.data as unknown as { level: string; regionCode: string; scope: { townships: string[]; villages: string[] } };
  const outside = [...d.scope.townships, ...d.scope.villages].find((code) => !code.startsWith(d.regionCode));
  if (d.regionCode.length !== (d.level === 'county' ? 6 : 9) || outside !== undefined) {
    return breach('OUTSIDE_CAMPAIGN_SCOPE', '排查范围不在组织排查的县或乡镇内', 'The scope lies outside the county or township that runs the campaign', { level: d.level, regionCode: d.regionCode, outside: outside ?? null });
  }
  return null;
};

export const campaignInvariants: readonly Invariant[] = [scopeInRegion, teamsOfTwo, stagesInOrder, visitsInScope];

/** 000: listed on the selection's figure — at least the policy's number of people not escaped at the end of the base year */
export const listedOnPolicy: Invariant = (step, world) => {
  if (step.type !== 'VillageListed') return null;
  const d = step.data as unknown as { villageCode: string; selection: { baseYear: number; notEscapedPeople: number; threshold: number } };
  const threshold = world.policies.resolve(d.villageCode, d.selection.baseYear).ledger.listedVillageMinNotEscaped;
  if (d.selection.threshold !== threshold || d.selection.notEscapedPeople < threshold) {
    return breach('NOT_A_LISTED_VILLAGE', `挂牌督战村须为 ${d.selection.baseYear} 年底未脱贫人口不少于 ${threshold} 人的村`, `A listed village has at least ${threshold} people not escaped at the end of ${d.selection.baseYear}`,
      { ...d.selection, policyThreshold: threshold });
  }
  return null;
};

/** a month's report is filed in its last third (每月下旬) or later, never before */
export const reportInLastThird: Invariant = (step, world) => {
  if (step.type !== 'ListedVillageReportFiled') return null;
  const month = (step.data as unknown as { month: string }).month;
  const c = step.before.context as ListedVillageContext;
  const fromDay = world.policies.resolve(c.villageCode, Number(month.slice(0, 4))).ledger.monthlyReportFromDay;
  const earliest = `${month}-${String(fromDay).padStart(2, '0')}`;
  return chinaDateOf(step.occurredAt) < earliest
    ? breach('REPORT_TOO_EARLY', `月进展报告于每月 ${fromDay} 日起报送`, `The month's report is filed from day ${fromDay} of the month`, { month, occurredAt: step.occurredAt, earliest })
    : null;
};

export const listedVillageInvariants: readonly Invariant[] = [listedOnPolicy, reportInLastThird];
