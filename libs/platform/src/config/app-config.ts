import { privateDir, TENANT_PATTERN } from '@beslutskedjan/shared';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine(
      (value) => protocols.some((p) => value.startsWith(`${p}://`)),
      `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    );

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  KURRENTDB_URL: url(['kurrentdb', 'kurrentdb+discover', 'esdb', 'esdb+discover']).optional(),
  REDIS_URL: url(['redis', 'rediss']).optional(),
  SMTP_URL: url(['smtp', 'smtps']).optional(),
  TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWKS_URL: url(['https', 'http']).optional(),
  TOKEN_ISSUER: z.string().min(1).optional(),
  TOKEN_AUDIENCE: z.string().min(1).optional(),
  TOKEN_MAX_LIFETIME_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 24 * 3600)
    .default(12 * 3600),
  TOKEN_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(600).default(60),
  PUBLIC_URL: url(['https', 'http']).optional(),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  REMINDER_TIMINGS: z.string().trim().optional(),
  DIRECTOR_USER_IDS: z.string().trim().optional(),
  REMINDER_JOB_LOCK_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  MAIL_FROM: z.string().trim().min(3).default('Beslutskedjan <noreply@beslutskedjan.invalid>'),
  LIVE_HEARTBEAT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  OIDC_ISSUER: url(['https', 'http']).optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_SCOPE: z.string().trim().min(1).default('openid profile email'),
  WEB_DIST: z.string().min(1).default('./dist/web'),
  BOARD_RULES: z.string().trim().optional(),
  SEAL_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  SEAL_KEY_FILE: z.string().min(1).optional(),
  SEAL_DIGEST_DIR: z.string().min(1).optional(),
  SEAL_QUIET_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
  CORS_ORIGINS: z.string().trim().optional(),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  RATE_LIMIT_PER_USER: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(1000),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

const days = z.number().int().min(0).max(366);
/** Reminder timings one tenant may override; every field has a default in libs/reminders. */
const reminderTimingsOverride = z
  .object({
    followUpDueSoonDays: days,
    followUpOverdueDays: days.min(1),
    preparationLateDays: days.min(1),
    agendaDaysBefore: days,
    votePendingAfterMinutes: z
      .number()
      .int()
      .min(0)
      .max(24 * 60),
    minutesAttestationAfterDays: days,
    minutesDeadlineReminderDaysBefore: days,
    /** MM-DD, every year. */
    policyReviewDate: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be MM-DD'),
    /** HH:MM Swedish time at which date-based reminders go out. */
    sendAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM'),
    /** A reminder not sent within this many days of its due time is dropped as stale (e.g. after a long outage or on a first build over an old log). */
    lapseAfterDays: days.min(1),
  })
  .partial()
  .strict();
const reminderTimingsJson = z
  .object({
    defaults: reminderTimingsOverride.default({}),
    tenants: z.record(z.string().regex(TENANT_PATTERN), reminderTimingsOverride).default({}),
  })
  .strict();
/** What a förbund's own rules (förbundsordning, arbetsordning) may set; defaults in libs/board/src/board-rules.ts. */
const boardRulesOverride = z
  .object({
    forbundName: z.string().trim().min(1).max(200),
    attestationDays: days.min(1),
  })
  .partial()
  .strict();
const boardRulesJson = z
  .object({ defaults: boardRulesOverride.default({}), tenants: z.record(z.string().regex(TENANT_PATTERN), boardRulesOverride).default({}) })
  .strict();
export type BoardRulesSettings = z.infer<typeof boardRulesJson>;

export type ReminderTimingsOverride = z.infer<typeof reminderTimingsOverride>;
export type ReminderTimingsSettings = z.infer<typeof reminderTimingsJson>;

export interface AppConfig {
  port: number;
  /** The interface the API listens on (HOST). */
  host: string;
  dataDir: string;
  eventStore: { kind: 'sqlite'; file: string } | { kind: 'kurrentdb'; url: string };
  redisUrl: string | undefined;
  smtpUrl: string | undefined;
  auth: {
    secret: string;
    secretSource: 'env' | 'file';
    jwksUrl: string | undefined;
    issuer: string | undefined;
    audience: string | undefined;
    /** Tokens must carry `exp`, and live at most this long (TOKEN_MAX_LIFETIME_SECONDS, default 12 h). */
    maxLifetimeSeconds: number;
    /** Tolerated clock difference for exp, iat and nbf (TOKEN_CLOCK_SKEW_SECONDS, default 60). */
    clockSkewSeconds: number;
  };
  publicUrl: string;
  seedDemo: boolean;
  web: {
    /** The built web app (vite build output) served at `/`; absent: the API runs without it. */
    distDir: string;
    /** Production sign-in: authorization code + PKCE against this issuer, for this client. */
    oidc: { issuer: string; clientId: string; scope: string } | null;
    /** The demo's sign-in page and token endpoint: only with the demo seeded and no OIDC issuer. */
    demoSignIn: boolean;
  };
  /** Per-tenant board rules (BOARD_RULES, JSON). */
  boardRules: BoardRulesSettings;
  http: {
    /** Origins allowed to call the API from a browser (CORS_ORIGINS, comma-separated); none: CORS stays closed. */
    corsOrigins: string[];
    /** Requests per window and user (after authentication) and per client IP (before it). */
    rateLimit: { windowSeconds: number; perUser: number; perIp: number };
  };
  audit: {
    /**
     * HMAC key of the seals: SEAL_KEY, or the file SEAL_KEY_FILE (default ~/.beslutskedjan/seal-key, created
     * once), kept outside DATA_DIR so whoever can write the database cannot forge a seal.
     */
    sealKey: Buffer;
    sealKeySource: 'env' | 'file';
    /** Where each seal's digest is appended, one file a day, for an operator to archive elsewhere. */
    digestDir: string;
    /** The worker seals a förbund's log after this long without new events (and at least daily). */
    quietSeconds: number;
  };
  /** METRICS_PORT: /metrics on a listener of its own, without a token (unset: only the API's operator-only /metrics). */
  metricsPort: number | undefined;
  /** LOG_LEVEL; `info` by default, `warn` under a test runner (NODE_ENV=test) so suites stay readable. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  reminders: {
    /** Per-tenant overrides of the reminder timings (REMINDER_TIMINGS, JSON); defaults live in libs/reminders. */
    timings: ReminderTimingsSettings;
    /** "The director" when a reminder has no case preparer (DIRECTOR_USER_IDS); tenant null: every tenant. */
    directorUserIds: Array<{ tenant: string | null; userId: string }>;
    /** BullMQ lock of a job being delivered; a killed worker's job is retried after it lapses. */
    jobLockMs: number;
    mailFrom: string;
  };
  /** Server-sent event streams: a comment this often keeps proxies from closing an idle stream. */
  live: { heartbeatMs: number };
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
  if (c.OIDC_ISSUER !== undefined && c.OIDC_CLIENT_ID === undefined)
    throw new ConfigError('Invalid configuration:\n  OIDC_CLIENT_ID: required when OIDC_ISSUER is set');
  const timings = parseJsonSetting('REMINDER_TIMINGS', reminderTimingsJson, c.REMINDER_TIMINGS) ?? { defaults: {}, tenants: {} };
  const boardRules = parseJsonSetting('BOARD_RULES', boardRulesJson, c.BOARD_RULES) ?? { defaults: {}, tenants: {} };
  const dataDir = resolve(c.DATA_DIR);
  const secret = c.TOKEN_SECRET ?? ensureLocalSecret(dataDir);
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir,
    eventStore: c.KURRENTDB_URL ? { kind: 'kurrentdb', url: c.KURRENTDB_URL } : { kind: 'sqlite', file: join(dataDir, 'events.sqlite') },
    redisUrl: c.REDIS_URL,
    smtpUrl: c.SMTP_URL,
    auth: {
      secret,
      secretSource: c.TOKEN_SECRET ? 'env' : 'file',
      jwksUrl: c.JWKS_URL,
      issuer: c.TOKEN_ISSUER,
      audience: c.TOKEN_AUDIENCE,
      maxLifetimeSeconds: c.TOKEN_MAX_LIFETIME_SECONDS,
      clockSkewSeconds: c.TOKEN_CLOCK_SKEW_SECONDS,
    },
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    seedDemo: c.SEED_DEMO === 'true',
    web: {
      distDir: resolve(c.WEB_DIST),
      oidc: c.OIDC_ISSUER ? { issuer: c.OIDC_ISSUER.replace(/\/$/, ''), clientId: c.OIDC_CLIENT_ID ?? '', scope: c.OIDC_SCOPE } : null,
      demoSignIn: c.SEED_DEMO === 'true' && c.OIDC_ISSUER === undefined && c.JWKS_URL === undefined,
    },
    boardRules,
    http: {
      corsOrigins: parseOrigins(c.CORS_ORIGINS),
      rateLimit: { windowSeconds: c.RATE_LIMIT_WINDOW_SECONDS, perUser: c.RATE_LIMIT_PER_USER, perIp: c.RATE_LIMIT_PER_IP },
    },
    audit: {
      sealKey: c.SEAL_KEY
        ? Buffer.from(c.SEAL_KEY, 'utf8')
        : ensureSealKeyFile(c.SEAL_KEY_FILE ?? join(homedir(), '.beslutskedjan', 'seal-key')),
      sealKeySource: c.SEAL_KEY ? 'env' : 'file',
      digestDir: resolve(c.SEAL_DIGEST_DIR ?? join(dataDir, 'seal-digests')),
      quietSeconds: c.SEAL_QUIET_SECONDS,
    },
    metricsPort: c.METRICS_PORT,
    logLevel: c.LOG_LEVEL ?? ((env.NODE_ENV ?? process.env.NODE_ENV) === 'test' ? 'warn' : 'info'),
    reminders: { timings, directorUserIds: parseDirectors(c.DIRECTOR_USER_IDS), jobLockMs: c.REMINDER_JOB_LOCK_MS, mailFrom: c.MAIL_FROM },
    live: { heartbeatMs: c.LIVE_HEARTBEAT_MS },
  };
}

/** REMINDER_TIMINGS, BOARD_RULES: `{"defaults": {...}, "tenants": {"demo": {...}}}`, each a partial set. */
function parseJsonSetting<T>(name: string, shape: z.ZodType<T>, raw: string | undefined): T | undefined {
  if (raw === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  ${name}: not JSON (${(error as Error).message})`);
  }
  const parsed = shape.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${name}.${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** DIRECTOR_USER_IDS: comma-separated `tenant:userId` (one tenant) or `userId` (every tenant). */
function parseDirectors(raw: string | undefined): Array<{ tenant: string | null; userId: string }> {
  if (raw === undefined) return [];
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const colon = entry.indexOf(':');
      const tenant = colon < 0 ? null : entry.slice(0, colon);
      const userId = colon < 0 ? entry : entry.slice(colon + 1);
      if ((tenant !== null && !TENANT_PATTERN.test(tenant)) || userId === '') {
        throw new ConfigError(`Invalid configuration:\n  DIRECTOR_USER_IDS: "${entry}" must be tenant:userId or userId`);
      }
      return { tenant, userId };
    });
}

/**
 * The embedded default needs a signing secret without anyone choosing one: a random one is
 * created once in the data directory and shared by the API, the worker and the token CLI.
 */
export function ensureLocalSecret(dataDir: string): string {
  const file = join(dataDir, 'token-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  privateDir(dataDir);
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

/** CORS_ORIGINS: exact origins such as `https://beslut.example.se`, comma-separated. */
function parseOrigins(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  return raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '')
    .map((origin) => {
      if (!/^https?:\/\/[^/\s]+$/.test(origin))
        throw new ConfigError(`Invalid configuration:\n  CORS_ORIGINS: "${origin}" must be an origin such as https://beslut.example.se`);
      return origin;
    });
}

/** The seal key file is made once with 32 random bytes, readable by its owner only; every process shares it. */
export function ensureSealKeyFile(file: string): Buffer {
  const path = resolve(file);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(path, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const key = readFileSync(path, 'utf8').trim();
  if (key.length < 32) throw new ConfigError(`Invalid configuration:\n  SEAL_KEY_FILE: ${path} must hold at least 32 characters`);
  return Buffer.from(key, 'utf8');
}

/** For a process's entry point: a bad configuration stops it with the variables named and exit code 2. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}
