import { writeFileSync } from 'node:fs';
import { renderOpenApi } from '../src/http/openapi-render.ts';

// openapi.yaml is generated from the route schemas; test/http/openapi.test.ts fails when it is stale.
writeFileSync(new URL('../openapi.yaml', import.meta.url), await renderOpenApi());
process.stdout.write('openapi.yaml written\n');
