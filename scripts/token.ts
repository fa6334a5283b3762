import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/config.ts';
import { signHs256 } from '../src/auth/jwt.ts';
import { ROLES, isRole } from '../src/auth/roles.ts';

// npm run token -- --role townshipReviewer --region 430623101 [--sub reviewer-1] [--name 王五] [--hours 12]
const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true },
    region: { type: 'string', default: '430623' },
    sub: { type: 'string' },
    name: { type: 'string' },
    org: { type: 'string' },
    hours: { type: 'string', default: '12' },
  },
});
const roles = values.role ?? [];
const unknown = roles.filter((r) => !isRole(r));
if (roles.length === 0 || unknown.length > 0) {
  process.stderr.write(`usage: npm run token -- --role <role> [--role <role>] --region <code prefix>\nroles: ${ROLES.join(', ')}\n`);
  process.exit(2);
}
const config = loadConfig();
const now = Math.floor(Date.now() / 1000);
const token = signHs256({
  sub: values.sub ?? `${roles[0]}-${values.region}`,
  name: values.name,
  org: values.org,
  roles,
  jurisdiction: values.region ?? '',
  aud: config.AUTH_AUDIENCE,
  iat: now,
  exp: now + Number(values.hours) * 3600,
}, config.AUTH_JWT_SECRET);
process.stdout.write(`${token}\n`);
