import type { Role } from '../auth/roles.ts';

/** Which step waits for which role: a worklist is the designations in those states, in the role's jurisdiction. */
export const WAITING_FOR: Readonly<Partial<Record<Role, readonly string[]>>> = {
  investigator: ['returnedToVillage'],
  villageClerk: ['awaitingAppraisal', 'awaitingNotice'],
  firstSecretary: ['awaitingAppraisal'],
  partySecretary: ['awaitingAppraisal'],
  villageDirector: ['awaitingAppraisal'],
  // an objection entered after the completion pulls the designation back to whoever resolves objections
  townshipReviewer: ['awaitingTownshipReview', 'inNotice', 'objectionAfterCompletion'],
  townshipApprover: ['awaitingNotice', 'inNotice'],
  countyInspector: ['awaitingSpotCheck', 'spotCheck'],
  countyOffice: ['awaitingSpotCheck', 'spotCheck'],
};
