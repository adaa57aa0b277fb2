#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { createLogger } from '../logger.ts';
import { startWorker } from '../jobs/worker.ts';
import { startServer } from '../server.ts';
import { mailerFor } from '../services/email/mailer.ts';
import { paymentsFor } from '../services/payments/provider.ts';
import { createApiKey } from '../services/api-keys.ts';
import { DEMO_OWNER, seedDemo } from '../services/demo-seed.ts';
import { workspaceBySlug, createWorkspace } from '../services/workspaces.ts';
import { Member } from '../db/entities/index.ts';

const USAGE = `Usage: slotkit <command> [options]
  start [--demo]      API server and job worker (embedded PostgreSQL in .data/ unless DATABASE_URL); --demo seeds the demo workspace
  worker              job worker only (emails, reminders, webhooks, calendar feeds); run several to scale
  migrate             apply database migrations
  seed-demo           create the demo workspace (idempotent) and print its API key
  workspace create --slug acme --name "Acme" --owner-email owner@acme.test [--timezone Europe/Berlin] [--json]
  api-key create --workspace acme --name ci [--role admin] [--json]`;

/** One-line failure: the CLI prints it and exits 1. */
class CliError extends Error {}

async function withDatabase<T>(config: Config, work: (db: Database, applied: string[]) => Promise<T>): Promise<T> {
  const db = await openDatabase(config);
  try {
    const applied = await db.migrate();
    return await work(db, applied);
  } finally {
    await db.close();
  }
}

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || !value.trim()) throw new CliError(`--${name} is required`);
  return value;
}

