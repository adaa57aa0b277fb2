import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { uuidPrimaryKey } from './common.ts';

/** The first successful response to a POST with an Idempotency-Key, replayed for 24 h. */
export const IdempotencyRecord = defineEntity({
  name: 'IdempotencyRecord',
  properties: {
    id: uuidPrimaryKey(),
    /** Who may replay it: the route and the caller (workspace and credential or client). */
    scope: p.string(),
    key: p.string(),
    requestHash: p.string().length(64),
    responseStatus: p.integer(),
    responseBody: p.json<unknown>(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
  },
  uniques: [{ properties: ['scope', 'key'] }],
  indexes: [{ properties: ['expiresAt'] }],
});
/** An idempotency record row. */
export type IIdempotencyRecord = InferEntity<typeof IdempotencyRecord>;
