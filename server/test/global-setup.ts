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
 * One embedded PostgreSQL for a test project: migrate a template database once; each test
 * file then clones it (CREATE DATABASE ... TEMPLATE), which takes milliseconds. `label`
 * names the data directory, so projects whose setups share one process keep their own.
 */
export async function provideTestDatabase(project: TestProject, label: string) {
  const dataDir = resolve(import.meta.dirname, '../../.test-data', `${label}-${process.pid}`);
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

/** The server project's setup. */
export default function setup(project: TestProject) {
  return provideTestDatabase(project, 'run');
}
