import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { authorize, identityOf } from '../auth/authenticate.ts';
import { SYSTEM_IDENTITY } from '../auth/identity.ts';
import type { Decision } from '../engine/engine.ts';
import { unencapsulated } from '../feeds/context.ts';
import { commandContext, withEtag } from '../http/command-context.ts';
import { jsonSchemaOf, parseWith } from '../http/zod-schema.ts';
import { operation } from '../http/contract/operation.ts';
import { caughtUpWithStore } from '../projections/caught-up.ts';
import type { Services } from '../services.ts';
import type { JsonObject } from '../shared/json.ts';
import { ProblemError } from '../shared/problem.ts';
import type { Actor } from '../store/types.ts';
import { REGIONS_MACHINE_VERSION } from '../../workflows/regions/machine.ts';
import { ADDED, IMPORTED, RENAMED, regionsChain } from './chain.ts';
import { codeLevel, parentOfCode, planImport } from './csv.ts';
import { DEMO_COUNTY, demoDirectory } from './demo.ts';
import type { RegionRecord } from './view.ts';
import { RegionAnswer, RegionImportAnswer, RegionListAnswer, RegionWithChildrenAnswer } from './answer-schemas.ts';

const NameSchema = z.string().trim().min(1).max(100);

const AddBody = z.strictObject({
  code: z.string().regex(/^\d{6}(\d{3}(\d{3}(\d{2})?)?)?$/).describe('9-digit township, 12-digit village, 14-digit group (village + 2 digits) or 6-digit county'),
  name: NameSchema.describe('the name as the office writes it, e.g. 团洲乡'),
});

const RenameBody = z.strictObject({
  name: NameSchema.describe('the new name'),
  reason: z.string().trim().min(1).max(2000).optional().describe('why (e.g. 行政区划调整 and its document)'),
});

const CodeParams = { type: 'object', properties: { code: { type: 'string', pattern: '^\\d{6,14}$' } }, required: ['code'] } as const;

export const presentRegion = (r: RegionRecord) => ({
  code: r.code,
  name: r.name,
  level: r.level,
  parentCode: r.parentCode,
  demo: r.demo,
  names: r.names.map((n) => ({ name: n.name, type: n.type, revision: n.revision, actor: n.actor, recordedAt: n.recordedAt })),
});

const notInDirectory = (code: string) => new ProblemError(404, 'REGION_NOT_IN_DIRECTORY', `区划目录中没有代码 ${code}`, `The directory has no code ${code}`, { regionCode: code });

const SYSTEM_ACTOR: Actor = { id: SYSTEM_IDENTITY.id, name: SYSTEM_IDENTITY.name, organisation: 'system', capacity: 'system', jurisdiction: '' };

/** the demonstration directory (src/regions/demo.ts), appended by the system when the store holds no directory */
export const loadDemoDirectory = async (services: Services): Promise<boolean> => {
  await caughtUpWithStore(services);
  if (services.regions.size > 0) return false;
  const now = services.clock.now().toISOString();
  const outcome = await services.engine.execute(regionsChain, DEMO_COUNTY, { actor: SYSTEM_ACTOR, occurredAt: now, correlationId: 'region-demo', commandId: 'region-demo' }, () => [{
    type: IMPORTED,
    data: { machineVersion: REGIONS_MACHINE_VERSION, scopeCode: DEMO_COUNTY, source: 'demo (src/regions/demo.ts)', rows: demoDirectory().length, added: demoDirectory(), renamed: [] } as unknown as JsonObject,
  }]);
  await services.projector.waitFor(outcome.position);
  return true;
};

/**
 * The region directory over the API (src/regions): the county office keeps the names of its county's townships,
 * villages and groups (组), administrators any county's. Every addition, rename and import is an event of the
 * county's stream ('regions-<county>'); the directory view folds them into the names every read answer prints.
 * Anyone signed in may read it: names of places are not personal information.
 */
