import type { TSchema } from 'typebox';
import { DesignationAnswerSchema, HistoryStepSchema } from '../../designations/answer-schemas.ts';
import { MonitoringCaseAnswerSchema } from '../../monitoring/answer-schemas.ts';
import { HouseholdAnswerSchema } from '../../households/present.ts';
import type { presentHousehold } from '../../households/present.ts';
import { AppraisalMeetingAnswer, SpotCheckRoundAnswer } from '../../lists/answer-schemas.ts';
import { BrokenLink } from '../../audit/answer-schemas.ts';
import { StoredEventSchema, WebhookAnswerSchema } from '../../feeds/answer-schemas.ts';
import { ProblemDetailsSchema } from './problems.ts';
import { ActorSchema, ItemResultSchema, RuleNoteSchema } from './types.ts';
import type { FieldsDeclared } from './types.ts';

/**
 * The schemas routes reference by `$id` (`{ $ref: 'Name#' }`): added to fastify once (app.addSchema), so each is
 * one entry under components/schemas of the document and one compiled serializer.
 */
export const SHARED_SCHEMAS: readonly TSchema[] = [
  ProblemDetailsSchema,
  ActorSchema,
  RuleNoteSchema,
  ItemResultSchema,
  HouseholdAnswerSchema,
  DesignationAnswerSchema,
  HistoryStepSchema,
  AppraisalMeetingAnswer,
  SpotCheckRoundAnswer,
  MonitoringCaseAnswerSchema,
  BrokenLink,
  StoredEventSchema,
  WebhookAnswerSchema,
];

// presentHousehold answers nothing HouseholdAnswer lacks: a new field fails tsc here
const householdFieldsDeclared: FieldsDeclared<ReturnType<typeof presentHousehold>, typeof HouseholdAnswerSchema.properties> = true;
void householdFieldsDeclared;
