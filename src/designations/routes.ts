import type { FastifyPluginAsync } from 'fastify';
import { registerMeetings } from '../lists/meetings.ts';
import { registerNotices } from '../lists/notices.ts';
import { registerRounds } from '../lists/rounds.ts';
import type { Services } from '../services.ts';
import { registerDeclare } from './declare.ts';
import { registerDesignationReads } from './reads.ts';
import { registerDesignationSteps } from './steps.ts';

/** The four-card chain over HTTP: its single steps, its list steps (meeting, spot check, notice) and its reads. */
export const designationRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  registerDeclare(app, services);
  registerDesignationSteps(app, services);
  registerDesignationReads(app, services);
  registerMeetings(app, services);
  registerRounds(app, services);
  registerNotices(app, services);
};
