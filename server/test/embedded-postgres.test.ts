/**
 * The embedded PostgreSQL that `slotkit start` runs without DATABASE_URL: data survives a
 * restart, a postmaster.pid left behind by a crash does not block the next start, and a
 * second start while one runs reuses that cluster instead of fighting over the directory.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.ts';

const ROOT = resolve(import.meta.dirname, '../../.test-data');
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  // Every cleanup runs (clusters stop, then directories go) even if an earlier one fails.
  const results = [];
  for (const cleanup of cleanups.splice(0).reverse()) results.push(await cleanup().then(() => undefined, (error: unknown) => error));
  const failed = results.find((error) => error !== undefined);
  if (failed) throw failed;
});

/** A fresh data directory under .test-data, removed (after its clusters stop) when the test ends. */
function dataDir(): string {
  const dir = resolve(ROOT, `embedded-${randomBytes(4).toString('hex')}`);
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Starts a cluster that is stopped when the test ends (stopping twice is harmless). */
async function start(dir: string): Promise<EmbeddedDatabase> {
  const db = await startEmbeddedPostgres(dir, { durable: false });
  cleanups.push(() => db.stop());
  return db;
}

async function query<Row = Record<string, unknown>>(url: string, text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as Row[];
  } finally {
    await client.end();
  }
}

const isAlive = (pid: number) => {
  try { process.kill(pid, 0); return true; } catch { return false; }
};

/** Processes whose parent is `pid` (the postmaster's backends and helpers). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch { /* the process ended meanwhile */ }
  }
  return children;
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !condition();) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('embedded PostgreSQL', () => {
  it('keeps its data across a stop and a start', async () => {
    const dir = dataDir();
    const first = await start(dir);
    expect(first.owned).toBe(true);
    await query(first.url(), `create table note (body text); insert into note values ('kept across restarts')`);
    await first.stop();
    await expect(query(first.url(), 'select 1')).rejects.toThrow();

    const second = await start(dir);
    expect(second.owned).toBe(true);
    expect(await query(second.url(), 'select body from note')).toEqual([{ body: 'kept across restarts' }]);
  });

  it('starts again after a crash left postmaster.pid behind', async () => {
    const dir = dataDir();
    const first = await start(dir);
    await query(first.url(), `create table note (body text); insert into note values ('before the crash')`);
    // This throwaway cluster commits asynchronously (durable: false); a checkpoint makes the row crash-safe.
    await query(first.url(), 'checkpoint');
    const pidFile = resolve(dir, 'postgres/postmaster.pid');
    const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    expect(isAlive(postmaster)).toBe(true);
    const helpers = childrenOf(postmaster);

    process.kill(postmaster, 'SIGKILL');
    await waitUntil(() => !isAlive(postmaster), 'the postmaster is gone');
    // Stopping the handle of a cluster that already died returns at once (it used to hang forever).
    const stopped = await Promise.race([first.stop().then(() => 'stopped'), new Promise((r) => setTimeout(() => r('still waiting'), 3_000))]);
    expect(stopped).toBe('stopped');
    // Orphaned backends notice their postmaster died and exit; until then they pin its shared memory.
    await waitUntil(() => helpers.every((pid) => !isAlive(pid)), 'the old backends are gone');
    expect(existsSync(pidFile)).toBe(true); // what a crash leaves behind

    const second = await start(dir);
    expect(second.owned).toBe(true);
    expect(await query(second.url(), 'select body from note')).toEqual([{ body: 'before the crash' }]);
    const newPostmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    expect(newPostmaster).not.toBe(postmaster);
  });

  it('treats a postmaster.pid whose pid now belongs to another program as stale, and leaves no signal hooks behind', async () => {
    const dir = dataDir();
    const first = await start(dir);
    await first.stop();
    // After a reboot the recorded pid may belong to anything: here, this very test process.
    const pidFile = resolve(dir, 'postgres', 'postmaster.pid');
    writeFileSync(pidFile, `${process.pid}\n${resolve(dir, 'postgres')}\n0\n54321\n`);
    const sigtermBefore = process.listeners('SIGTERM').length;
    const again = await start(dir);
    expect(again.owned).toBe(true);
    expect(again.url()).not.toContain(':54321/');
    // Its library's SIGINT/SIGTERM hooks would exit the process under our graceful shutdown.
    expect(process.listeners('SIGTERM').length).toBe(sigtermBefore);
  });

  it('reuses the cluster a running process owns instead of starting another', async () => {
    const dir = dataDir();
    const owner = await start(dir);
    const guest = await start(dir);
    expect(owner.owned).toBe(true);
    expect(guest.owned).toBe(false);
    expect(guest.url()).toBe(owner.url());
    expect(await query(guest.url(), 'select 1 as one')).toEqual([{ one: 1 }]);

    // The guest does not stop what it does not own.
    await guest.stop();
    expect(await query(owner.url(), 'select 1 as one')).toEqual([{ one: 1 }]);
  });
});
