import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A failed sign-in, counted per account and per client address to throttle password
 * guessing. Kept in PostgreSQL so every API process counts the same failures.
 */
export const LoginAttempt = defineEntity({
  name: 'LoginAttempt',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    /** `account:<sha256>` or `address:<ip>`; the account's email is never stored in clear. */
    scope: p.string(),
    at: p.datetime(),
  },
  indexes: [{ properties: ['scope', 'at'] }],
});
/** A login attempt row. */
export type ILoginAttempt = InferEntity<typeof LoginAttempt>;
