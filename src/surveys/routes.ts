import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { z } from 'zod';
import { authorize, authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { commandContext, when, withEtag } from '../http/command-context.ts';
import { operation } from '../http/contract/operation.ts';
import { READ, READ_ONE, STEP } from '../http/contract/groups.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { XLSX_TYPE } from '../office/sheet.ts';
import type { Services } from '../services.ts';
import { ProblemError } from '../shared/problem.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import { QUESTIONNAIRE_MACHINE_VERSION, SURVEY_MACHINE_VERSION } from '../../workflows/registry.ts';
import { QuestionnaireAnswer, QuestionnaireListAnswer, SurveyAnswer, SurveyListAnswer } from './answer-schemas.ts';
import { questionnaireChain, surveyChain } from './chain.ts';
import { isAnswered, type FormDefinition } from './form.ts';
import { judgeAnswersOnce } from './judge.ts';
import { printForm } from './print.ts';
import { blankFormPdf } from './print-pdf.ts';
import { pdfFontPath } from '../office/print/pdf.ts';
import { withMediaAnswers } from '../office/sheet.ts';
import type { SurveyRow } from './projection.ts';
import { AnswersSchema, RespondentSignatureSchema, SurveyModeSchema, TeamMemberSchema } from './survey.ts';
import { formFromXlsx, formToXlsx } from './xlsform.ts';
import { registerDataQuality } from './quality-routes.ts';
import { registerSurveyTables } from './tables/index.ts';
import { registerActionTeamRoutes } from './action-team/routes.ts';
import { registerEdgeRoutes } from '../edge/routes.ts';
import { alertFromSurvey } from './alerts.ts';
import { problemsFromSurvey } from './ledger-findings.ts';
import type { JsonObject } from '../shared/json.ts';

const SubmitBody = z.object({
  householdId: z.uuid(),
  form: z.object({ formId: z.string().min(1).max(64), version: z.string().min(1).max(40) }).strict(),
  answers: AnswersSchema,
  team: z.array(TeamMemberSchema).length(2),
  mode: SurveyModeSchema,
  respondent: RespondentSignatureSchema,
  ...when,
}).strict();

/**
 * the body's JSON Schema, with the answers typed loosely for the framework (its validator would coerce a number to a
 * string in a union, or "1" to 1): the zod schema judges them exactly
 */
const submitBodySchema = (() => {
  const schema = jsonSchemaOf(SubmitBody) as { properties: Record<string, unknown> };
  schema.properties.answers = { type: 'object', description: 'answers by question name: a choice name, choice names, a number, a text, or rows of a member list', additionalProperties: { description: 'checked by the form (src/surveys/survey.ts AnswersSchema)' } };
  return schema;
})();

const ReviewBody = z.object({ opinion: z.string().min(1).max(4000), acknowledgedWarnings: z.array(z.string().max(100)).max(100), ...when }).strict();

/** nothing but the page's own inline styles */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;
const formParams = { type: 'object', properties: { formId: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{1,62}$' }, version: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,40}$' } }, required: ['formId', 'version'] } as const;

const summary = (form: FormDefinition, preset: boolean, importedAt: string | null, scope: string | null) => ({
  formId: form.formId, version: form.version, title: form.title, questions: form.questions.filter(isAnswered).length, preset, importedAt, scope,
});

export const presentSurvey = (row: SurveyRow, services: Services) => ({
  id: row.id, householdId: row.householdId, villageCode: row.villageCode,
  form: { ...row.form, title: services.surveys.form(row.form.formId, row.form.version, row.villageCode)?.title ?? null },
  mode: row.mode, team: row.team, respondent: row.respondent, answers: row.answers, warnings: row.warnings, findings: row.findings,
  occurredAt: row.occurredAt, recordedAt: row.recordedAt, enteredBy: row.enteredBy, state: row.review ? 'reviewed' : 'submitted', review: row.review,
});

