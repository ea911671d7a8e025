import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine((value) => protocols.some((p) => value.startsWith(`${p}://`)), `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`);

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  KURRENTDB_URL: url(['kurrentdb', 'kurrentdb+discover', 'esdb', 'esdb+discover']).optional(),
  REDIS_URL: url(['redis', 'rediss']).optional(),
  SMTP_URL: url(['smtp', 'smtps']).optional(),
  TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWKS_URL: url(['https', 'http']).optional(),
  TOKEN_ISSUER: z.string().min(1).optional(),
  TOKEN_AUDIENCE: z.string().min(1).optional(),
  PUBLIC_URL: url(['https', 'http']).optional(),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
});

export interface AppConfig {
  port: number;
  dataDir: string;
  eventStore: { kind: 'sqlite'; file: string } | { kind: 'kurrentdb'; url: string };
  redisUrl: string | undefined;
  smtpUrl: string | undefined;
  auth: { secret: string; secretSource: 'env' | 'file'; jwksUrl: string | undefined; issuer: string | undefined; audience: string | undefined };
  publicUrl: string;
  seedDemo: boolean;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads and validates the environment once at start; a bad value stops the process with the variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const blanksRemoved = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(blanksRemoved);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const dataDir = resolve(c.DATA_DIR);
  const secret = c.TOKEN_SECRET ?? ensureLocalSecret(dataDir);
  return {
    port: c.PORT,
    dataDir,
    eventStore: c.KURRENTDB_URL ? { kind: 'kurrentdb', url: c.KURRENTDB_URL } : { kind: 'sqlite', file: join(dataDir, 'events.sqlite') },
    redisUrl: c.REDIS_URL,
    smtpUrl: c.SMTP_URL,
    auth: { secret, secretSource: c.TOKEN_SECRET ? 'env' : 'file', jwksUrl: c.JWKS_URL, issuer: c.TOKEN_ISSUER, audience: c.TOKEN_AUDIENCE },
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    seedDemo: c.SEED_DEMO === 'true',
  };
}

/**
 * The embedded default needs a signing secret without anyone choosing one: a random one is
 * created once in the data directory and shared by the API, the worker and the token CLI.
 */
export function ensureLocalSecret(dataDir: string): string {
  const file = join(dataDir, 'token-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
