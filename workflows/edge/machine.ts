import { assign, setup } from 'xstate';
import type { Signer } from '../signatures.ts';

export const EDGE_MACHINE_VERSION = 'edge@1';

/** why a household is looked at (seed 002 三(三)): the screening groups, and the two listed directly */
export type EdgeBasis = 'subsistence' | 'destitute' | 'disabled' | 'noHouse' | 'dangerousHouse' | 'demands' | 'hardship' | 'other' | 'threeNon' | 'earlyWarningReviewed';
/** 三非 households and those that passed the township's early-warning review are listed as suspected edge directly */
export const DIRECT_BASES: readonly EdgeBasis[] = ['threeNon', 'earlyWarningReviewed'];

type EdgeEvent = { actor: Signer } & (
  | { type: 'EdgeCandidateScreened'; householdId: string; villageCode: string; basis: EdgeBasis[] }
  | { type: 'EdgeHousingAppraised'; conclusion: 'safe' | 'C' | 'D'; reference: string }
  | { type: 'EdgeHouseholdSurveyed'; surveyId: string }
  | { type: 'EdgeMeetingReviewed'; decision: 'suspected' | 'notEdge' }
  | { type: 'EdgeCountyApproved'; decision: 'approved' | 'rejected'; departments: string[] }
);

export interface EdgeContext {
  householdId: string | null;
  villageCode: string | null;
  basis: EdgeBasis[];
  appraisal: { conclusion: string; reference: string } | null;
  surveyId: string | null;
  departments: string[];
}

const direct = (basis: readonly EdgeBasis[]) => basis.some((b) => DIRECT_BASES.includes(b));

/**
 * 边缘户识别 (seed 002 三(三)): the village work team screens households (重点排查对象), surveys each with the edge
 * household form, and its meeting reviews the results; those it finds suspected (and 三非 or early-warning-reviewed
 * households, listed directly) go to the county leading group, whose approval makes them edge households and assigns
 * departments to act. A suspected dangerous house is appraised by the county housing department before listing
 * (src/edge/invariants.ts).
 */
export const edgeMachine = setup({
  types: { context: {} as EdgeContext, events: {} as EdgeEvent },
  guards: {
    listedDirectly: ({ event }) => event.type === 'EdgeCandidateScreened' && direct(event.basis),
    foundSuspected: ({ event }) => event.type === 'EdgeMeetingReviewed' && event.decision === 'suspected',
    approved: ({ event }) => event.type === 'EdgeCountyApproved' && event.decision === 'approved',
  },
  actions: {
    recordScreening: assign(({ event }) => (event.type === 'EdgeCandidateScreened' ? { householdId: event.householdId, villageCode: event.villageCode, basis: event.basis } : {})),
    recordAppraisal: assign(({ event }) => (event.type === 'EdgeHousingAppraised' ? { appraisal: { conclusion: event.conclusion, reference: event.reference } } : {})),
    recordSurvey: assign(({ event }) => (event.type === 'EdgeHouseholdSurveyed' ? { surveyId: event.surveyId } : {})),
    recordDepartments: assign(({ event }) => (event.type === 'EdgeCountyApproved' ? { departments: event.departments } : {})),
  },
}).createMachine({
  id: 'edge',
  context: { householdId: null, villageCode: null, basis: [], appraisal: null, surveyId: null, departments: [] },
  initial: 'new',
  states: {
    new: {
      on: {
        EdgeCandidateScreened: [
          { guard: 'listedDirectly', target: 'suspected', actions: 'recordScreening' },
          { target: 'screened', actions: 'recordScreening' },
        ],
      },
    },
    screened: {
      on: {
        EdgeHousingAppraised: { actions: 'recordAppraisal' },
        EdgeHouseholdSurveyed: { target: 'surveyed', actions: 'recordSurvey' },
      },
    },
    surveyed: {
      on: {
        EdgeHousingAppraised: { actions: 'recordAppraisal' },
        EdgeMeetingReviewed: [{ guard: 'foundSuspected', target: 'suspected' }, { target: 'notEdge' }],
      },
    },
    suspected: {
      on: {
        EdgeHousingAppraised: { actions: 'recordAppraisal' },
        EdgeHouseholdSurveyed: { actions: 'recordSurvey' }, // a directly listed household is surveyed too
        EdgeCountyApproved: [{ guard: 'approved', target: 'approved', actions: 'recordDepartments' }, { target: 'rejected' }],
      },
    },
    notEdge: { type: 'final' },
    approved: { type: 'final' },
    rejected: { type: 'final' },
  },
});
