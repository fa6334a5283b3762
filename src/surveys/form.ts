import { z } from 'zod';

/**
 * A questionnaire (调查问卷) as data, in the XLSForm model survey offices already author in (ODK, KoboToolbox,
 * SurveyCTO): rows of questions with a type, a name, labels, skip logic (`relevant`), `required`, and a `constraint`
 * with its message — plus the strength of that constraint (a column of ours, `rule_strength`): `blocking` refuses the
 * submission, `warning` accepts it and keeps the warning with the record (001: Q10 refuses, Q11 warns).
 */

/** XLSForm question types this product takes; `begin_repeat`/`end_repeat` frame a member list (家庭成员) */
export const BASE_TYPES = ['select_one', 'select_multiple', 'integer', 'decimal', 'text', 'date', 'note', 'begin_repeat', 'end_repeat', 'begin_group', 'end_group'] as const;
export type BaseType = (typeof BASE_TYPES)[number];

export const RuleStrengthSchema = z.enum(['blocking', 'warning']);
export type RuleStrength = z.infer<typeof RuleStrengthSchema>;

const XmlName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an XLSForm name: letters, digits, underscore');

export const QuestionSchema = z.object({
  /** e.g. `select_one yesno`, `integer`, `begin_repeat` */
  type: z.string().min(1),
  name: XmlName,
  label: z.string(), // label::Chinese
  labelEn: z.string().optional(), // label::English
  hint: z.string().optional(),
  /** XPath: the question is asked only when true (跳转) */
  relevant: z.string().optional(),
  /** XPath over `.` (this answer) and `${other}` answers: must hold */
  constraint: z.string().optional(),
  constraintMessage: z.string().optional(),
  constraintMessageEn: z.string().optional(),
  /** blocking (default, as in XLSForm) or warning */
  ruleStrength: RuleStrengthSchema.optional(),
  /** the rule's stable code, named in a refusal or a warning */
  ruleCode: z.string().regex(/^[A-Z][A-Z0-9_]*$/).optional(),
  required: z.boolean().optional(),
  /** XPath: when true, the answer is a problem found (问题) that goes to the rectification ledger */
  finding: z.string().optional(),
  /** the ledger's problem type (问题类型) of such a finding: education, medical, housing, water … */
  findingType: z.string().optional(),
  /** 004: filled by departments, township or village (面上问题), not by the household's visit */
  areaLevel: z.boolean().optional(),
});
export type Question = z.infer<typeof QuestionSchema>;

export const ChoiceSchema = z.object({ list: XmlName, name: z.string().min(1), label: z.string(), labelEn: z.string().optional() });
export type Choice = z.infer<typeof ChoiceSchema>;

export const FormDefinitionSchema = z.object({
  /** settings: form_id */
  formId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
  /** settings: version (a form's versions are kept side by side; a survey names the one it was filled on) */
  version: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/),
  /** settings: form_title */
  title: z.string().min(1),
  questions: z.array(QuestionSchema).min(1),
  choices: z.array(ChoiceSchema),
});
export type FormDefinition = z.infer<typeof FormDefinitionSchema>;

export const baseType = (q: Pick<Question, 'type'>): string => q.type.trim().split(/\s+/)[0] ?? '';
export const listOf = (q: Pick<Question, 'type'>): string | null => q.type.trim().split(/\s+/)[1] ?? null;
export const isSelect = (q: Question): boolean => ['select_one', 'select_multiple'].includes(baseType(q));
/** questions that take an answer (not notes, groups or repeat frames) */
export const isAnswered = (q: Question): boolean => !['note', 'begin_repeat', 'end_repeat', 'begin_group', 'end_group'].includes(baseType(q));
