import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../services.ts';
import { registerAssistance } from './assistance.ts';
import { registerContacts } from './contacts.ts';
import { registerManagementReads } from './reads.ts';
import { registerAdjustmentRounds } from './round-routes.ts';
import { registerStart } from './start.ts';
import { registerSteps } from './steps.ts';

/** 分类帮扶、动态管理 over HTTP: taking a carded household under management, its steps, and the reads an office uses. */
export const managementRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  registerStart(app, services);
  registerSteps(app, services);
  registerContacts(app, services);
  registerAssistance(app, services);
  registerManagementReads(app, services);
  registerAdjustmentRounds(app, services);
};
