/**
 * The examples of the OpenAPI document: one campaign in 华容县 (430623), 团洲乡 (430623101), village 430623101201,
 * with valid resident IDs (check digits computed) and instants in China time or UTC. The same ids throughout, so a
 * reader can follow a household from its registration to its notice.
 */
export const EX = {
  county: '430623',
  township: '430623101',
  village: '430623101201',
  householdId: '0d3c5a52-1f7e-4b8a-9c2e-6a41f0b7d913',
  designationId: '5b0c3c1e-7d1a-4f0e-9a43-2f6c1d8e4a10',
  meetingId: '8e2f7a90-3c4d-4e5f-8a1b-2c3d4e5f6a7b',
  roundId: 'c41d9e2a-6b7c-4d8e-9f01-a2b3c4d5e6f7',
  noticeId: 'f7e6d5c4-b3a2-4190-8877-665544332211',
  townshipNoticeId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  caseId: '3f9a1b2c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  objectionId: '6d5c4b3a-2910-4876-9543-210fedcba987',
  webhookId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  /** 张三, head of household, born 1968-09-23 */
  headResidentId: '430623196809230172',
  spouseResidentId: '430623197002140285',
  childResidentId: '430623201207010352',
  investigator: { id: 'inv-zhang', name: '王五', organisation: '团洲乡扶贫工作站', capacity: 'investigator', jurisdiction: '430623101201' },
  reviewer: { id: 'tr-li', name: '李四', organisation: '团洲乡人民政府', capacity: 'townshipReviewer', jurisdiction: '430623101' },
  declaredAt: '2026-03-18T09:30:00.000Z',
  reviewedAt: '2026-03-26T10:00:00+08:00',
  noticeStartsAt: '2026-04-03T09:00:00+08:00',
  noticeEndsAt: '2026-04-10T16:00:00.000Z',
} as const;

/** 张三's household as registered (the body of POST /households) */
export const EXAMPLE_HOUSEHOLD = {
  head: '张三',
  residentId: EX.headResidentId,
  villageCode: EX.village,
  group: '3组',
  members: [
    { name: '张三', relation: 'head', residentId: EX.headResidentId, studentStatus: 'none', health: { status: 'chronic-illness' }, labour: 'weak', employment: { place: 'none' } },
    { name: '李梅', relation: 'spouse', residentId: EX.spouseResidentId, studentStatus: 'none', health: { status: 'healthy' }, labour: 'normal', employment: { place: 'within-county', monthsPerYear: 6 } },
    { name: '张小明', relation: 'child', residentId: EX.childResidentId, studentStatus: 'compulsory', health: { status: 'healthy' }, labour: 'none', employment: { place: 'none' } },
  ],
  registration: 'registered',
  povertyStatus: 'escaped',
  mainCauseOfPoverty: 'illness',
  incomes: { 2025: { wage: 6000, business: 1500, property: 0, transfer: 1200, productionCosts: 700 } },
  risks: [{ kind: 'illness' }],
};

/** a designation as it stands after the township confirmed it */
export const EXAMPLE_DESIGNATION = {
  id: EX.designationId,
  householdId: EX.householdId,
  villageCode: EX.village,
  year: 2026,
  state: 'awaitingSpotCheck',
  stepZh: '待县级抽查',
  stateZh: '待县级抽查',
  headName: '张*',
  townshipName: '团洲乡',
  villageName: '团洲村',
  card: 'yellow',
  cardZh: '黄卡',
  warnings: [],
  revision: 3,
  machineVersion: 'four-card@1',
  declaredBy: EX.investigator.id,
  spotCheck: null,
  notice: null,
  openObjections: [],
  notices: [],
  objections: [],
  reportedTo: null,
  completedAt: null,
  declaredAt: EX.declaredAt,
  updatedAt: '2026-03-26T02:00:00.000Z',
};
