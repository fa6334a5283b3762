import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { z } from 'zod';
import { authorize, authorizeRead, outsideJurisdiction } from '../../auth/authenticate.ts';
import { within } from '../../auth/identity.ts';
import { IsoDateSchema } from '../../domain/dates.ts';
import { commandContext, when, withEtag } from '../../http/command-context.ts';
import { READ_ONE, STEP } from '../../http/contract/groups.ts';
import { operation } from '../../http/contract/operation.ts';
import { Nullable } from '../../http/contract/types.ts';
import { jsonSchemaOf, parseWith } from '../../http/zod-schema.ts';
import type { Services } from '../../services.ts';
import { derivedId } from '../../shared/ids.ts';
import type { JsonObject } from '../../shared/json.ts';
import { ProblemError } from '../../shared/problem.ts';
import { ACTION_TEAM_MACHINE_VERSION } from '../../../workflows/registry.ts';
import { actionTeamChain } from './chain.ts';
import type { ActionTeamCampaign } from './view.ts';

const OpenBody = z.object({
  countyCode: z.string().regex(/^\d{6}$/),
  campaign: z.number().int().min(2015).max(2100),
  title: z.string().min(1).max(200),
  from: IsoDateSchema,
  to: IsoDateSchema,
  ...when,
}).strict();
const EnrolBody = z.object({
  villageCode: z.string().regex(/^\d{12}$/),
  person: z.object({ id: z.string().min(1).max(100), name: z.string().min(1).max(100), unit: z.string().min(1).max(200).optional(), post: z.string().min(1).max(100).optional() }).strict(),
  role: z.enum(['leader', 'groupLeader', 'member']),
  group: z.string().min(1).max(20).nullable().default(null),
  ...when,
}).strict();

const Member = Type.Object({
  id: Type.String({ description: '账号名' }), name: Type.String(), villageCode: Type.String(),
  role: Type.String({ description: 'leader (队长) / groupLeader (组长) / member (组员)' }), group: Nullable(Type.String({ description: '入户分组' })),
  unit: Type.Optional(Type.String()), post: Type.Optional(Type.String()),
});
const CampaignAnswer = Type.Object({
  id: Type.String({ format: 'uuid' }), countyCode: Type.String(), campaign: Type.Integer(), title: Type.String(),
  from: Type.String({ format: 'date' }), to: Type.String({ format: 'date' }),
  members: Type.Array(Member, { description: "the rosters' members in the reader's jurisdiction" }),
});
const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;

