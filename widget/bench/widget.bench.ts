// How fast a customer sees bookable days: a page on its own origin embeds the widget with the
// one script tag (from a real API on embedded PostgreSQL), and Chromium measures from the
// navigation's start to the first month grid showing available days, and from the moment the
// browser starts fetching slotkit.js to the same point. The page finds the grid itself (an
// init script watching the element's shadow root), so the widget needs no hooks.
//   cold: a fresh browser context each run (no HTTP cache); warm: reloads in one context.
// Run: pnpm bench:widget  (BENCH_RUNS=20 by default, BENCH_VERBOSE=1 prints one cold load's requests;
// target: median under 300 ms)
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, servePages } from '../../sdk/test/fixtures/browser.ts';
import { buildWidgetBundle } from '../../server/src/http/widget-assets.ts';
import { ensureDatabase, migrate, openOrm } from '../../server/src/db/database.ts';
import { startEmbeddedPostgres } from '../../server/src/db/embedded-postgres.ts';
import { createWorkspace } from '../../server/src/services/workspaces.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const TARGET_MS = 300;

// The bundle from the current source, then a real API (the test fixture server, in a child
// process so the page's requests are not served by this one's event loop).
await buildWidgetBundle();
const dataDir = resolve(import.meta.dirname, '../../.test-data/bench-widget');
rmSync(dataDir, { recursive: true, force: true });
const pg = await startEmbeddedPostgres(dataDir, { durable: false });
await ensureDatabase(pg.url(), 'bench');
const orm = await openOrm(pg.url('bench'), 2);
await migrate(orm);
const child = spawn(process.execPath, [resolve(import.meta.dirname, '../../server/test/fixtures/serve.ts')], {
  // The real clock: the month on screen is this month, as for a visitor today.
  env: { ...process.env, DATABASE_URL: pg.url('bench'), SLOTKIT_TEST_NOW: new Date().toISOString() }, stdio: ['ignore', 'pipe', 'inherit'],
});
const { port } = await new Promise<{ port: number }>((resolvePort) => {
  createInterface({ input: child.stdout! }).once('line', (line) => resolvePort(JSON.parse(line)));
});
const api = `http://127.0.0.1:${port}`;

