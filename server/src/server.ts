import type { Server, ServerResponse } from 'node:http';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { createApp } from './http/app.ts';
import type { Logger } from './logger.ts';
import { purgeExpiredIdempotencyRecords } from './services/idempotency.ts';
import { paymentsFor } from './services/payments/provider.ts';

/** A listening Slotkit API with a graceful stop. */
export interface RunningServer {
  server: Server;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. */
  stop: () => Promise<void>;
}

/** Starts the HTTP server on the configured port. */
export async function startServer(
  db: Database, config: Config, logger: Logger, options: { beforeDatabaseClose?: () => Promise<void> } = {},
): Promise<RunningServer> {
  const app = createApp({ orm: db.orm, config, logger, payments: paymentsFor(config, logger) });
  const server = app.listen(config.port);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  let stopping: Promise<void> | undefined;
  // Idempotency records live 24 h; sweep expired ones every 10 minutes.
  const sweep = setInterval(() => {
    purgeExpiredIdempotencyRecords(db.orm.em.fork(), new Date()).catch((error) => logger.warn('idempotency sweep failed', { err: String(error) }));
  }, 600_000);
  sweep.unref();
  // Keep-alive connections busy when stop() begins would otherwise stay open after their
  // response (serving further requests) until the client drops them or the forced cut, so
  // stop() hung for seconds. Responses sent while stopping say `Connection: close`, which
  // makes Node close each connection right after its response.
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_req, res: ServerResponse) => {
    if (stopping) res.setHeader('Connection', 'close');
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  });
  const stop = () => (stopping ??= (async () => {
    clearInterval(sweep);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    server.closeIdleConnections();
    // In-flight requests get 10 s to finish; then their sockets are cut.
    const force = setTimeout(() => server.closeAllConnections(), 10_000);
    await closed;
    clearTimeout(force);
    await options.beforeDatabaseClose?.();
    await db.close();
  })());
  return { server, url: `http://localhost:${port}`, stop };
}
