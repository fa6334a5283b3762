import type { FastifyPluginAsync } from 'fastify';
import type { Services } from '../services.ts';
import { registerInclusionSteps } from './inclusion-steps.ts';
import { registerLaterSteps } from './later-steps.ts';
import { registerOpenCase } from './open.ts';
import { registerMonitoringReads } from './reads.ts';

/** 防止返贫监测对象 over HTTP: opening a case, one route per step of both phases, and the read models. */
export const monitoringRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  registerOpenCase(app, services);
  registerInclusionSteps(app, services);
  registerLaterSteps(app, services);
  registerMonitoringReads(app, services);
};
