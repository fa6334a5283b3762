import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import { authorizeRead, outsideJurisdiction } from '../auth/authenticate.ts';
import { within } from '../auth/identity.ts';
import { designationChain } from '../designations/chain.ts';
import { seesFullIds } from '../households/present.ts';
import type { Services } from '../services.ts';
import { approvalFormOf } from './approval-form-model.ts';
import { renderApprovalForm } from './approval-form-html.ts';
import { registerTimeTravel } from './time-travel.ts';
import { registerVerifyRoutes } from './verify-routes.ts';
import { registerProcedureAudit } from './procedure-routes.ts';
import { operation } from '../http/contract/operation.ts';
import { READ_ONE } from '../http/contract/groups.ts';

const Params = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** nothing but the page's own inline styles: a value that slipped past escaping could still run nothing */
const FORM_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * 督查 / 纪检 and the county office: hash-chain verification (/audit/*), time travel over a designation, and the
 * household approval form printed from its trail. Everything here reads; nothing here writes.
 */
export const auditRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  registerVerifyRoutes(app, services);
  registerTimeTravel(app, services);
  registerProcedureAudit(app, services);

  app.get<{ Params: { id: string } }>('/designations/:id/approval-form', {
    schema: {
      ...operation({
        id: 'getApprovalForm', tag: 'audit', zh: '分类帮扶动态管理审批表（可打印的 HTML 页面）', en: 'The approval form filled from the trail, as a printable HTML page',
        answers: { 200: { media: 'text/html', schema: Type.String({ description: 'a self-contained HTML page (its own CSP: no scripts)' }), description: '审批表 · The approval form' } },
        problems: READ_ONE,
      }),
      params: Params,
    },
  }, async (request, reply) => {
    const identity = authorizeRead(request);
    const row = services.designations.get(request.params.id);
    if (!row || !within(identity, row.context.villageCode)) throw outsideJurisdiction();
    const form = approvalFormOf(row.id, await services.store.readStream(`${designationChain.streamPrefix}${row.id}`));
    if (!form) throw outsideJurisdiction();
    const fullIds = seesFullIds(identity, services.fullIdRoles);
    return reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', FORM_CSP)
      .header('cache-control', 'private, no-store')
      .send(renderApprovalForm(form, { fullIds, printedAt: services.clock.now().toISOString(), places: services.regions.placeNames(form.villageCode), number: services.formNumbers.numberOf(row.id) }));
  });
};
