import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./tz-scenario.ts', import.meta.url));
const ZONES = ['UTC', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'Australia/Lord_Howe'];

function runUnder(tz: string): { processZone: string; results: unknown } {
  const stdout = execFileSync(process.execPath, [script], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(stdout) as { processZone: string; results: unknown };
}

describe('process time zone independence', () => {
  it('produces identical output whatever TZ the process runs in', () => {
    const outputs = ZONES.map((tz) => ({ tz, ...runUnder(tz) }));
    // The children really ran in different zones, so the comparison below means something
    // (ICU may report legacy spellings such as Asia/Katmandu, hence no exact match).
    expect(new Set(outputs.map((o) => o.processZone)).size).toBe(ZONES.length);
    const { processZone: _zone, tz: _tz, ...reference } = outputs[0]!;
    expect(JSON.stringify(reference.results).length).toBeGreaterThan(1_000);
    for (const { processZone: _p, tz: _t, ...rest } of outputs.slice(1)) expect(rest).toEqual(reference);
  }, 30_000);
});
