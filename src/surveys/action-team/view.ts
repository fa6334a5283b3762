import type { Projection } from '../../projections/projector.ts';
import type { RecordedEvent } from '../../store/types.ts';
import type { ActionTeamMember } from '../../../workflows/action-team/machine.ts';

/** a county's campaign with the action-team roles switched on, and the rosters the townships filed */
export interface ActionTeamCampaign {
  id: string;
  countyCode: string;
  campaign: number;
  title: string;
  from: string;
  to: string;
  members: ActionTeamMember[];
}

/** what the survey chain asks of a roster: who a person is on it (src/engine/invariants.ts World.actionTeam) */
export interface ActionTeamRoster {
  campaignId: string;
  campaign: number;
  memberOf(personId: string): ActionTeamMember | undefined;
}

/** 专项行动工作队 rosters by campaign (stream `action-team-<id>`) */
export class ActionTeamsView implements Projection {
  readonly name = 'action-teams';
  readonly streamPrefixes = ['action-team-'];
  readonly #campaigns = new Map<string, ActionTeamCampaign & { byPerson: Map<string, ActionTeamMember> }>();

  apply(e: RecordedEvent): void {
    const id = e.stream.slice('action-team-'.length);
    if (e.type === 'ActionTeamCampaignOpened') {
      const d = e.data as { countyCode: string; campaign: number; title: string; from: string; to: string };
      this.#campaigns.set(id, { id, countyCode: d.countyCode, campaign: d.campaign, title: d.title, from: d.from, to: d.to, members: [], byPerson: new Map() });
    } else if (e.type === 'ActionTeamMemberEnrolled') {
      const c = this.#campaigns.get(id);
      const member = e.data.member as unknown as ActionTeamMember;
      if (!c) return;
      c.members.push(member);
      c.byPerson.set(member.id, member);
    }
  }

  get(id: string): ActionTeamCampaign | undefined {
    return this.#campaigns.get(id);
  }

  /** the roster that holds for a village on a day: its county's campaign whose days include it, if any */
  rosterFor(villageCode: string, day: string): ActionTeamRoster | undefined {
    for (const c of this.#campaigns.values()) {
      if (villageCode.startsWith(c.countyCode) && c.from <= day && day <= c.to) {
        return { campaignId: c.id, campaign: c.campaign, memberOf: (personId) => c.byPerson.get(personId) };
      }
    }
    return undefined;
  }

  /** the campaigns of the counties under (or over) a region, a year's only when asked */
  campaigns(region: string, year?: number): ActionTeamCampaign[] {
    return [...this.#campaigns.values()].filter((c) => (c.countyCode.startsWith(region) || region.startsWith(c.countyCode)) && (year === undefined || c.campaign === year));
  }
}
