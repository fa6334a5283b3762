import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { SCHEMA_JSON_DIR, catalogProblems, committedSchemaFiles, renderSchemaFiles } from '../schemas/catalog.ts';

// schemas/json/<EventType>.v<N>.json are generated from the TypeBox definitions in schemas/events/;
// test/schemas/catalog.test.ts fails when a committed file is stale or one is missing or left over.
const problems = catalogProblems();
if (problems.length > 0) {
  process.stderr.write(`schema catalog: ${problems.join('; ')}\n`);
  process.exit(1);
}
mkdirSync(SCHEMA_JSON_DIR, { recursive: true });
const files = renderSchemaFiles();
for (const name of committedSchemaFiles().keys()) if (!files.has(name)) rmSync(new URL(name, SCHEMA_JSON_DIR));
for (const [name, text] of files) writeFileSync(new URL(name, SCHEMA_JSON_DIR), text);
process.stdout.write(`${files.size} event schemas written to schemas/json/\n`);
