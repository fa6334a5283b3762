import type { FormDefinition } from '../form.ts';
import { edgeHouseholdForm } from './edge-household.ts';
import { povertyHouseholdForm } from './poverty-household.ts';
import { sixChecksForm } from './six-checks.ts';
import { nonRegisteredForm } from './non-registered.ts';
import { screeningForm } from './screening.ts';

/** the questionnaires shipped with the product: always available, by form id and version (an import adds versions) */
export const PRESET_FORMS: readonly FormDefinition[] = [povertyHouseholdForm('000'), povertyHouseholdForm('001'), edgeHouseholdForm(), sixChecksForm(), nonRegisteredForm(), screeningForm()];