async function start(config: Config, demo: boolean): Promise<void> {
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config, (line) => logger.debug('postgres', { line }));
  const applied = await db.migrate();
  if (applied.length) logger.info('migrations applied', { applied });
  const seeded = demo ? await seedDemo(db.orm.em.fork(), config.secretKey, { paid: Boolean(config.stripeSecretKey) }) : undefined;
  // The job worker runs in this process unless SLOTKIT_WORKER=false (separate `slotkit worker`s).
  const worker = config.runWorker ? await startWorker({ orm: db.orm, config, logger, mailer: mailerFor(config), payments: paymentsFor(config, logger), tickMs: TICK_MS }) : undefined;
  const running = await startServer(db, config, logger, { beforeDatabaseClose: async () => { await worker?.stop(); } });
  const lines = [
    '',
    `  Slotkit is running at ${running.url}`,
    `  API reference:  ${running.url}/docs  (OpenAPI: ${running.url}/openapi.json)`,
    `  Health:         ${running.url}/readyz`,
    ...(seeded ? [
      `  Demo slots:     ${running.url}/v1/public/demo/event-types/intro-call/slots?from=${new Date().toISOString().slice(0, 10)}&to=${new Date(Date.now() + 6 * 86400000).toISOString().slice(0, 10)}&timezone=Europe/Berlin`,
      `  Demo API key:   ${seeded.apiKey}`,
      `  Dashboard:      ${running.url}/admin  (workspace demo, ${DEMO_OWNER.email} / ${DEMO_OWNER.password})`,
      `  Try:            curl -H "Authorization: Bearer ${seeded.apiKey}" ${running.url}/v1/event-types`,
    ] : []),
    '',
  ];
  process.stderr.write(lines.join('\n') + '\n');
  const shutdown = (signal: string) => {
    logger.info('shutting down', { signal });
    running.stop().then(() => process.exit(0), (error) => {
      logger.error('shutdown failed', { err: String(error) });
      process.exit(1);
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

/** How often workers look for due reminders and calendar feeds to refresh. */
const TICK_MS = 15_000;

/** Runs the job worker alone until SIGINT/SIGTERM, which let the jobs in hand finish. */
async function runWorker(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config, (line) => logger.debug('postgres', { line }));
  await db.migrate();
  const worker = await startWorker({ orm: db.orm, config, logger, mailer: mailerFor(config), payments: paymentsFor(config, logger), tickMs: TICK_MS });
  logger.info('worker running', { pool: worker.poolId, concurrency: config.workerConcurrency, mailer: config.resendApiKey ? 'resend' : 'outbox' });
  const shutdown = (signal: string) => {
    logger.info('worker stopping', { signal });
    worker.stop().then(() => db.close()).then(() => process.exit(0), (error) => {
      logger.error('worker stop failed', { err: String(error) });
      process.exit(1);
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      slug: { type: 'string' },
      name: { type: 'string' },
      'owner-email': { type: 'string' },
      timezone: { type: 'string' },
      workspace: { type: 'string' },
      role: { type: 'string', default: 'admin' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals.join(' ');
  if (values.help || !command) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const config = loadConfig(process.env);
  const print = (json: unknown, text: string) => process.stdout.write((values.json ? JSON.stringify(json) : text) + '\n');
  switch (command) {
    case 'start':
      return start(config, values.demo);
    case 'worker':
      return runWorker(config);
    case 'migrate':
      return withDatabase(config, async (_db, applied) => {
        print({ applied }, applied.length ? `applied ${applied.join(', ')}` : 'database is up to date');
      });
    case 'seed-demo':
      return withDatabase(config, async (db) => {
        const { created, apiKey } = await seedDemo(db.orm.em.fork(), config.secretKey, { paid: Boolean(config.stripeSecretKey) });
        print({ workspace: 'demo', created, apiKey }, `${created ? 'created' : 'kept'} workspace demo; API key: ${apiKey}`);
      });
    case 'workspace create':
      return withDatabase(config, async (db) => {
        const slug = required(values, 'slug');
        if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(slug) || slug === 'bookings') throw new CliError(`--slug must be lowercase letters, digits and dashes (got "${slug}")`);
        const ownerEmail = required(values, 'owner-email');
        if (!/^[^@\s]+@[^@\s]+$/.test(ownerEmail)) throw new CliError(`--owner-email must be an email address (got "${ownerEmail}")`);
        const { workspace, apiKey } = await createWorkspace(db.orm.em.fork(), {
          slug, name: required(values, 'name'), ownerEmail, ...(values.timezone ? { timezone: values.timezone } : {}),
        }).catch((error) => { throw new CliError(error.errors?.[0]?.message ? `workspace ${slug}: ${error.errors[0].message}` : String(error.message)); });
        print({ workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name }, apiKey }, `created workspace ${slug}; owner API key: ${apiKey}`);
      });
    case 'api-key create':
      return withDatabase(config, async (db) => {
        const em = db.orm.em.fork();
        const workspace = await workspaceBySlug(em, required(values, 'workspace')).catch(() => { throw new CliError(`no workspace "${values.workspace}"`); });
        const role = values.role as 'owner' | 'admin' | 'staff' | 'viewer';
        if (!['owner', 'admin', 'staff', 'viewer'].includes(role)) throw new CliError('--role must be owner, admin, staff or viewer');
        if (!await em.count(Member, { workspace: workspace.id })) throw new CliError(`workspace ${workspace.slug} has no members`);
        const { key, secret } = await createApiKey(em, workspace.id, required(values, 'name'), role);
        print({ id: key.id, name: key.name, role: key.role, apiKey: secret }, `created API key ${key.name}: ${secret}`);
      });
    default:
      throw new CliError(`unknown command "${command}"; run slotkit --help`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const text = error instanceof CliError || error instanceof ConfigError ? error.message : `slotkit: ${error instanceof Error ? error.message : String(error)}`;
  // The CLI promises a one-line reason (shared/API.md), but a ConfigError lists one bad
  // variable per line: fold any multi-line message into one line, `; ` between the parts.
  const [head = '', ...rest] = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const message = rest.length ? `${head} ${rest.join('; ')}` : head;
  process.stderr.write(message.startsWith('slotkit') ? `${message}\n` : `slotkit: ${message}\n`);
  process.exit(1);
});
