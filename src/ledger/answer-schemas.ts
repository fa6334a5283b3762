import { Type } from 'typebox';
import type { TSchema } from 'typebox';
import { problemMachine } from '../../workflows/ledger/problem-machine.ts';
import { Actor, Instant, IsoDay, Nullable, Page, Revision, StringEnum, Uuid, displayProperties } from '../http/contract/types.ts';
import type { FieldsDeclared } from '../http/contract/types.ts';
import type { ProblemView } from './present.ts';

const Str = (description?: string) => Type.String(description ? { description } : {});
const Lists = Type.Object({
  measure: Str('整改措施'),
  responsible: Type.Object({ personId: Str(), name: Str('责任人'), unit: Str('责任单位') }),
  deadline: IsoDay('整改时限'),
}, { description: '四项清单 (with the problem itself)' });
const Signature = Nullable(Type.Object({ personId: Str(), at: Instant() }));

const problemProperties = {
  id: Uuid(),
  revision: Revision(),
  state: StringEnum(Object.keys(problemMachine.config.states ?? {}), 'the stage (workflows/ledger/problem-machine.ts)'),
  stateZh: displayProperties.stateZh,
  level: StringEnum(['household', 'county', 'township', 'village'], '户内问题 · 县级/镇级/村级层面 (面上问题)'),
  levelZh: Str(),
  regionCode: Str('village (12), township (9) or county (6) code'),
  townshipName: displayProperties.townshipName,
  villageName: displayProperties.villageName,
  householdId: Nullable(Uuid()),
  headName: displayProperties.headName,
  householdType: Nullable(StringEnum(['escaped', 'edgeProne', 'ordinary'])),
  householdTypeZh: Nullable(Str('脱贫户 / 边缘易致贫户 / 一般农户')),
  preset: Str('the problem types\' preset'),
  typeCode: Str(),
  typeZh: Str('问题类型'),
  itemCode: Nullable(Str()),
  itemZh: Nullable(Str('排查内容')),
  description: Str('具体内容'),
  campaignId: Nullable(Uuid()),
  listedVillageId: Nullable(Uuid()),
  foundBy: Nullable(Str()),
  foundAt: Nullable(Instant()),
  signatures: Type.Object({ countyGuidanceLeader: Signature, townshipWorkLeader: Signature }, { description: '县指导组组长 and 乡镇工作组组长 (001)' }),
  inLedger: Type.Boolean({ description: 'both leaders signed: the problem is in the ledger' }),
  enteredAt: Nullable(Instant()),
  lists: Nullable(Lists),
  listChanges: Type.Integer({ minimum: 0 }),
  claim: Nullable(Type.Object({ by: Str(), at: Instant(), result: Str('整改成效') })),
  failedVerifications: Type.Integer({ minimum: 0 }),
  escalatedAt: Nullable(Instant()),
  department: Nullable(Str('the department the county assigned')),
  departmentAnswer: Nullable(Str()),
  interviews: Type.Integer({ minimum: 0, description: '约谈 recorded' }),
  accountabilities: Type.Integer({ minimum: 0, description: '追责问责 recorded' }),
  monitoringCaseId: Nullable(Uuid('the monitoring case the finding opened')),
  closedAt: Nullable(Instant('销号')),
  overdue: Type.Boolean({ description: 'owed and past its deadline' }),
};
export const ProblemAnswer = Type.Object(problemProperties, { description: 'a problem of the rectification ledger' });
export const ProblemListAnswer = Page(ProblemAnswer, { regionCode: Str('the region the list covers (narrowed to your jurisdiction)') });
export const _problemFields: FieldsDeclared<ProblemView, typeof problemProperties> = true;

export const ProblemHistoryAnswer = Type.Object({
  id: Uuid(),
  steps: Type.Array(Type.Object({
    revision: Revision(),
    step: Str(),
    stepZh: Str(),
    actor: Actor,
    occurredAt: Instant(),
    recordedAt: Instant(),
    lateEntryReason: Nullable(Str()),
    data: Type.Object({}, { additionalProperties: true, description: 'what the step recorded' }),
  })),
});

const Free = (description: string): TSchema => Type.Object({}, { additionalProperties: true, description });

export const CampaignAnswer = Type.Object({
  id: Uuid(),
  revision: Revision(),
  state: StringEnum(['running', 'closed']),
  level: StringEnum(['county', 'township']),
  regionCode: Str(),
  name: Str(),
  preset: Str(),
  scope: Free('townships, villages and household types in scope'),
  stages: Type.Array(Type.Object({ code: Str(), zh: Str(), from: IsoDay(), to: IsoDay() })),
  reportDue: IsoDay(),
  teams: Type.Array(Type.Object({ teamId: Str(), members: Type.Array(Type.Object({ personId: Str(), name: Str() })), villages: Type.Array(Str()) })),
  pairs: Type.Array(Type.Object({ townshipCode: Str(), unit: Str() })),
  closedAt: Nullable(Instant()),
});

const Coverage = { due: Type.Integer({ minimum: 0 }), covered: Type.Integer({ minimum: 0 }), problems: Type.Integer({ minimum: 0 }) };
export const CampaignProgressAnswer = Type.Object({
  id: Uuid(),
  asOf: Instant(),
  stage: Nullable(Type.Object({ code: Str(), zh: Str(), from: IsoDay(), to: IsoDay() })),
  households: Type.Object(Coverage),
  villages: Type.Object({ due: Type.Integer({ minimum: 0 }), covered: Type.Integer({ minimum: 0 }) }),
  byVillage: Type.Array(Type.Object({ villageCode: Str(), villageName: displayProperties.villageName, ...Coverage, complete: Type.Boolean() })),
  byTeam: Type.Array(Type.Object({ teamId: Str(), villages: Type.Array(Str()), due: Type.Integer({ minimum: 0 }), covered: Type.Integer({ minimum: 0 }) })),
});

export const ListedVillageAnswer = Type.Object({
  id: Uuid(),
  revision: Revision(),
  villageCode: Str(),
  townshipName: displayProperties.townshipName,
  villageName: displayProperties.villageName,
  selection: Nullable(Type.Object({ baseYear: Type.Integer(), notEscapedPeople: Type.Integer(), threshold: Type.Integer() })),
  residentUnit: Str('驻村单位'),
  leader: Nullable(Type.Object({ personId: Str(), name: Str('督战领导') })),
  fromMonth: Str(),
  untilMonth: Str(),
  reported: Type.Array(Str(), { description: 'months whose progress report was filed' }),
  supervised: Type.Array(Str(), { description: 'months supervised' }),
});
export const ListedVillageListAnswer = Page(ListedVillageAnswer);

export const ProblemTypesAnswer = Type.Object({
  preset: Str(),
  zh: Str(),
  types: Type.Array(Type.Object({
    code: Str(), zh: Str(), group: Type.Optional(Str()), inSummary: Type.Boolean(),
    items: Type.Array(Type.Object({ code: Str(), zh: Str(), householdLevel: Type.Boolean() })),
  })),
});

export const LedgerTableAnswer = Type.Object({
  title: Str(),
  headers: Type.Array(Str()),
  rows: Type.Array(Type.Array(Str())),
  header: Free('the form\'s header fields (填报单位, 填报时间 …)'),
});
