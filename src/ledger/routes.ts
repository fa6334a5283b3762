import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../services.ts';
import { registerCampaignRoutes } from './campaign-routes.ts';
import { registerListedVillageRoutes } from './listed-village-routes.ts';
import { registerProblemRoutes } from './problem-routes.ts';
import { registerLedgerTables } from './table-specs.ts';

/** 问题整改台账, 排查/督查, 挂牌督战 over HTTP (issue 15) */
export const ledgerRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  registerProblemRoutes(app, services);
  registerCampaignRoutes(app, services);
  registerLedgerTables(); // its tables go out through the one export path: GET /tables/ledger-…
  registerListedVillageRoutes(app, services);
};
