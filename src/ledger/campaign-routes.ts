import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { authorize, authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { chinaDateOf } from '../domain/dates.ts';
import { creationId } from '../engine/creation-id.ts';
import { caseCommandRoute } from '../http/case-command-route.ts';
import type { CaseCommand, CaseKind } from '../http/case-command-route.ts';
import { commandContext, withEtag } from '../http/command-context.ts';
import { operation } from '../http/contract/operation.ts';
import { READ, READ_ONE, STEP } from '../http/contract/groups.ts';
import { Page } from '../http/contract/types.ts';
import { narrowRegion } from '../http/region-filter.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { asJson } from '../monitoring/cases.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import { CAMPAIGN_MACHINE_VERSION } from '../../workflows/registry.ts';
import type { HouseholdType } from '../../workflows/ledger/events.ts';
import { CampaignAnswer, CampaignProgressAnswer } from './answer-schemas.ts';
import { CampaignBody, CloseCampaignBody, PairsBody, TeamsBody, VisitsBody } from './bodies.ts';
import { campaignChain } from './chains.ts';
import { presentCampaign } from './present.ts';
import type { CampaignRow } from './projection.ts';

const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;
const DATED = ['OCCURRED_IN_FUTURE', 'OCCURRED_BEFORE_PREVIOUS_STEP', 'LATE_ENTRY_REASON_REQUIRED'] as const;

/** 户类型 of a registered household as the campaign's scope names them (004: 脱贫户 / 边缘易致贫户 / 一般农户) */
const householdTypeOf = (registration: string): HouseholdType => (registration === 'registered' ? 'escaped' : registration === 'edge' ? 'edgeProne' : 'ordinary');

/** households due per village in a campaign's scope: one pass over the region's households */
export const householdsDue = (services: Services, row: CampaignRow): Map<string, number> => {
  const c = row.context;
  const villages = new Set([...c.scope.villages, ...c.teams.flatMap((t) => t.villages)]);
  const due = new Map<string, number>();
  for (const h of services.households.under(c.regionCode)) {
    const village = h.villageCode;
    if (villages.size > 0 && !villages.has(village)) continue;
    if (c.scope.townships.length > 0 && !c.scope.townships.includes(village.slice(0, 9))) continue;
    if (c.scope.householdTypes.length > 0 && !c.scope.householdTypes.includes(householdTypeOf(h.registration))) continue;
    due.set(village, (due.get(village) ?? 0) + 1);
  }
  for (const v of villages) if (!due.has(v)) due.set(v, 0);
  return due;
};

/** 排查/督查 over HTTP: planning a campaign, its teams and pairings, the households visited, its progress */
export const registerCampaignRoutes = (app: FastifyInstance, services: Services): void => {
  const kind: CaseKind<CampaignRow> = {
    tag: 'ledger', answer: CampaignAnswer, chain: campaignChain,
    get: (id) => services.campaigns.get(id), regionOf: (row) => row.context.regionCode, present: (row) => presentCampaign(row),
  };
  const step = <S extends z.ZodType<{ occurredAt?: string; lateEntryReason?: string }>>(spec: CaseCommand<CampaignRow, S>) => caseCommandRoute(app, services, kind, spec);

  app.post('/campaigns', {
    schema: {
      ...operation({
        id: 'planCampaign', tag: 'ledger', zh: '制定排查/督查方案（范围、阶段、报告时间）', en: 'Plan an inspection campaign: scope, stages and their dates, report date',
        answers: { 201: CampaignAnswer }, etag: true, idempotent: true, location: '/campaigns/{id}', problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'OUTSIDE_CAMPAIGN_SCOPE', 'STAGES_OUT_OF_ORDER', 'CONCURRENT_CHANGE', ...DATED],
        request: {
          level: 'township', regionCode: '430623101', name: '巩固拓展脱贫攻坚成果集中排查', preset: 'jizhong-2021', scope: { townships: [], villages: [], householdTypes: ['escaped', 'edgeProne', 'ordinary'] },
          stages: [{ code: 'mobilise', zh: '动员部署', from: '2026-06-08', to: '2026-06-10' }, { code: 'survey', zh: '实地排查', from: '2026-06-10', to: '2026-06-15' }, { code: 'rectify', zh: '问题整改', from: '2026-06-15', to: '2026-06-25' }],
          reportDue: '2026-06-25',
        },
      }),
      body: jsonSchemaOf(CampaignBody),
    },
  }, async (request, reply) => {
    const body = parseWith(CampaignBody, request.body);
    await caughtUpWithStore(services);
    if (!request.identity || !within(request.identity, body.regionCode)) throw outsideJurisdiction();
    const actor = authorize(request, 'campaign.plan', body.regionCode);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    const preset = body.preset ?? services.policies.resolve(body.regionCode, Number(chinaDateOf(ctx.occurredAt).slice(0, 4))).ledger.problemTypes;
    const id = creationId(campaignChain, ctx, services.newId);
    const outcome = await services.engine.execute(campaignChain, id, ctx, () => [{
      type: 'CampaignPlanned',
      data: asJson({ level: body.level, regionCode: body.regionCode, name: body.name, preset, scope: body.scope, stages: body.stages, reportDue: body.reportDue, machineVersion: CAMPAIGN_MACHINE_VERSION }),
    }]);
    await services.projector.waitFor(outcome.position);
    const row = services.campaigns.get(id);
    if (!row) throw new Error('campaign not projected');
    return withEtag(reply.status(201), outcome).send(presentCampaign(row));
  });

  step({
    path: '/campaigns/:id/teams', id: 'formCampaignTeams', zh: '组建调查组（两人一组，分村）', summary: 'Form survey teams of two, each with its villages',
    permission: 'campaign.plan', body: TeamsBody, problems: ['TEAM_OF_TWO', 'OUTSIDE_CAMPAIGN_SCOPE'],
    decide: (b) => [{ type: 'CampaignTeamsFormed', data: asJson({ teams: b.teams }) }],
  });
  step({
    path: '/campaigns/:id/pairings', id: 'pairCampaignUnits', zh: '县直单位联系乡镇（部门单位行动包）', summary: 'Pair county units with townships (000 附件6)',
    permission: 'campaign.plan', body: PairsBody,
    decide: (b) => [{ type: 'CampaignUnitsPaired', data: asJson({ pairs: b.pairs }) }],
  });
  step({
    path: '/campaigns/:id/closure', id: 'closeCampaign', zh: '结束排查（自查报告）', summary: 'Close the campaign with its summary',
    permission: 'campaign.plan', body: CloseCampaignBody,
    decide: (b) => [{ type: 'CampaignClosed', data: { summary: b.summary } }],
  });

  // a team member in a village records the team's visits there: judged in the village's jurisdiction, not the campaign's
  app.post<{ Params: { id: string } }>('/campaigns/:id/visits', {
    schema: {
      ...operation({
        id: 'recordCampaignVisits', tag: 'ledger', zh: '登记调查组入户（不漏一户）', en: 'Record the households a team visited in a village',
        answers: { 200: CampaignAnswer }, etag: true, ifMatch: true, idempotent: true, problems: [...STEP, 'OUTSIDE_CAMPAIGN_SCOPE'],
        request: { teamId: 'T1', villageCode: '430623101201', householdIds: ['5b0c3c1e-7d1a-4f0e-9a43-2f6c1d8e4a10'] },
      }),
      params: idParams,
      body: jsonSchemaOf(VisitsBody),
    },
  }, async (request, reply) => {
    const body = parseWith(VisitsBody, request.body);
    await caughtUpWithStore(services);
    const row = services.campaigns.get(request.params.id);
    if (!row || !request.identity || !within(request.identity, body.villageCode) || !body.villageCode.startsWith(row.context.regionCode)) throw outsideJurisdiction();
    const actor = authorize(request, 'campaign.visit', body.villageCode);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    const outcome = await services.engine.execute(campaignChain, row.id, ctx, () => [{
      type: 'CampaignHouseholdsVisited', data: asJson({ teamId: body.teamId, villageCode: body.villageCode, householdIds: body.householdIds }),
    }], { mustExist: true });
    await services.projector.waitFor(outcome.position);
    return withEtag(reply, outcome).send(presentCampaign(services.campaigns.get(row.id) ?? row));
  });

  const visible = (id: string, jurisdiction: string): CampaignRow => {
    const row = services.campaigns.get(id);
    // a township sees its county's campaign (its own part of it)
    if (!row || !(row.context.regionCode.startsWith(jurisdiction) || jurisdiction.startsWith(row.context.regionCode))) throw outsideJurisdiction();
    return row;
  };

  app.get<{ Params: { id: string } }>('/campaigns/:id', {
    schema: { ...operation({ id: 'getCampaign', tag: 'ledger', zh: '排查方案', en: 'A campaign: scope, stages, teams, pairings', answers: { 200: CampaignAnswer }, etag: true, problems: READ_ONE }), params: idParams },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const row = visible(request.params.id, identity.jurisdiction);
    return withEtag(reply, { revision: row.revision, replayed: false }).send(presentCampaign(row));
  });

  app.get<{ Querystring: { regionCode?: string } }>('/campaigns', {
    schema: {
      ...operation({ id: 'listCampaigns', tag: 'ledger', zh: '排查/督查列表', en: 'Campaigns in a region', answers: { 200: Page(CampaignAnswer) }, problems: READ }),
      querystring: { type: 'object', additionalProperties: false, properties: { regionCode: { type: 'string', pattern: '^\\d{2,12}$' } } },
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const prefix = narrowRegion(request.query.regionCode, identity.jurisdiction);
    const rows = prefix === null ? [] : services.campaigns.list(prefix).flatMap((r) => services.campaigns.get(r.id) ?? []);
    return { total: rows.length, items: rows.map(presentCampaign) };
  });

  app.get<{ Params: { id: string } }>('/campaigns/:id/progress', {
    schema: {
      ...operation({ id: 'getCampaignProgress', tag: 'ledger', zh: '排查进度：应排查与已排查户数、村数（按村、按调查组）', en: 'Campaign progress: households and villages covered against those due, per village and team', answers: { 200: CampaignProgressAnswer }, problems: READ_ONE }),
      params: idParams,
    },
  }, async (request) => {
    const identity = authorizeRead(request);
    const row = visible(request.params.id, identity.jurisdiction);
    const asOf = services.clock.now().toISOString();
    const today = chinaDateOf(asOf);
    const due = householdsDue(services, row);
    // covered: visited by a team, or with a household problem recorded against the campaign
    const covered = new Map<string, Set<string>>();
    const problems = new Map<string, number>();
    for (const [village, households] of row.visitedByVillage) covered.set(village, new Set(households));
    for (const p of services.problems.list(row.context.regionCode, (r) => r.context.campaignId === row.id)) {
      const village = p.context.regionCode;
      problems.set(village, (problems.get(village) ?? 0) + 1);
      if (p.context.householdId === null) continue;
      let set = covered.get(village);
      if (!set) covered.set(village, (set = new Set()));
      set.add(p.context.householdId);
    }
    const villages = [...new Set([...due.keys(), ...covered.keys()])].filter((v) => v.length === 12 && v.startsWith(identity.jurisdiction)).sort();
    const byVillage = villages.map((v) => {
      const d = due.get(v) ?? 0;
      const c = covered.get(v)?.size ?? 0;
      return { villageCode: v, villageName: services.regions.placeNames(v).villageName, due: d, covered: c, problems: problems.get(v) ?? 0, complete: c >= d };
    });
    const sum = (k: 'due' | 'covered' | 'problems') => byVillage.reduce((n, v) => n + v[k], 0);
    return {
      id: row.id,
      asOf,
      stage: row.context.stages.find((s) => s.from <= today && today <= s.to) ?? null,
      households: { due: sum('due'), covered: sum('covered'), problems: sum('problems') },
      villages: { due: byVillage.length, covered: byVillage.filter((v) => v.complete).length },
      byTeam: row.context.teams.map((team) => ({
        teamId: team.teamId, villages: team.villages,
        due: team.villages.reduce((n, v) => n + (due.get(v) ?? 0), 0),
        covered: row.visitedByTeam.get(team.teamId)?.size ?? 0,
      })),
      byVillage,
    };
  });
};
