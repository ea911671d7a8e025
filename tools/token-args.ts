import { parseArgs } from 'node:util';
import { type AppConfig, mintToken } from '@beslutskedjan/platform';
import { ROLES, TENANT_PATTERN, isRole } from '@beslutskedjan/shared';

export const TOKEN_USAGE = `Mints an HS256 bearer token for the embedded default (secret: TOKEN_SECRET or DATA_DIR/token-secret).

  npm run token -- --tenant demo --role director [--role chair] [--user anna] [--name "Anna Andersson"] [--email anna@example.se] [--expires 12h]
  npm run token -- --role operator            # the platform operator: queue dashboard, cross-tenant operations

Without --name the token carries no name, so the people directory keeps the name it has.
--expires may not exceed TOKEN_MAX_LIFETIME_SECONDS (default 12 h): longer tokens are refused.

Roles: ${ROLES.join(', ')}`;

export type TokenCliOutcome = { kind: 'token'; token: string } | { kind: 'usage'; exitCode: 0 | 2; message: string };

/** The token CLI without its process: parses the arguments and mints (tests call this directly). */
export async function runTokenCli(args: string[], auth: AppConfig['auth']): Promise<TokenCliOutcome> {
  const { values } = parseArgs({
    args,
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
  if (values.help || !values.role?.length) return { kind: 'usage', exitCode: values.help ? 0 : 2, message: TOKEN_USAGE };
  const roles = values.role.filter(isRole);
  if (roles.length !== values.role.length) {
    return { kind: 'usage', exitCode: 2, message: `Unknown role among: ${values.role.join(', ')}. Roles: ${ROLES.join(', ')}` };
  }
  if (!TENANT_PATTERN.test(values.tenant)) return { kind: 'usage', exitCode: 2, message: `--tenant must match ${TENANT_PATTERN}` };
  const userId = values.user ?? `${values.tenant}-${roles[0]}`;
  const token = await mintToken({
    secret: auth.secret,
    userId,
    displayName: values.name,
    tenant: values.tenant,
    roles,
    email: values.email,
    expiresIn: values.expires,
    issuer: auth.issuer,
    audience: auth.audience,
  });
  return { kind: 'token', token };
}
