import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openOrm } from '../src/db/database.ts';
import { cloneDatabase } from './harness.ts';

let orm: MikroORM;
beforeAll(async () => { orm = await openOrm(await cloneDatabase(), 2); });
afterAll(() => orm.close(true));

it('the committed migrations produce exactly the schema the entities describe', async () => {
  // A drift here means the next generated migration would alter (or drop) something,
  // e.g. the exclusion constraint that prevents double booking.
  const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
  expect(diff.trim()).toBe('');
});

it('has no pending migrations after setup', async () => {
  expect(await orm.migrator.getPending()).toEqual([]);
});
