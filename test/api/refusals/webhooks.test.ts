import { afterAll, beforeAll, describe, it } from 'vitest';
import { startApp, tokenFor } from '../../support/app.ts';
import type { TestApp } from '../../support/app.ts';
import { WEBHOOK_ADMIN, subscribed, webhookBody } from '../../support/command-routes.ts';
import { expectRefused } from './support.ts';

/** The business refusals of the webhook routes (administrators): status, code, and nothing written. */

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => t.close());

const UNKNOWN = '00000000-0000-4000-8000-000000000404';
const api = (method: 'POST' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { authorization: `Bearer ${tokenFor(WEBHOOK_ADMIN, t.clock)}` }, ...(payload ? { payload } : {}) });
const stream = (id: string) => [`webhook-${id}`];

describe('POST /webhooks', () => {
  it('400 INVALID_WEBHOOK_URL for an address that is not http(s)', async () => {
    await expectRefused(t, () => api('POST', '/webhooks', webhookBody({ url: 'ftp://integrator.example.org/hooks' })), 400, 'INVALID_WEBHOOK_URL');
  });

  it("403 REGION_OUTSIDE_JURISDICTION for a region filter outside the administrator's county", async () => {
    await expectRefused(t, () => api('POST', '/webhooks', webhookBody({ filter: { region: '430624' } })), 403, 'REGION_OUTSIDE_JURISDICTION');
  });

  it('400 VALIDATION_FAILED for a secret too short to sign with', async () => {
    await expectRefused(t, () => api('POST', '/webhooks', webhookBody({ secret: 'short' })), 400, 'VALIDATION_FAILED');
  });
});

describe('POST /webhooks/:id/pause and /resume', () => {
  it('pause: 409 STEP_NOT_ALLOWED for a paused subscription; resume: 409 STEP_NOT_ALLOWED for an active one', async () => {
    const active = await subscribed(t);
    await expectRefused(t, () => api('POST', `/webhooks/${active}/resume`), 409, 'STEP_NOT_ALLOWED', stream(active));
    const paused = await subscribed(t, { active: false });
    await expectRefused(t, () => api('POST', `/webhooks/${paused}/pause`), 409, 'STEP_NOT_ALLOWED', stream(paused));
  });

  it('404 NOT_FOUND for a deleted subscription, and for none', async () => {
    const id = await subscribed(t);
    const deleted = await api('DELETE', `/webhooks/${id}`);
    if (deleted.statusCode !== 204) throw new Error(deleted.body);
    await expectRefused(t, () => api('POST', `/webhooks/${id}/pause`), 404, 'NOT_FOUND', stream(id));
    await expectRefused(t, () => api('POST', `/webhooks/${id}/resume`), 404, 'NOT_FOUND', stream(id));
    await expectRefused(t, () => api('POST', `/webhooks/${UNKNOWN}/pause`), 404, 'NOT_FOUND');
  });
});

describe('DELETE /webhooks/:id', () => {
  it('404 NOT_FOUND for a subscription already deleted, and for none', async () => {
    const id = await subscribed(t);
    const deleted = await api('DELETE', `/webhooks/${id}`);
    if (deleted.statusCode !== 204) throw new Error(deleted.body);
    await expectRefused(t, () => api('DELETE', `/webhooks/${id}`), 404, 'NOT_FOUND', stream(id));
    await expectRefused(t, () => api('DELETE', `/webhooks/${UNKNOWN}`), 404, 'NOT_FOUND');
  });
});