export const regionRoutes: FastifyPluginAsync<{ services: Services }> = unencapsulated(async (app, { services }) => {
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 2 * 1024 * 1024 }, (_request, body, done) => done(null, body));

  const known = (code: string) => services.regions.get(code)?.name;

  app.post('/regions', {
    schema: { ...operation({ id: 'addRegion', tag: 'regions', zh: '向区划目录添加乡镇、村或组', en: 'Add a township, village or group (组) to the directory (county office, administrators)', answers: { 201: RegionAnswer }, problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'NOT_A_REGION_CODE', 'PARENT_UNKNOWN', 'REGION_EXISTS', 'CONCURRENT_CHANGE'], idempotent: true, location: '/regions/{code}' }), body: jsonSchemaOf(AddBody) },
  }, async (request, reply) => {
    const body = parseWith(AddBody, request.body);
    const actor = authorize(request, 'region.edit', body.code);
    const level = codeLevel(body.code);
    if (level === null) throw new ProblemError(400, 'NOT_A_REGION_CODE', `“${body.code}”不是县、乡镇、村或组代码`, `"${body.code}" is not a county, township, village or group code`);
    await caughtUpWithStore(services);
    const parentCode = parentOfCode(body.code);
    const decide = (): Decision[] => {
      const before = known(body.code);
      if (before !== undefined) throw new ProblemError(409, 'REGION_EXISTS', `区划目录中已有 ${body.code}（${before}），更名请用 rename`, `${body.code} is already in the directory (${before}); rename it instead`, { regionCode: body.code, name: before });
      if (parentCode !== null && known(parentCode) === undefined) throw new ProblemError(422, 'PARENT_UNKNOWN', `上级 ${parentCode} 不在区划目录中，请先添加`, `The parent ${parentCode} is not in the directory: add it first`, { parentCode });
      return [{ type: ADDED, data: { machineVersion: REGIONS_MACHINE_VERSION, scopeCode: body.code.slice(0, 6), entry: { code: body.code, name: body.name, level, parentCode, demo: false } } as unknown as JsonObject }];
    };
    const outcome = await services.engine.execute(regionsChain, body.code.slice(0, 6), commandContext(request, actor, services.clock), decide);
    await services.projector.waitFor(outcome.position);
    const entry = services.regions.get(body.code);
    if (!entry) throw new Error(`region ${body.code} not projected`);
    void reply.header('location', `/regions/${body.code}`);
    return withEtag(reply.status(201), outcome).send(presentRegion(entry));
  });

  app.post<{ Params: { code: string } }>('/regions/:code/rename', {
    schema: { ...operation({ id: 'renameRegion', tag: 'regions', zh: '更改区划名称（新事件，旧名称保留）', en: 'Rename a code of the directory: a new event; the previous name stays on its trail', answers: { 200: RegionAnswer }, problems: ['FORBIDDEN_ROLE', 'NOT_FOUND', 'NOT_A_REGION_CODE', 'REGION_NOT_IN_DIRECTORY', 'CONCURRENT_CHANGE'], idempotent: true, ifMatch: true }), params: CodeParams, body: jsonSchemaOf(RenameBody) },
  }, async (request, reply) => {
    const { code } = request.params;
    const body = parseWith(RenameBody, request.body);
    const actor = authorize(request, 'region.edit', code);
    await caughtUpWithStore(services);
    const decide = (): Decision[] => {
      const before = known(code);
      if (before === undefined) throw notInDirectory(code);
      if (before === body.name) throw new ProblemError(422, 'NO_CHANGE', '新名称与现名称相同', 'The new name is the name already in force', { regionCode: code });
      return [{ type: RENAMED, data: { machineVersion: REGIONS_MACHINE_VERSION, scopeCode: code.slice(0, 6), code, name: body.name, previousName: before, reason: body.reason ?? null } }];
    };
    if (known(code) === undefined) throw notInDirectory(code);
    const outcome = await services.engine.execute(regionsChain, code.slice(0, 6), commandContext(request, actor, services.clock), decide, { mustExist: true });
    await services.projector.waitFor(outcome.position);
    const entry = services.regions.get(code);
    if (!entry) throw new Error(`region ${code} not projected`);
    return withEtag(reply, outcome).send(presentRegion(entry));
  });

  app.post<{ Querystring: { source?: string } }>('/regions/import', {
    schema: {
      ...operation({ id: 'importRegions', tag: 'regions', zh: '导入区划目录（CSV：code,name[,parent]），有错则全部不导入', en: 'Import a CSV file of codes and names; a file with any error is refused with every error listed and applies nothing', answers: { 200: RegionImportAnswer, 201: RegionImportAnswer }, problems: ['FORBIDDEN_ROLE', 'REGION_IMPORT_REFUSED', 'CONCURRENT_CHANGE'], idempotent: true, location: '/regions?under={county}' }),
      querystring: { type: 'object', properties: { source: { type: 'string', maxLength: 200 } } },
    },
  }, async (request, reply) => {
    const identity = identityOf(request);
    // the permission first (403 before anything is read), the jurisdiction row by row
    authorize(request, 'region.edit', null);
    if (typeof request.body !== 'string') {
      throw new ProblemError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 text/csv 提交 CSV 文件', 'Send the CSV file as text/csv');
    }
    const text = request.body;
    await caughtUpWithStore(services);
    const check = () => planImport(text, known, (code) => code.startsWith(identity.jurisdiction));
    const first = check();
    if (!first.plan || !first.county) {
      throw new ProblemError(422, 'REGION_IMPORT_REFUSED', `导入被拒绝：${first.errors.length} 处错误，未导入任何内容`, `The import is refused: ${first.errors.length} errors; nothing was applied`, { errors: first.errors });
    }
    const county = first.county;
    if (first.plan.added.length === 0 && first.plan.renamed.length === 0) {
      return reply.status(200).send({ county, rows: first.plan.rows, added: [], renamed: [], unchanged: first.plan.unchanged, revision: services.regions.revisionOf(county) });
    }
    const actor = authorize(request, 'region.edit', county.length >= identity.jurisdiction.length ? county : identity.jurisdiction);
    let result = first.plan;
    const decide = (): Decision[] => {
      // judged again on the directory as the engine loaded it (another import may have come in between)
      const again = check();
      if (!again.plan) throw new ProblemError(422, 'REGION_IMPORT_REFUSED', `导入被拒绝：${again.errors.length} 处错误，未导入任何内容`, `The import is refused: ${again.errors.length} errors; nothing was applied`, { errors: again.errors });
      result = again.plan;
      if (result.added.length === 0 && result.renamed.length === 0) throw new ProblemError(409, 'CONCURRENT_CHANGE', '区划目录刚被他人修改，请重试', 'The directory was just changed by someone else; retry');
      return [{ type: IMPORTED, data: { machineVersion: REGIONS_MACHINE_VERSION, scopeCode: county, source: request.query.source ?? null, rows: result.rows, added: result.added, renamed: result.renamed } as unknown as JsonObject }];
    };
    const outcome = await services.engine.execute(regionsChain, county, commandContext(request, actor, services.clock), decide);
    await services.projector.waitFor(outcome.position);
    return withEtag(reply.status(201), outcome).send({
      county,
      rows: result.rows,
      added: result.added.map((e) => e.code),
      renamed: result.renamed,
      unchanged: result.unchanged,
      revision: outcome.revision,
    });
  });

  app.get<{ Querystring: { under?: string; level?: string } }>('/regions', {
    schema: {
      ...operation({ id: 'listRegions', tag: 'regions', zh: '区划目录：乡镇、村、组的代码和名称', en: 'The region directory: codes and names of townships, villages and groups', answers: { 200: RegionListAnswer }, problems: ['FORBIDDEN_ROLE'] }),
      querystring: { type: 'object', properties: { under: { type: 'string', pattern: '^\\d{2,14}$' }, level: { type: 'string', enum: ['county', 'township', 'village', 'group'] } } },
    },
  }, async (request) => {
    identityOf(request);
    const items = services.regions.list(request.query.under ?? '').filter((r) => request.query.level === undefined || r.level === request.query.level);
    return { total: items.length, items: items.map(presentRegion) };
  });

  app.get<{ Params: { code: string } }>('/regions/:code', {
    schema: { ...operation({ id: 'getRegion', tag: 'regions', zh: '一个区划：名称、级别、上级、曾用名和下级', en: 'One code of the directory: its name, level, parent, former names and children', answers: { 200: RegionWithChildrenAnswer }, problems: ['FORBIDDEN_ROLE', 'REGION_NOT_IN_DIRECTORY'] }), params: CodeParams },
  }, async (request) => {
    identityOf(request);
    const entry = services.regions.get(request.params.code);
    if (!entry) throw notInDirectory(request.params.code);
    const children = services.regions.list(request.params.code).filter((r) => r.parentCode === entry.code);
    return { ...presentRegion(entry), children: children.map((c) => ({ code: c.code, name: c.name, level: c.level })) };
  });
});
