import { parseArgs } from 'node:util';
import { loadConfig } from '../libs/platform/src/config/app-config.js';
import { mintToken } from '../libs/platform/src/auth/tokens.js';
import { ROLES, TENANT_PATTERN, isRole } from '../libs/shared/src/identity.js';

const usage = `Mints an HS256 bearer token for the embedded default (secret: TOKEN_SECRET or DATA_DIR/token-secret).

  npm run token -- --tenant demo --role director [--role chair] [--user anna] [--name "Anna Andersson"] [--email anna@example.se] [--expires 12h]

Roles: ${ROLES.join(', ')}`;

const { values } = parseArgs({
  options: {
    tenant: { type: 'string', default: 'demo' },
    role: { type: 'string', multiple: true },
    user: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    expires: { type: 'string', default: '12h' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help || !values.role?.length) {
  process.stdout.write(`${usage}\n`);
  process.exit(values.help ? 0 : 2);
}
const roles = values.role.filter(isRole);
if (roles.length !== values.role.length) {
  process.stderr.write(`Unknown role among: ${values.role.join(', ')}. Roles: ${ROLES.join(', ')}\n`);
  process.exit(2);
}
if (!TENANT_PATTERN.test(values.tenant)) {
  process.stderr.write(`--tenant must match ${TENANT_PATTERN}\n`);
  process.exit(2);
}
const config = loadConfig();
const userId = values.user ?? `${values.tenant}-${roles[0]}`;
const token = await mintToken({
  secret: config.auth.secret,
  userId,
  displayName: values.name ?? userId,
  tenant: values.tenant,
  roles,
  email: values.email,
  expiresIn: values.expires,
  issuer: config.auth.issuer,
  audience: config.auth.audience,
});
process.stdout.write(`${token}\n`);
