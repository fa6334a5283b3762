import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Static } from 'typebox';
import { within } from '../auth/identity.ts';
import { ProblemError } from '../shared/problem.ts';
import type { Services } from '../services.ts';
import { authorizeAudit } from './access.ts';
import { auditProcedure } from './procedure-audit.ts';
import { ProcedureAuditAnswer } from './answer-schemas.ts';
import { operation } from '../http/contract/operation.ts';

const Query = Type.Object({
  regionCode: Type.Optional(Type.String({ pattern: '^\\d{2,12}$', description: 'a region inside your jurisdiction; default: your jurisdiction' })),
  limit: Type.Integer({ minimum: 1, maximum: 10_000, default: 1000, description: 'findings listed at most (the counts cover all)' }),
});

/**
 * 程序审计: which designations, cases and lists in the caller's jurisdiction have a trail that breaks the procedure,
 * and which rule — the chains' invariants run over what is stored, in one pass over the feed.
 */
export const registerProcedureAudit = (app: FastifyInstance, services: Services): void => {
  app.get<{ Querystring: Static<typeof Query> }>('/audit/procedure', {
    schema: {
      ...operation({
        id: 'auditProcedure', tag: 'audit', zh: '程序审计：辖区内违反程序规则的已存环节及所违反的规则', en: 'Procedure audit: stored steps that break a chain invariant, with the rule, in your jurisdiction',
        about: ['在一次遍历中，用与命令相同的不变式检查已存的全部环节，每一步按当时的状态和农户事实判定。', 'The invariants commands are judged on, run over the stored trails in one pass over the feed, each step judged on the state its stream had reached and the household\'s facts as they stood then.'],
        answers: { 200: ProcedureAuditAnswer }, problems: ['FORBIDDEN_ROLE', 'NOT_FOUND'],
      }),
      querystring: Query,
    },
  }, async (request) => {
    const identity = authorizeAudit(request);
    const regionCode = request.query.regionCode ?? identity.jurisdiction;
    if (!within(identity, regionCode)) {
      throw new ProblemError(404, 'NOT_FOUND', '未找到该区域', 'No such region in your jurisdiction');
    }
    const report = await auditProcedure(services.store, services, { regionPrefix: regionCode });
    const byRule = new Map<string, number>();
    for (const f of report.findings) byRule.set(f.code, (byRule.get(f.code) ?? 0) + 1);
    const streams = new Set(report.findings.map((f) => f.stream));
    return {
      regionCode,
      ok: report.findings.length === 0,
      streamsChecked: report.streamsChecked,
      eventsChecked: report.eventsChecked,
      streamsWithFindings: streams.size,
      byRule: [...byRule].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count),
      findings: report.findings.slice(0, request.query.limit),
      truncated: report.findings.length > request.query.limit,
    };
  });
};