const registerQuestionnaires = async (app: FastifyInstance, services: Services, pdfFont: string | undefined): Promise<void> => {
  const formOf = (formId: string, version: string, region: string) => {
    const form = services.surveys.form(formId, version, region);
    if (!form) throw new ProblemError(404, 'QUESTIONNAIRE_NOT_FOUND', '没有该问卷或该版本', 'No such questionnaire or version');
    return form;
  };

  app.get('/questionnaires', {
    schema: operation({ id: 'listQuestionnaires', tag: 'surveys', zh: '调查问卷及其版本（预置与导入）', en: 'Questionnaires and their versions: the presets and those imported', answers: { 200: QuestionnaireListAnswer }, problems: READ }),
  }, async (request) => {
    const identity = authorizeRead(request);
    return { items: services.surveys.forms(identity.jurisdiction).map(({ form, preset, importedAt, scope }) => summary(form, preset, importedAt, scope)) };
  });

  app.get<{ Params: { formId: string; version: string } }>('/questionnaires/:formId/:version/xlsx', {
    schema: { ...operation({ id: 'exportQuestionnaire', tag: 'surveys', zh: '导出问卷为 XLSForm 格式 xlsx', en: 'A questionnaire version as an XLSForm workbook (survey, choices, settings)', answers: { 200: { media: XLSX_TYPE, schema: Type.String({ description: 'the workbook' }) } }, problems: ['FORBIDDEN_ROLE', 'QUESTIONNAIRE_NOT_FOUND'] }), params: formParams },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const form = formOf(request.params.formId, request.params.version, identity.jurisdiction);
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', `attachment; filename="${form.formId}-${form.version}.xlsx"`).send(await formToXlsx(form));
  });

  app.get<{ Params: { formId: string; version: string } }>('/questionnaires/:formId/:version/print', {
    schema: { ...operation({ id: 'printQuestionnaire', tag: 'surveys', zh: '打印空白问卷（HTML，A4）', en: 'A blank questionnaire to print (HTML, A4 print CSS) for work without signal', answers: { 200: { media: 'text/html', schema: Type.String({ description: 'the page' }) } }, problems: ['FORBIDDEN_ROLE', 'QUESTIONNAIRE_NOT_FOUND'] }), params: formParams },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    return reply.header('content-type', 'text/html; charset=utf-8').send(printForm(formOf(request.params.formId, request.params.version, identity.jurisdiction)));
  });

  // under /print/ a print link's ticket (POST /print-links) stands for the token: a cadre's browser opens it and prints
  app.get<{ Params: { formId: string; version: string }; Querystring: { format?: 'html' | 'pdf'; ticket?: string } }>('/print/questionnaires/:formId/:version', {
    schema: {
      ...withMediaAnswers(operation({
        id: 'printBlankQuestionnaire', tag: 'surveys', zh: '打印空白问卷：HTML 或 PDF（A4，内嵌中文字体），供无信号地区纸质调查', en: 'A blank questionnaire to print for work without signal: HTML, or PDF (A4, CJK font embedded); a print link\'s ticket may stand for the token',
        answers: { 200: { media: 'text/html', schema: Type.String({ description: 'the page (format=pdf: application/pdf)' }) } }, problems: ['FORBIDDEN_ROLE', 'QUESTIONNAIRE_NOT_FOUND', 'PDF_FONT_MISSING', 'PRINT_LINK_INVALID'],
      }), { 'text/html': Type.String({ description: 'the page to print (A4 print CSS)' }), 'application/pdf': Type.String({ description: 'A4 PDF, CJK font embedded' }) }),
      params: formParams,
      querystring: { type: 'object', properties: { format: { type: 'string', enum: ['html', 'pdf'], default: 'html' }, ticket: { type: 'string', minLength: 1, maxLength: 200, description: "a print link's ticket (POST /print-links) instead of the Authorization header" } }, additionalProperties: false },
    },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const form = formOf(request.params.formId, request.params.version, identity.jurisdiction);
    void reply.header('cache-control', 'private, no-store');
    if (request.query.format === 'pdf') {
      const font = pdfFontPath(pdfFont);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${form.formId}-${form.version}.pdf"`).send(await blankFormPdf(form, font));
    }
    return reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP).send(printForm(form));
  });

  await app.register(async (scope) => {
    for (const type of [XLSX_TYPE, 'application/octet-stream']) {
      scope.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: 4 * 1024 * 1024 }, (_request, body, done) => done(null, body));
    }
    scope.post('/questionnaires', {
      schema: operation({
        id: 'importQuestionnaire', tag: 'surveys', zh: '从 XLSForm 格式 xlsx 导入问卷（新版本）', en: 'Import a questionnaire version from an XLSForm workbook; refused with every error listed (sheet, row, column, code)',
        about: ['工作表 survey（type, name, label::Chinese, relevant, required, constraint, constraint_message::Chinese, rule_strength = blocking | warning, rule_code, finding, finding_type, area_level）、choices（list_name, name, label::Chinese）、settings（form_id, version, form_title）。', 'Sheets survey, choices and settings in the XLSForm layout, plus rule_strength (blocking | warning), rule_code, finding, finding_type and area_level.'],
        answers: { 201: QuestionnaireAnswer }, idempotent: true, location: '/questionnaires/{formId}/{version}/xlsx',
        problems: ['FORBIDDEN_ROLE', 'IMPORT_FILE_REQUIRED', 'QUESTIONNAIRE_INVALID', 'QUESTIONNAIRE_VERSION_EXISTS', 'CONCURRENT_CHANGE'],
      }),
    }, async (request, reply) => {
      const actor = authorize(request, 'questionnaire.import', null);
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) throw new ProblemError(415, 'IMPORT_FILE_REQUIRED', '请以 xlsx 上传问卷', 'Send the workbook as xlsx');
      const read = await formFromXlsx(request.body);
      if (!read.ok) throw new ProblemError(422, 'QUESTIONNAIRE_INVALID', `问卷文件有 ${read.errors.length} 处错误，未导入`, `The workbook has ${read.errors.length} errors; nothing was imported`, { errors: read.errors });
      const form = read.form;
      const sha256 = createHash('sha256').update(request.body).digest('hex');
      const exists = () => new ProblemError(409, 'QUESTIONNAIRE_VERSION_EXISTS', `问卷 ${form.formId} 已有 ${form.version} 版`, `Questionnaire ${form.formId} already has version ${form.version}`);
      const scope = actor.jurisdiction ?? '';
      // issued for the importer's jurisdiction: a version may not shadow one visible there (a preset, or one issued above)
      if (services.surveys.form(form.formId, form.version, scope)) throw exists();
      const ctx = commandContext(request, actor, services.clock);
      const outcome = await services.engine.execute(questionnaireChain, `${scope}.${form.formId}`, ctx, () => [{
        type: 'QuestionnaireVersionImported', data: { machineVersion: QUESTIONNAIRE_MACHINE_VERSION, form: form as unknown as JsonObject, scope, source: { sha256 } },
      }]).catch((error: unknown) => { throw error instanceof ProblemError && error.code === 'STEP_NOT_ALLOWED' ? exists() : error; });
      await services.projector.waitFor(outcome.position);
      return reply.status(201).header('location', `/questionnaires/${form.formId}/${form.version}/xlsx`).send(summary(form, false, outcome.events[0]?.metadata.recordedAt ?? null, scope));
    });
  });
};

