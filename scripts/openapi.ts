import { writeFileSync } from 'node:fs';
import { renderOpenApi } from '../src/http/openapi-render.ts';
import { renderClientTypes } from './client-types.ts';

// openapi.yaml is generated from the route schemas; test/http/openapi.test.ts fails when it is stale. The client
// types of test/http/typed-client are generated from it in turn (test/http/typed-client.test.ts checks them too).
const yaml = await renderOpenApi();
writeFileSync(new URL('../openapi.yaml', import.meta.url), yaml);
writeFileSync(new URL('../test/http/typed-client/api.d.ts', import.meta.url), await renderClientTypes(yaml));
process.stdout.write('openapi.yaml and test/http/typed-client/api.d.ts written\n');
