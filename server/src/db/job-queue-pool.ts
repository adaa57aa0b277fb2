import pg from 'pg';

/**
 * A `pg` pool for graphile-worker. It has every error handler graphile-worker asks for: an
 * idle client's error (a restarted database) must not crash the process; the next query
 * reports it instead.
 */
export function jobQueuePool(connectionString: string, max: number, onError: (error: Error) => void = () => {}): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', onError);
  pool.on('connect', (client) => { client.on('error', onError); });
  return pool;
}