// A workspace whose intro call is open 09:00–17:00 every day, so this month always has free days.
const { apiKey } = await createWorkspace(orm.em.fork(), { slug: 'bench', name: 'Bench', ownerEmail: 'owner@bench.test' });
const admin = async (path: string, body: unknown) => {
  const res = await fetch(api + path, { method: 'POST', headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<{ id: string }>;
};
const weekly = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => ({ day, start: '09:00', end: '17:00' }));
const schedule = await admin('/v1/schedules', { name: 'Every day', timezone: 'UTC', weekly });
const host = await admin('/v1/hosts', { name: 'Host', timezone: 'UTC', scheduleId: schedule.id });
await admin('/v1/event-types', { slug: 'intro-call', title: 'Intro call', durations: [30], hostIds: [host.id] });

const scriptUrl = `${api}/widget/slotkit.js`;
const site = await servePages({
  '/': {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Widget speed</title>
<script type="module" src="${scriptUrl}"></script></head>
<body><booking-calendar workspace="bench" event-type="intro-call" timezone="UTC"></booking-calendar></body></html>`,
  },
});

/**
 * Runs in the page before its own scripts: watches for the element's shadow root, then for a
 * day button named "…, N times available", and records that instant (ms since navigation).
 */
function watchForOpenDays(): void {
  const open = /\b[1-9]\d* times? available$/;
  const found = (root: ShadowRoot) => [...root.querySelectorAll('[role="grid"] button')].some((b) => open.test(b.getAttribute('aria-label') ?? ''));
  const record = () => { (window as unknown as { slotsRenderedAt?: number }).slotsRenderedAt ??= performance.now(); };
  const watchRoot = (root: ShadowRoot) => {
    if (found(root)) return record();
    const observer = new MutationObserver(() => { if (found(root)) { observer.disconnect(); record(); } });
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
  };
  // The shadow root exists once the element upgrades, right after the bundle runs.
  const poll = () => {
    const root = document.querySelector('booking-calendar')?.shadowRoot;
    if (root) watchRoot(root);
    else requestAnimationFrame(poll);
  };
  document.addEventListener('DOMContentLoaded', poll);
}

/** One load's milestones, in ms since navigation start. */
interface Run {
  fromNavigation: number;
  fromScript: number;
  /** slotkit.js downloaded. */
  scriptLoaded: number;
  /** The first slots response (the month on screen) received. */
  slotsLoaded: number;
}

/** One page load: from navigation start and from the script's fetch start to open days on screen. */
async function measure(context: BrowserContext, reload: boolean): Promise<Run> {
  const page = context.pages()[0] ?? await context.newPage();
  if (reload) await page.reload({ waitUntil: 'commit' });
  else await page.goto(`${site.origin}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { slotsRenderedAt?: number }).slotsRenderedAt !== undefined, undefined, { timeout: 15_000, polling: 50 });
  return page.evaluate((url) => {
    const renderedAt = (window as unknown as { slotsRenderedAt: number }).slotsRenderedAt;
    const script = performance.getEntriesByName(url)[0] as PerformanceResourceTiming | undefined;
    const slots = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/slots?')) as PerformanceResourceTiming | undefined;
    return {
      fromNavigation: renderedAt, fromScript: renderedAt - (script?.startTime ?? 0),
      scriptLoaded: script?.responseEnd ?? Number.NaN, slotsLoaded: slots?.responseEnd ?? Number.NaN,
    };
  }, scriptUrl);
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
};

const browser = await launchChromium();
const newContext = async () => {
  const context = await browser.newContext();
  await context.addInitScript(watchForOpenDays);
  return context;
};
try {
  // One unmeasured load: Chromium's own start-up and the server's first compression.
  const warmup = await newContext();
  await measure(warmup, false);
  await warmup.close();

  if (process.env.BENCH_VERBOSE) {
    // One cold load's waterfall: what the browser fetched, when (ms since navigation).
    const context = await newContext();
    await measure(context, false);
    const entries = await context.pages()[0]!.evaluate(() => performance.getEntriesByType('resource').map((entry) => {
      const timing = entry as PerformanceResourceTiming;
      return `${timing.startTime.toFixed(0).padStart(5)} → ${timing.responseEnd.toFixed(0).padStart(5)} ms  ${timing.initiatorType.padEnd(6)} ${new URL(timing.name).pathname}${new URL(timing.name).search}`;
    }));
    console.log(`one cold load:\n  ${entries.join('\n  ')}`);
    await context.close();
  }

  const cold: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await newContext();
    cold.push(await measure(context, false));
    await context.close();
  }
  const warm: Run[] = [];
  const context = await newContext();
  await measure(context, false);
  for (let i = 0; i < RUNS; i++) warm.push(await measure(context, true));
  await context.close();

  const row = (label: string, runs: typeof cold) => {
    const nav = stats(runs.map((r) => r.fromNavigation));
    const script = stats(runs.map((r) => r.fromScript));
    return `  ${label.padEnd(5)} navigation → open days: median ${nav.median.toFixed(0)} ms, p95 ${nav.p95.toFixed(0)} ms`
      + ` | slotkit.js request → open days: median ${script.median.toFixed(0)} ms, p95 ${script.p95.toFixed(0)} ms`
      + `\n        (medians since navigation: slotkit.js loaded ${stats(runs.map((r) => r.scriptLoaded)).median.toFixed(0)} ms,`
      + ` first slots response ${stats(runs.map((r) => r.slotsLoaded)).median.toFixed(0)} ms)`;
  };
  console.log(`\nWidget speed, ${RUNS} runs each (Chromium, loopback API on embedded PostgreSQL, target median < ${TARGET_MS} ms):`);
  console.log(row('cold', cold));
  console.log(row('warm', warm));
  const worst = stats(cold.map((r) => r.fromNavigation)).median;
  if (worst > TARGET_MS) {
    console.log(`  cold median ${worst.toFixed(0)} ms is over the ${TARGET_MS} ms target`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await site.close();
  child.kill('SIGTERM');
  await new Promise((resolveExit) => child.once('exit', resolveExit));
  await orm.close(true);
  await pg.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
