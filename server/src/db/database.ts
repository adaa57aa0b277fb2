import { MikroORM } from '@mikro-orm/postgresql';
import { runMigrations } from 'graphile-worker';
import pg from 'pg';
import { quietLogger } from '../jobs/job-logger.ts';
import { jobQueuePool } from './job-queue-pool.ts';
import type { Config } from '../config.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { ormConfig } from './orm-config.ts';

/** An open database: the ORM plus whatever must be stopped with it. */
export interface Database {
  orm: MikroORM;
  url: string;
  /** Applies pending migrations; returns the names applied. */
  migrate: () => Promise<string[]>;
  /** Closes the pool, then stops an embedded cluster this process started. */
  close: () => Promise<void>;
}

/** Creates `name` on the server of `maintenanceUrl` unless it exists. */
export async function ensureDatabase(maintenanceUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** Opens the ORM on an existing URL. */
export async function openOrm(url: string, poolMax?: number): Promise<MikroORM> {
  return MikroORM.init(ormConfig(url, poolMax === undefined ? {} : { poolMax }));
}

/**
 * Applies pending migrations of `orm` (after the job queue's own schema, `graphile_worker`,
 * so jobs can be enqueued in any booking transaction); returns the names of ours applied.
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const pool = jobQueuePool(orm.config.get('clientUrl'), 1);
  try {
    await runMigrations({ pgPool: pool, logger: quietLogger });
  } finally {
    await pool.end();
  }
  const applied = await orm.migrator.up();
  return applied.map((migration) => migration.name);
}

/**
 * Connects to DATABASE_URL, or to the embedded PostgreSQL in the data directory (started
 * on demand, or reused when another Slotkit process runs it).
 */
export async function openDatabase(config: Config, log: (line: string) => void = () => {}): Promise<Database> {
  let url = config.databaseUrl;
  let stopEmbedded = async () => {};
  if (!url) {
    const embedded = await startEmbeddedPostgres(config.dataDir, { log });
    await ensureDatabase(embedded.url(), 'slotkit');
    url = embedded.url('slotkit');
    stopEmbedded = embedded.stop;
  }
  const orm = await openOrm(url);
  return {
    orm,
    url,
    migrate: () => migrate(orm),
    close: async () => {
      await orm.close(true);
      await stopEmbedded();
    },
  };
}
