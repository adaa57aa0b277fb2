import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, migrate, openOrm } from '../src/db/database.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';

/** Name of the migrated database every test file copies. */
export const TEMPLATE_DB = 'slotkit_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

/**
 * One embedded PostgreSQL for the whole run: migrate a template database once; each
 * test file then clones it (CREATE DATABASE ... TEMPLATE), which takes milliseconds.
 */
export default async function setup(project: TestProject) {
  const dataDir = resolve(import.meta.dirname, '../../.test-data', `run-${process.pid}`);
  const pg = await startEmbeddedPostgres(dataDir, { durable: false });
  await ensureDatabase(pg.url(), TEMPLATE_DB);
  const orm = await openOrm(pg.url(TEMPLATE_DB), 2);
  await migrate(orm);
  await orm.close(true);
  project.provide('pgUrl', pg.url());
  return async () => {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
