import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suiteConfig } from './config.ts';
import { httpSection } from './http.ts';
const dir = mkdtempSync(join(tmpdir(), 'bench-suite-'));
console.log(JSON.stringify(await httpSection(suiteConfig(), dir), null, 1));
