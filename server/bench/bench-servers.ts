/**
 * The servers under benchmark, in their own process so the load generator does not share
 * their event loop: the Slotkit API on DATABASE_URL and a bare Koa route, both on loopback.
 * Prints `{"port":N,"barePort":M}` once listening; stops on SIGTERM.
 */
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { loadConfig } from '../src/config.ts';
import { openOrm } from '../src/db/database.ts';
import { createApp } from '../src/http/app.ts';
import { createLogger } from '../src/logger.ts';

const orm = await openOrm(process.env.DATABASE_URL!, 40);
const now = new Date(process.env.BENCH_NOW!);
const config = loadConfig({ LOG_LEVEL: 'silent', SLOTKIT_BOOKING_RATE_LIMIT: '10000000' });
const listen = (app: Koa) => new Promise<number>((resolve) => {
  const server = app.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
});
const bare = new Koa();
bare.use((ctx) => { ctx.body = { ok: true }; });
const port = await listen(createApp({ orm, config, logger: createLogger('silent'), clock: () => now }));
const barePort = await listen(bare);
process.stdout.write(JSON.stringify({ port, barePort }) + '\n');
process.once('SIGTERM', () => { orm.close(true).finally(() => process.exit(0)); });
