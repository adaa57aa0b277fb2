import { z } from 'zod';

/** Server configuration, read once from the environment by `loadConfig`. */
export interface Config {
  port: number;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  secretKey: string;
  resendApiKey: string | undefined;
  emailFrom: string;
  stripeSecretKey: string | undefined;
  stripeWebhookSecret: string | undefined;
  /** Stripe's API origin (tests point the SDK at a local server); Stripe's own otherwise. */
  stripeApiUrl: string | undefined;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Booking creations allowed per client address per minute. */
  bookingRateLimit: number;
  /** Largest accepted request body in bytes. */
  bodyLimitBytes: number;
  /** Production mode: stricter defaults (a real SECRET_KEY is required). */
  production: boolean;
  /** Behind a load balancer: take the client address from X-Forwarded-For (rate limits, idempotency scopes). */
  trustProxy: boolean;
  /** Outbound requests (calendar feeds, webhooks) may reach loopback and private addresses; off in production (SSRF). */
  allowPrivateTargets: boolean;
  /** Resend's API origin (tests point it at a local server); Resend's own default otherwise. */
  resendBaseUrl: string | undefined;
  /** Run the job worker inside `slotkit start` (off when separate `slotkit worker` processes run). */
  runWorker: boolean;
  /** Jobs one worker process runs at once. */
  workerConcurrency: number;
  /** Seconds to wait before each retry of a failed webhook delivery; the last one ends the tries. */
  webhookRetrySchedule: number[];
  /** Seconds without a heartbeat after which a worker counts as dead and its jobs are released. */
  workerStaleAfterSeconds: number;
}

const optional = z.string().trim().min(1).optional();

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL').optional(),
  SLOTKIT_DATA_DIR: z.string().min(1).default('.data'),
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  RESEND_API_KEY: optional,
  EMAIL_FROM: z.string().min(3).default('Slotkit <bookings@slotkit.local>'),
  STRIPE_SECRET_KEY: optional,
  STRIPE_WEBHOOK_SECRET: optional,
  STRIPE_API_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SLOTKIT_BOOKING_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  SLOTKIT_BODY_LIMIT: z.coerce.number().int().min(1024).default(100_000),
  NODE_ENV: z.string().optional(),
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false').transform((v) => v === 'true' || v === '1'),
  SLOTKIT_ALLOW_PRIVATE_TARGETS: z.enum(['true', 'false', '1', '0']).optional().transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
  RESEND_BASE_URL: z.url().optional(),
  SLOTKIT_WORKER: z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1'),
  SLOTKIT_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
  // About 40 hours of tries in all: 10 s, 1 min, 5 min, 30 min, 1 h, 2 h, 4 h, 8 h, 12 h, 12 h.
  SLOTKIT_WEBHOOK_RETRY_SCHEDULE: z.string().regex(/^\d+(,\d+)*$/, 'must be seconds separated by commas, e.g. 10,60,300')
    .default('10,60,300,1800,3600,7200,14400,28800,43200,43200').transform((v) => v.split(',').map(Number)),
  SLOTKIT_WORKER_STALE_AFTER: z.coerce.number().int().min(1).default(60),
});

/** Thrown with one line per bad variable, so `slotkit start` can print them and exit. */
export class ConfigError extends Error {}

/** Parses and validates the environment; a development SECRET_KEY is used outside production. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.SECRET_KEY) throw new ConfigError('Invalid configuration:\n  SECRET_KEY: required in production');
  return {
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    databaseUrl: e.DATABASE_URL,
    dataDir: e.SLOTKIT_DATA_DIR,
    secretKey: e.SECRET_KEY ?? 'slotkit-development-secret-key-change-me!!',
    resendApiKey: e.RESEND_API_KEY,
    emailFrom: e.EMAIL_FROM,
    stripeSecretKey: e.STRIPE_SECRET_KEY,
    stripeWebhookSecret: e.STRIPE_WEBHOOK_SECRET,
    stripeApiUrl: e.STRIPE_API_URL,
    logLevel: e.LOG_LEVEL,
    bookingRateLimit: e.SLOTKIT_BOOKING_RATE_LIMIT,
    bodyLimitBytes: e.SLOTKIT_BODY_LIMIT,
    production,
    trustProxy: e.TRUST_PROXY,
    allowPrivateTargets: e.SLOTKIT_ALLOW_PRIVATE_TARGETS ?? !production,
    resendBaseUrl: e.RESEND_BASE_URL,
    runWorker: e.SLOTKIT_WORKER,
    workerConcurrency: e.SLOTKIT_WORKER_CONCURRENCY,
    webhookRetrySchedule: e.SLOTKIT_WEBHOOK_RETRY_SCHEDULE,
    workerStaleAfterSeconds: e.SLOTKIT_WORKER_STALE_AFTER,
  };
}