const registerSurveys = (app: FastifyInstance, services: Services): void => {
  const visible = (id: string, jurisdiction: string) => {
    const row = services.surveys.get(id);
    if (!row || !within({ jurisdiction }, row.villageCode)) throw outsideJurisdiction();
    return row;
  };

  app.post('/surveys', {
    schema: {
      ...operation({
        id: 'submitSurvey', tag: 'surveys', zh: '录入入户调查（按问卷规则判定：不允许提交的拒绝，警告的随记录保存）', en: "Enter a household's survey: judged by the form's rules — a blocking rule refuses it (422, naming the rule), a warning is stored with it",
        answers: { 201: SurveyAnswer }, etag: true, idempotent: true, location: '/surveys/{id}',
        problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'HOUSEHOLD_FACTS_MISSING', 'QUESTIONNAIRE_NOT_FOUND', 'SURVEY_RULE_REFUSED', 'SURVEY_TEAM_INVALID', 'SURVEY_SIGNATURE_INVALID', 'CONCURRENT_CHANGE', 'OCCURRED_IN_FUTURE', 'LATE_ENTRY_REASON_REQUIRED', 'ACTION_TEAM_NOT_ENROLLED', 'ACTION_TEAM_ROLE_REFUSED', 'ACTION_TEAM_GROUP_MISMATCH'],
      }),
      body: submitBodySchema,
    },
  }, async (request, reply) => {
    const body = parseWith(SubmitBody, request.body);
    await caughtUpWithStore(services);
    const household = services.households.get(body.householdId);
    if (!household || !request.identity || !within(request.identity, household.household.villageCode)) throw outsideJurisdiction();
    const actor = authorize(request, 'survey.submit', household.household.villageCode);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    const form = services.surveys.form(body.form.formId, body.form.version, household.villageCode);
    // the engine judges again (src/surveys/invariants.ts): what is stored is exactly the form's judgement
    const judged = form ? judgeAnswersOnce(form, body.answers) : { warnings: [], findings: [] };
    const id = services.newId();
    const outcome = await services.engine.execute(surveyChain, id, ctx, () => [{
      type: 'SurveySubmitted',
      data: {
        machineVersion: SURVEY_MACHINE_VERSION, householdId: household.id, villageCode: household.household.villageCode, form: body.form,
        answers: body.answers, team: body.team, mode: body.mode, respondent: body.respondent,
        warnings: judged.warnings, findings: judged.findings,
      } as unknown as JsonObject,
    }], { fresh: true });
    await services.projector.waitFor(outcome.position);
    const row = services.surveys.get(id);
    if (!row) throw new Error('survey not projected');
    // 六看 risks, 004's 综合判定: a monitoring alert for the village to verify (not on a retry's stored answer)
    const monitoringAlert = outcome.replayed ? undefined : await alertFromSurvey(services, row, ctx);
    // what the form marks as a problem enters the rectification ledger (issue 15), one problem per finding
    const ledger = outcome.replayed ? undefined : await problemsFromSurvey(services, row, ctx);
    return withEtag(reply.status(201).header('location', `/surveys/${id}`), outcome).send({ ...presentSurvey(row, services), ...(monitoringAlert ? { monitoringAlert } : {}), ...(ledger ? { ledger } : {}) });
  });

  app.post<{ Params: { id: string } }>('/surveys/:id/review', {
    schema: {
      ...operation({
        id: 'reviewSurvey', tag: 'surveys', zh: '审核入户调查（非调查组成员，逐条确认警告）', en: 'Review a survey: someone outside the team, acknowledging each warning it was accepted with',
        answers: { 200: SurveyAnswer }, etag: true, ifMatch: true, idempotent: true, problems: [...STEP, 'SURVEY_WARNINGS_NOT_ACKNOWLEDGED', 'ACTION_TEAM_NOT_ENROLLED', 'ACTION_TEAM_ROLE_REFUSED'],
      }),
      params: idParams,
      body: jsonSchemaOf(ReviewBody),
    },
  }, async (request, reply) => {
    const body = parseWith(ReviewBody, request.body);
    if (!request.identity) throw outsideJurisdiction();
    const row = visible(request.params.id, request.identity.jurisdiction);
    const actor = authorize(request, 'survey.review', row.villageCode);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    const outcome = await services.engine.execute(surveyChain, row.id, ctx, () => [{ type: 'SurveyReviewed', data: { opinion: body.opinion, acknowledgedWarnings: body.acknowledgedWarnings } }], { mustExist: true });
    await services.projector.waitFor(outcome.position);
    return withEtag(reply, outcome).send(presentSurvey(services.surveys.get(row.id) ?? row, services));
  });

  app.get<{ Params: { id: string } }>('/surveys/:id', {
    schema: { ...operation({ id: 'getSurvey', tag: 'surveys', zh: '入户调查记录（含警告与发现的问题）', en: 'A survey with the warnings it was accepted with and the problems it found', answers: { 200: SurveyAnswer }, etag: true, problems: READ_ONE }), params: idParams },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const row = visible(request.params.id, identity.jurisdiction);
    return withEtag(reply, { revision: row.revision, replayed: false }).send(presentSurvey(row, services));
  });

  app.get<{ Params: { id: string } }>('/households/:id/surveys', {
    schema: { ...operation({ id: 'listHouseholdSurveys', tag: 'surveys', zh: '农户的入户调查记录', en: "A household's surveys, oldest first", answers: { 200: SurveyListAnswer }, problems: READ_ONE }), params: idParams },
  }, async (request) => {
    const identity = authorizeRead(request);
    const household = services.households.get(request.params.id);
    if (!household || !within(identity, household.household.villageCode)) throw outsideJurisdiction();
    return { items: services.surveys.ofHousehold(household.id).map((row) => presentSurvey(row, services)) };
  });
};

/** 入户调查 over HTTP: questionnaires (import, export, print) and surveys (submit, review, read) */
export const surveyRoutes: FastifyPluginAsync<{ services: Services; pdfFont?: string }> = async (app, { services, pdfFont }) => {
  await registerQuestionnaires(app, services, pdfFont);
  registerSurveys(app, services);
  registerDataQuality(app, services);
  registerSurveyTables(); // 附件4/5/8/9 go out through the one export path: GET /tables/six-checks-risk-list …
  registerEdgeRoutes(app, services);
  registerActionTeamRoutes(app, services);
};
