import { fileURLToPath } from 'node:url';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities/index.ts';

const migrationsPath = fileURLToPath(new URL('./migrations', import.meta.url));

/** MikroORM options for a database URL; migrations are committed TypeScript files. */
export function ormConfig(clientUrl: string, { poolMax = 20 }: { poolMax?: number } = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    pool: { min: 0, max: poolMax },
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      glob: '!(*.d).ts',
      snapshot: false,
      snapshotName: '.snapshot-slotkit',
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    // The job queue's tables and functions (schema graphile_worker) come from graphile-worker's
    // own migrations: schema diffs must neither see them nor plan to drop them.
    schemaGenerator: { skipTables: [/^_private_/, 'migrations'], skipViews: ['jobs'], ignoreRoutines: true },
    debug: false,
  });
}
