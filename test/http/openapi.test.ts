import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderOpenApi } from '../../src/http/openapi-render.ts';

it('the committed openapi.yaml matches the route schemas (run `npm run openapi` to refresh it)', async () => {
  const committed = readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8');
  expect(committed).toBe(await renderOpenApi());
});
