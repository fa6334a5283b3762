import { ManualClock } from '../shared/clock.ts';
import { sequentialIds } from '../shared/ids.ts';
import { MemoryEventStore } from '../store/memory.ts';
import { hmacKey } from '../auth/keys.ts';
import { buildApp } from './app.ts';

/** The OpenAPI document as YAML, from the same route schemas that validate and serialize requests. */
export const renderOpenApi = async (): Promise<string> => {
  const clock = new ManualClock();
  const newId = sequentialIds();
  const app = await buildApp({ store: new MemoryEventStore({ clock, newId }), clock, newId, newSeed: () => 'seed', auth: { resolveKey: hmacKey('openapi-rendering-only'), audience: 'openapi' } });
  await app.ready();
  const yaml = app.swagger({ yaml: true });
  await app.close();
  return yaml;
};
