import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, migrate, openOrm } from '../../server/src/db/database.ts';
import { startEmbeddedPostgres } from '../../server/src/db/embedded-postgres.ts';
import { TEMPLATE_DB } from '../../server/test/global-setup.ts';

/**
 * The server's test setup (one embedded PostgreSQL, a migrated template database each test
 * file clones), in a data directory of its own: the server project's setup runs in the same
 * process and names its directory after the pid, so reusing that file would share (and then
 * delete) one cluster between two owners.
 */
export default async function setup(project: TestProject) {
  const dataDir = resolve(import.meta.dirname, '../../.test-data', `sdk-${process.pid}`);
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
