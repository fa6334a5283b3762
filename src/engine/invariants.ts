import type { AnyMachineSnapshot } from 'xstate';
import type { WorkingCalendar } from '../domain/calendar.ts';
import type { Household } from '../domain/household.ts';
import type { PolicyBook } from '../domain/policy.ts';
import type { JsonObject } from '../shared/json.ts';
import type { FormDefinition } from '../surveys/form.ts';
import type { ActionTeamRoster } from '../surveys/action-team/view.ts';
import type { Actor } from '../store/types.ts';

/**
 * The procedure as invariants. A chain declares what must hold of any event it accepts, as functions of the step
 * (the event, the state it leaves and the state it reaches) and of the world it is judged in (the household's facts
 * at that step, the region's policy, the calendar). The engine runs them before every append, whichever route or
 * list operation decided the event; the procedure audit runs the same functions over stored trails.
 */

/** one accepted event, as the invariants see it */
export interface Step {
  stream: string;
  type: string;
  data: JsonObject;
  actor: Actor;
  /** when it happened in the field */
  occurredAt: string;
  /** when it was (or is being) recorded */
  recordedAt: string;
  /** the reason given for entering it later than the policy's window (补录), if any */
  lateEntryReason: string | null;
  /** the stream's state before the event, and after it */
  before: AnyMachineSnapshot;
  after: AnyMachineSnapshot;
  /** the latest occurredAt of the stream's earlier events; null for its first */
  previousOccurredAt: string | null;
}

/** where invariants read facts from: the read models for a command, the trail as it stood for the audit */
export interface World {
  /** the household's facts as they stand at this step */
  household(id: string): Household | undefined;
  policies: PolicyBook;
  calendar: WorkingCalendar;
  /** a questionnaire version (presets and imported ones), for the survey chain's rules (src/surveys) */
  questionnaire?(formId: string, version: string, villageCode: string): FormDefinition | undefined;
  /** a survey's household and form, for the edge-household chain's rules (src/edge) */
  survey?(id: string): { householdId: string; formId: string } | undefined;
  /** the household an edge identification approved (边缘户名单), for the household chain's rules (src/households) */
  edgeApproval?(caseId: string): { householdId: string } | undefined;
  /** the action-team roster holding for a village on a day (seed 002 附件1), for the survey chain's rules (src/surveys/action-team) */
  actionTeam?(villageCode: string, day: string): ActionTeamRoster | undefined;
}

/** a rule the step breaks: the problem it answers (status, code), every rule named, and the facts judged on */
export interface Breach {
  status: 403 | 409 | 422;
  code: string;
  zh: string;
  en: string;
  /** the individual rules broken (e.g. each "never yellow or blue" rule), when there are several */
  rules?: readonly { code: string; zh: string; en: string }[];
  /** what the rule was judged on: the card, income, dates … */
  judgedOn?: Record<string, unknown>;
}

export type Invariant = (step: Step, world: World) => Breach | null;

export const breach = (code: string, zh: string, en: string, judgedOn?: Record<string, unknown>, status: Breach['status'] = 422): Breach => ({
  status, code, zh, en, ...(judgedOn ? { judgedOn } : {}),
});

/** every breach of every invariant, in declaration order */
export const judge = (invariants: readonly Invariant[], step: Step, world: World): Breach[] => {
  const found: Breach[] = [];
  for (const invariant of invariants) {
    const b = invariant(step, world);
    if (b) found.push(b);
  }
  return found;
};
