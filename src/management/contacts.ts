import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { authorize, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import type { Decision } from '../engine/engine.ts';
import { commandContext, when, withEtag } from '../http/command-context.ts';
import type { CommandContext } from '../engine/engine.ts';
import { operation } from '../http/contract/operation.ts';
import { STEP } from '../http/contract/groups.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { monitoringChain } from '../monitoring/chain.ts';
import { nthCaseId } from '../monitoring/open.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import { displayFor } from '../shared/display.ts';
import { ConcurrencyError } from '../store/errors.ts';
import { MONITORING_MACHINE_VERSION } from '../../workflows/registry.ts';
import { ManagementRecordAnswer } from './answer-schemas.ts';
import { managementChain } from './chain.ts';
import { closed, evidenceList, UnitLevelSchema } from './bodies.ts';
import { presentRecord, recordAt } from './present.ts';
import type { ManagementRow } from './projection.ts';
import { asJson } from './records.ts';

/** the kinds of risk a visit may find: those of the monitoring chain's alerts (000 五(二): 产业、就业、就医、就学、受灾) */
const RiskKindSchema = z.enum(['incomeDrop', 'medicalExpense', 'schooling', 'housing', 'water', 'employment', 'disaster', 'other']);

const ContactBody = z.strictObject({
  mode: z.enum(['visit', 'phone', 'wechat']),
  /** who made the contact, when it was not the person recording it (a cadre's paper log entered by the village) */
  by: closed({ id: z.string().min(1).max(100), name: z.string().min(1).max(100), unitLevel: UnitLevelSchema.optional() }).optional(),
  findings: z.string().min(1).max(4000),
  /** a new risk found (贫困预警): opens the monitoring chain's alert for the household, linked both ways */
  newRisk: closed({ kind: RiskKindSchema, summary: z.string().min(1).max(4000) }).optional(),
  evidence: evidenceList,
  ...when,
});

/** the same signer and time, for a follow-on step of the command (its own retry identity is the command's) */
const followOn = (ctx: CommandContext): CommandContext => {
  const { idempotencyKey: _key, ifMatch: _match, requestDigest: _digest, ...rest } = ctx;
  return rest;
};

/**
 * 贫困预警: the monitoring chain's alert (部门筛查预警 → 村核实) opened for the household, its summary naming the
 * management record and contact; the management stream records the case id. An open case is linked, not doubled.
 */
const openWarning = async (services: Services, row: ManagementRow, ctx: CommandContext, contactId: string, risk: { kind: string; summary: string }): Promise<string> => {
  const householdId = row.context.householdId;
  const open = services.monitoring.openFor(householdId);
  if (open) return open.id;
  const household = services.households.get(householdId);
  const earlier = services.monitoring.list('', (r) => r.context.householdId === householdId).length;
  const id = nthCaseId(householdId, earlier);
  const decisions: Decision[] = [{
    type: 'DepartmentAlertRaised',
    data: asJson({
      householdId, householdRevision: household?.revision ?? 0, villageCode: row.context.villageCode, year: Number(ctx.occurredAt.slice(0, 4)),
      department: 'other',
      alert: { kind: risk.kind, summary: `${risk.summary}（分类帮扶联络发现：管理记录 ${row.id}，联络 ${contactId}）` },
      evidence: [], machineVersion: MONITORING_MACHINE_VERSION,
    }),
  }];
  try {
    const outcome = await services.engine.execute(monitoringChain, id, followOn(ctx), () => decisions);
    await services.projector.waitFor(outcome.position);
  } catch (error) {
    if (!(error instanceof ConcurrencyError)) throw error; // opened meanwhile by another request: link that one
  }
  return id;
};

/** 联络走访: a visit, phone call or WeChat contact, entered late from paper like every step; a new risk warns */
export const registerContacts = (app: FastifyInstance, services: Services): void => {
  app.post<{ Params: { id: string } }>('/management-records/:id/contacts', {
    schema: {
      ...operation({
        id: 'logManagementContact', tag: 'management', zh: '登记联络走访（上户、电话、微信）', en: 'Log a contact: a visit, phone call or WeChat (who, when, what was found)',
        about: ['计入发生当月的联络、走访义务；发现新风险（newRisk）的，自动向防止返贫监测发起预警，并双向关联。', "Counts in the month it happened. A new risk (newRisk) opens the monitoring chain's alert for the household, linked both ways."],
        answers: { 200: ManagementRecordAnswer }, etag: true, ifMatch: true, idempotent: true, problems: STEP,
        request: { mode: 'visit', findings: '户主病情稳定，务工收入正常', occurredAt: '2026-05-12T10:00:00+08:00' },
      }),
      params: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] },
      body: jsonSchemaOf(ContactBody),
    },
  }, async (request, reply) => {
    const body = parseWith(ContactBody, request.body);
    await caughtUpWithStore(services);
    const row = services.management.get(request.params.id);
    if (!row || !request.identity || !within(request.identity, row.context.villageCode)) throw outsideJurisdiction();
    const actor = authorize(request, 'management.contact', row.context.villageCode);
    const ctx = commandContext(request, actor, services.clock, body.occurredAt, body.lateEntryReason);
    const contactId = services.newId();
    const cadre = row.context.cadre;
    const by = body.by ?? { id: actor.id, name: actor.name ?? actor.id };
    const unitLevel = body.by?.unitLevel ?? (cadre && cadre.id === by.id ? cadre.unitLevel : null);
    let outcome = await services.engine.execute(managementChain, row.id, ctx, () => [{
      type: 'ContactLogged',
      data: asJson({ contactId, mode: body.mode, by: { id: by.id, name: by.name, unitLevel }, findings: body.findings, newRisk: body.newRisk ?? null, evidence: body.evidence ?? [] }),
    }], { mustExist: true });
    if (body.newRisk && !outcome.replayed) {
      const risk = body.newRisk;
      const caseId = await openWarning(services, row, ctx, contactId, risk);
      outcome = await services.engine.execute(managementChain, row.id, followOn(ctx), () => [{
        type: 'EarlyWarningRaised', data: asJson({ contactId, monitoringCaseId: caseId, summary: risk.summary }),
      }], { mustExist: true });
    }
    await services.projector.waitFor(outcome.position);
    const after = services.management.get(row.id) ?? row;
    return withEtag(reply, outcome).send(presentRecord(recordAt(after, outcome), displayFor(services, request.identity)));
  });
};