/** 专项行动工作队 over HTTP: the county switches the roles on for a campaign, the townships file the rosters */
export const registerActionTeamRoutes = (app: FastifyInstance, services: Services): void => {
  const present = (c: ActionTeamCampaign, jurisdiction: string) => ({
    id: c.id, countyCode: c.countyCode, campaign: c.campaign, title: c.title, from: c.from, to: c.to,
    members: c.members.filter((m) => within({ jurisdiction }, m.villageCode)),
  });
  const answer = (id: string, jurisdiction: string) => {
    const c = services.actionTeams.get(id);
    if (!c) throw new Error('action team not projected');
    return present(c, jurisdiction);
  };

  app.post('/action-teams', {
    schema: {
      ...operation({
        id: 'openActionTeamCampaign', tag: 'surveys', zh: '启用专项行动工作队角色（县扶贫办，按行动起止日期）', en: "Switch the action-team roles on for a county's campaign and its days: surveys in the county are then checked against the villages' rosters",
        answers: { 201: CampaignAnswer }, etag: true, idempotent: true, location: '/action-teams/{id}',
        request: { countyCode: '430623', campaign: 2019, title: '华容县脱贫攻坚"回头看"专项行动', from: '2019-09-10', to: '2019-09-30' },
        problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'ACTION_TEAM_CAMPAIGN_EXISTS', 'ACTION_TEAM_PERIOD_INVALID', 'CONCURRENT_CHANGE', 'OCCURRED_IN_FUTURE', 'LATE_ENTRY_REASON_REQUIRED'],
      }),
      body: jsonSchemaOf(OpenBody),
    },
  }, async (request, reply) => {
    const body = parseWith(OpenBody, request.body);
    const actor = authorize(request, 'actionTeam.open', body.countyCode);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    // one per county and campaign: racing requests address one stream
    const id = derivedId('action-team', body.countyCode, String(body.campaign));
    const outcome = await services.engine.execute(actionTeamChain, id, ctx, () => [{
      type: 'ActionTeamCampaignOpened', data: { machineVersion: ACTION_TEAM_MACHINE_VERSION, countyCode: body.countyCode, campaign: body.campaign, title: body.title, from: body.from, to: body.to },
    }]).catch((error: unknown) => {
      if (error instanceof ProblemError && error.code === 'STEP_NOT_ALLOWED') throw new ProblemError(409, 'ACTION_TEAM_CAMPAIGN_EXISTS', '该县本年度专项行动已启用工作队角色', 'The county has switched the action-team roles on for this campaign already', { id });
      throw error;
    });
    await services.projector.waitFor(outcome.position);
    return withEtag(reply.status(201).header('location', `/action-teams/${id}`), outcome).send(answer(id, actor.jurisdiction ?? ''));
  });

  app.post<{ Params: { id: string } }>('/action-teams/:id/members', {
    schema: {
      ...operation({
        id: 'enrolActionTeamMember', tag: 'surveys', zh: '登记工作队队员（花名册：队长、组长、组员，一人一个角色）', en: "Enrol a person on a village's roster with their one role (team leader, group leader, member) and group",
        answers: { 200: CampaignAnswer }, etag: true, ifMatch: true, idempotent: true,
        request: { villageCode: '430623101201', person: { id: 'zy-zhang', name: '张组长', unit: '县农业农村局', post: '干部' }, role: 'groupLeader', group: '一组' },
        problems: [...STEP, 'ACTION_TEAM_ONE_ROLE', 'ACTION_TEAM_LEADER_EXISTS', 'ACTION_TEAM_GROUP_INVALID', 'ACTION_TEAM_OUTSIDE_COUNTY'],
      }),
      params: idParams,
      body: jsonSchemaOf(EnrolBody),
    },
  }, async (request, reply) => {
    const body = parseWith(EnrolBody, request.body);
    const campaign = services.actionTeams.get(request.params.id);
    if (!campaign || !request.identity || !within(request.identity, body.villageCode)) throw outsideJurisdiction();
    const actor = authorize(request, 'actionTeam.enrol', body.villageCode);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    const member = { id: body.person.id, name: body.person.name, villageCode: body.villageCode, role: body.role, group: body.group, ...(body.person.unit ? { unit: body.person.unit } : {}), ...(body.person.post ? { post: body.person.post } : {}) };
    const outcome = await services.engine.execute(actionTeamChain, campaign.id, ctx, () => [{ type: 'ActionTeamMemberEnrolled', data: { member } as unknown as JsonObject }], { mustExist: true });
    await services.projector.waitFor(outcome.position);
    return withEtag(reply, outcome).send(answer(campaign.id, actor.jurisdiction ?? ''));
  });

  app.get<{ Params: { id: string } }>('/action-teams/:id', {
    schema: { ...operation({ id: 'getActionTeamCampaign', tag: 'surveys', zh: '专项行动工作队花名册', en: "A campaign's action-team rosters, as far as the reader's jurisdiction goes", answers: { 200: CampaignAnswer }, problems: READ_ONE }), params: idParams },
  }, async (request) => {
    const identity = authorizeRead(request);
    const c = services.actionTeams.get(request.params.id);
    // a township sees its villages' rosters; the campaign is the county's
    if (!c || !(within(identity, c.countyCode) || identity.jurisdiction.startsWith(c.countyCode))) throw outsideJurisdiction();
    return present(c, identity.jurisdiction);
  });
};
