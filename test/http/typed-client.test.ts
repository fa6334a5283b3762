import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderClientTypes } from '../../scripts/client-types.ts';
import type { Role } from '../../src/auth/roles.ts';
import { startApp, tokenFor } from '../support/app.ts';
import type { TestApp } from '../support/app.ts';
import { COUNTY, TOWNSHIP, VILLAGE, yellowHousehold } from '../support/fixtures.ts';
import { walkDesignation } from './typed-client/walk.ts';

/**
 * A front-end team builds on openapi.yaml alone: the types openapi-typescript generates from it
 * (test/http/typed-client/api.d.ts) type a program that walks a designation through its chain
 * (test/http/typed-client/walk.ts, with openapi-fetch). tsc checks the program against the types, and the program
 * runs against a live app.
 */

const here = (path: string) => new URL(path, import.meta.url);

it('the committed client types are those openapi-typescript generates from the committed openapi.yaml (`npm run openapi`)', async () => {
  const generated = await renderClientTypes(readFileSync(here('../../openapi.yaml'), 'utf8'));
  expect(readFileSync(here('./typed-client/api.d.ts'), 'utf8') === generated, 'test/http/typed-client/api.d.ts is stale: run `npm run openapi`').toBe(true);
});

it('tsc accepts the program typed by the generated types', async () => {
  const tsc = new URL('../../node_modules/typescript/bin/tsc', import.meta.url).pathname;
  const result = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '-p', here('./typed-client/tsconfig.json').pathname]).catch((error: { stdout?: string; stderr?: string }) => error);
  expect(`${result.stdout ?? ''}${result.stderr ?? ''}`).toBe('');
}, 120_000);

let t: TestApp;
let baseUrl = '';
beforeAll(async () => {
  t = await startApp();
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await t?.close();
});

it('the program walks a designation from its declaration to its notices at village and township level, over HTTP', async () => {
  const home = (role: Role) => (['townshipReviewer', 'townshipApprover'].includes(role) ? TOWNSHIP : ['countyOffice', 'countyInspector'].includes(role) ? COUNTY : VILLAGE);
  const walked = await walkDesignation({
    baseUrl,
    token: (role, index = 0) => tokenFor({ id: `typed-${role}-${index}`, roles: [role], jurisdiction: home(role) }, t.clock),
    advanceTo: (instant) => t.clock.set(instant),
    household: yellowHousehold(901),
  });
  expect(walked.states).toEqual(['awaitingAppraisal', 'awaitingTownshipReview', 'awaitingSpotCheck', 'inNotice']);
  expect(walked.noticeLevels).toEqual(['village', 'township']);
  expect(walked.etag).toMatch(/^"\d+"$/);
  expect(t.violations).toEqual([]);
});
