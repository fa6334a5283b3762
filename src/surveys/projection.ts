import type { Projection } from '../projections/projector.ts';
import type { RecordedEvent } from '../store/types.ts';
import type { FormDefinition } from './form.ts';
import type { Answers, Finding } from './judge.ts';
import type { Rule } from '../domain/rule.ts';
import { PRESET_FORMS } from './presets/index.ts';

export interface SurveyRow {
  id: string;
  householdId: string;
  villageCode: string;
  form: { formId: string; version: string };
  answers: Answers;
  team: { id: string; name?: string; organisation?: string }[];
  mode: string;
  respondent: { kind: 'respondent'; name: string } | { kind: 'reviewerOnBehalf'; by: string; reason: string };
  warnings: Rule[];
  findings: Finding[];
  occurredAt: string;
  recordedAt: string;
  enteredBy: string;
  review: { by: string; opinion: string; occurredAt: string } | null;
  revision: number;
}

/** questionnaires (presets, then imported versions) and surveys by household */
export class SurveysView implements Projection {
  readonly name = 'surveys';
  readonly streamPrefixes = ['survey-', 'questionnaire-'];
  readonly #forms = new Map<string, FormDefinition>();
  /** imported versions, each issued for a jurisdiction (a county's office issues its county's questionnaires) */
  readonly #imported = new Map<string, { form: FormDefinition; scope: string; importedAt: string; importedBy: string }[]>();
  readonly #surveys = new Map<string, SurveyRow>();
  readonly #byHousehold = new Map<string, string[]>();

  constructor() {
    for (const form of PRESET_FORMS) this.#forms.set(`${form.formId}@${form.version}`, form);
  }

  apply(e: RecordedEvent): void {
    if (e.type === 'QuestionnaireVersionImported') {
      const form = e.data.form as unknown as FormDefinition;
      const key = `${form.formId}@${form.version}`;
      const scope = String(e.data.scope ?? '');
      this.#imported.set(key, [...(this.#imported.get(key) ?? []), { form, scope, importedAt: e.metadata.recordedAt, importedBy: e.metadata.actor.id }]);
      return;
    }
    if (!e.stream.startsWith('survey-')) return;
    const id = e.stream.slice('survey-'.length);
    if (e.type === 'SurveySubmitted') {
      const d = e.data as unknown as Omit<SurveyRow, 'id' | 'occurredAt' | 'recordedAt' | 'enteredBy' | 'review' | 'revision'>;
      this.#surveys.set(id, { id, householdId: d.householdId, villageCode: d.villageCode, form: d.form, answers: d.answers, team: d.team, mode: d.mode, respondent: d.respondent, warnings: d.warnings, findings: d.findings, occurredAt: e.metadata.occurredAt, recordedAt: e.metadata.recordedAt, enteredBy: e.metadata.actor.id, review: null, revision: e.revision });
      this.#byHousehold.set(d.householdId, [...(this.#byHousehold.get(d.householdId) ?? []), id]);
    } else if (e.type === 'SurveyReviewed') {
      const row = this.#surveys.get(id);
      if (row) this.#surveys.set(id, { ...row, review: { by: e.metadata.actor.id, opinion: String(e.data.opinion), occurredAt: e.metadata.occurredAt }, revision: e.revision });
    }
  }

  /** a preset, or a version imported for a jurisdiction that contains `region` (a village, or the reader's jurisdiction) */
  form(formId: string, version: string, region: string): FormDefinition | undefined {
    const key = `${formId}@${version}`;
    return this.#forms.get(key) ?? this.#imported.get(key)?.find((i) => region.startsWith(i.scope))?.form;
  }

  /** the presets and the versions visible in a jurisdiction: issued for it, above it or below it */
  forms(region: string): { form: FormDefinition; preset: boolean; importedAt: string | null; scope: string | null }[] {
    const imported = [...this.#imported.values()].flat().filter((i) => region.startsWith(i.scope) || i.scope.startsWith(region));
    return [...[...this.#forms.values()].map((form) => ({ form, preset: true, importedAt: null, scope: null })), ...imported.map((i) => ({ form: i.form, preset: false, importedAt: i.importedAt, scope: i.scope }))];
  }

  get(id: string): SurveyRow | undefined {
    return this.#surveys.get(id);
  }

  /** a survey's household and form (the edge chain's rules read it) */
  summary(id: string): { householdId: string; formId: string } | undefined {
    const row = this.#surveys.get(id);
    return row ? { householdId: row.householdId, formId: row.form.formId } : undefined;
  }

  /** the latest survey on a form of every household under a region */
  latestOn(formId: string, prefix: string): SurveyRow[] {
    const latest: SurveyRow[] = [];
    for (const ids of this.#byHousehold.values()) {
      const rows = ids.flatMap((id) => this.#surveys.get(id) ?? []).filter((r) => r.form.formId === formId && r.villageCode.startsWith(prefix));
      const last = rows.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)).at(-1);
      if (last) latest.push(last);
    }
    return latest;
  }

  ofHousehold(householdId: string): SurveyRow[] {
    return (this.#byHousehold.get(householdId) ?? []).flatMap((id) => this.#surveys.get(id) ?? []);
  }
}
