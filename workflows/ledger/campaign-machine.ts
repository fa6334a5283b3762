import { assign, setup } from 'xstate';
import type { CampaignEvent, CampaignEventOf, CampaignPlan, SurveyTeam } from './events.ts';

export const CAMPAIGN_MACHINE_VERSION = 'campaign@1';

export interface CampaignContext extends CampaignPlan {
  teams: SurveyTeam[];
  pairs: { townshipCode: string; unit: string }[];
  /** household visits recorded (one household visited twice counts twice: the read model counts distinct ones) */
  visits: number;
  closedAt: string | null;
}

export const emptyCampaign: CampaignContext = {
  level: 'county', regionCode: '', name: '', preset: '', scope: { townships: [], villages: [], householdTypes: [] }, stages: [], reportDue: '',
  teams: [], pairs: [], visits: 0, closedAt: null,
};

const ev = <T extends CampaignEvent['type']>(event: CampaignEvent, _type: T) => event as CampaignEventOf<T>;

/**
 * An inspection campaign (排查/督查轮次: 000's 回头看, 004's 集中排查): planned with its scope and stages, its survey
 * teams (two people each) and the county units paired with townships; teams record the households they visited day
 * by day (coverage, 不漏一户); closed with its summary. Problems found name the campaign in their own streams.
 */
export const campaignMachine = setup({
  types: { context: {} as CampaignContext, events: {} as CampaignEvent },
  guards: {
    knownTeam: ({ context, event }) => context.teams.some((t) => t.teamId === ev(event, 'CampaignHouseholdsVisited').teamId),
  },
  actions: {
    recordPlan: assign(({ event }) => {
      const e = ev(event, 'CampaignPlanned');
      return { level: e.level, regionCode: e.regionCode, name: e.name, preset: e.preset, scope: e.scope, stages: e.stages, reportDue: e.reportDue };
    }),
    recordTeams: assign(({ context, event }) => {
      const added = ev(event, 'CampaignTeamsFormed').teams;
      return { teams: [...context.teams.filter((t) => !added.some((a) => a.teamId === t.teamId)), ...added] };
    }),
    recordPairs: assign(({ context, event }) => {
      const added = ev(event, 'CampaignUnitsPaired').pairs;
      return { pairs: [...context.pairs.filter((p) => !added.some((a) => a.townshipCode === p.townshipCode)), ...added] };
    }),
    countVisits: assign(({ context, event }) => ({ visits: context.visits + ev(event, 'CampaignHouseholdsVisited').householdIds.length })),
    recordClosure: assign(({ event }) => ({ closedAt: event.occurredAt })),
  },
}).createMachine({
  id: 'campaign',
  context: emptyCampaign,
  initial: 'new',
  states: {
    new: { on: { CampaignPlanned: { target: 'running', actions: 'recordPlan' } } },
    running: {
      on: {
        CampaignTeamsFormed: { actions: 'recordTeams' },
        CampaignUnitsPaired: { actions: 'recordPairs' },
        // which households were visited is kept by the read model (coverage), not in the machine's context
        CampaignHouseholdsVisited: { guard: 'knownTeam', actions: 'countVisits' },
        CampaignClosed: { target: 'closed', actions: 'recordClosure' },
      },
    },
    closed: {},
  },
});
