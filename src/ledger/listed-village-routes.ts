import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { authorize, authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import type { Identity } from '../auth/identity.ts';
import { caseCommandRoute } from '../http/case-command-route.ts';
import type { CaseCommand, CaseKind } from '../http/case-command-route.ts';
import { commandContext, withEtag } from '../http/command-context.ts';
import { operation } from '../http/contract/operation.ts';
import { READ, READ_ONE } from '../http/contract/groups.ts';
import { narrowRegion } from '../http/region-filter.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { asJson } from '../monitoring/cases.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import { displayFor } from '../shared/display.ts';
import { derivedId } from '../shared/ids.ts';
import { ProblemError } from '../shared/problem.ts';
import { LISTED_VILLAGE_MACHINE_VERSION } from '../../workflows/registry.ts';
import { ListedVillageAnswer, ListedVillageListAnswer } from './answer-schemas.ts';
import { ListVillageBody, ReportBody, SupervisionBody } from './bodies.ts';
import { listedVillageChain } from './chains.ts';
import { presentListedVillage } from './present.ts';
import type { ListedVillageRow } from './projection.ts';

const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;

const alreadyListed = (id: string) => new ProblemError(409, 'VILLAGE_ALREADY_LISTED', '该村已挂牌督战', 'The village is already listed', { listedVillageId: id });

/** 挂牌督战 (000) over HTTP: the register of listed villages, their monthly reports and supervision */
export const registerListedVillageRoutes = (app: FastifyInstance, services: Services): void => {
  const present = (row: ListedVillageRow, identity: Identity | null) => presentListedVillage(row, displayFor(services, identity));
  const kind: CaseKind<ListedVillageRow> = {
    tag: 'ledger', answer: ListedVillageAnswer, chain: listedVillageChain,
    get: (id) => services.listedVillages.get(id), regionOf: (row) => row.context.villageCode, present: (row, _o, identity) => present(row, identity),
  };
  const step = <S extends z.ZodType<{ occurredAt?: string; lateEntryReason?: string }>>(spec: CaseCommand<ListedVillageRow, S>) => caseCommandRoute(app, services, kind, spec);

  app.post('/listed-villages', {
    schema: {
      ...operation({
        id: 'listVillage', tag: 'ledger', zh: '挂牌督战村（按政策选定，驻村单位、督战领导）', en: 'List a village for supervision (挂牌督战) on the policy\'s selection, with its resident unit and supervising leader',
        about: ['选定条件由政策给出（000：2019年底未脱贫人口 30 人以上），记录所依据的人数。每月下旬报送进展，逾期未报的列入到期事项。', 'The selection is policy (000: at least 30 people not escaped at the end of 2019); the figure is recorded. A monthly report is due in the last third of each month; a missing one is overdue on GET /duties.'],
        answers: { 201: ListedVillageAnswer }, etag: true, idempotent: true, location: '/listed-villages/{id}',
        problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'NOT_A_LISTED_VILLAGE', 'VILLAGE_ALREADY_LISTED', 'CONCURRENT_CHANGE', 'OCCURRED_IN_FUTURE', 'OCCURRED_BEFORE_PREVIOUS_STEP', 'LATE_ENTRY_REASON_REQUIRED'],
        request: { villageCode: '430623101201', selection: { baseYear: 2019, notEscapedPeople: 34 }, residentUnit: '县财政局', leader: { personId: 'p-leader-1', name: '王督战' }, fromMonth: '2026-06', untilMonth: '2026-12' },
      }),
      body: jsonSchemaOf(ListVillageBody),
    },
  }, async (request, reply) => {
    const body = parseWith(ListVillageBody, request.body);
    await caughtUpWithStore(services);
    if (!request.identity || !within(request.identity, body.villageCode)) throw outsideJurisdiction();
    const actor = authorize(request, 'listedVillage.list', body.villageCode);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    // one listing per village: its stream's id is derived from the village, so racing requests meet in one stream
    const id = derivedId('listedVillage', body.villageCode);
    const threshold = services.policies.resolve(body.villageCode, body.selection.baseYear).ledger.listedVillageMinNotEscaped;
    const outcome = await services.engine.execute(listedVillageChain, id, { ...ctx, idempotencyKey: undefined, requestDigest: undefined }, (current) => {
      if (current.revision >= 0) throw alreadyListed(id);
      return [{
        type: 'VillageListed',
        data: asJson({ villageCode: body.villageCode, selection: { ...body.selection, threshold }, residentUnit: body.residentUnit, leader: body.leader, fromMonth: body.fromMonth, untilMonth: body.untilMonth, machineVersion: LISTED_VILLAGE_MACHINE_VERSION }),
      }];
    });
    await services.projector.waitFor(outcome.position);
    const row = services.listedVillages.get(id);
    if (!row) throw new Error('listed village not projected');
    return withEtag(reply.status(201), outcome).send(present(row, request.identity));
  });

  step({
    path: '/listed-villages/:id/reports', id: 'fileListedVillageReport', zh: '报送挂牌督战村月进展（每月下旬）', summary: 'File the listed village\'s progress report of a month (in its last third)',
    permission: 'listedVillage.report', body: ReportBody, problems: ['REPORT_TOO_EARLY'],
    example: { month: '2026-06', summary: '本月完成危房改造 2 户，新增就业 5 人' },
    decide: (b) => [{ type: 'ListedVillageReportFiled', data: asJson({ month: b.month, summary: b.summary, evidence: b.evidence ?? [] }) }],
  });
  step({
    path: '/listed-villages/:id/supervisions', id: 'recordListedVillageSupervision', zh: '月督战（与县月督查同步，发现问题进入整改台账）', summary: 'Record the month\'s supervision: the areas covered and the problems it found (recorded in the ledger)',
    permission: 'listedVillage.supervise', body: SupervisionBody,
    decide: (b) => [{ type: 'ListedVillageSupervised', data: asJson({ month: b.month, areas: b.areas, findings: b.findings, notes: b.notes }) }],
  });

  app.get<{ Params: { id: string } }>('/listed-villages/:id', {
    schema: { ...operation({ id: 'getListedVillage', tag: 'ledger', zh: '挂牌督战村', en: 'A listed village: selection, resident unit, leader, months reported', answers: { 200: ListedVillageAnswer }, etag: true, problems: READ_ONE }), params: idParams },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const row = services.listedVillages.get(request.params.id);
    if (!row || !within(identity, row.context.villageCode)) throw outsideJurisdiction();
    return withEtag(reply, { revision: row.revision, replayed: false }).send(present(row, identity));
  });

  app.get<{ Querystring: { regionCode?: string } }>('/listed-villages', {
    schema: {
      ...operation({ id: 'listListedVillages', tag: 'ledger', zh: '挂牌督战村名单', en: 'The register of listed villages', answers: { 200: ListedVillageListAnswer }, problems: READ }),
      querystring: { type: 'object', additionalProperties: false, properties: { regionCode: { type: 'string', pattern: '^\\d{2,12}$' } } },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const prefix = narrowRegion(request.query.regionCode, identity.jurisdiction);
    const rows = prefix === null ? [] : services.listedVillages.list(prefix);
    return { total: rows.length, items: rows.map((r) => present(r, identity)) };
  });
};
