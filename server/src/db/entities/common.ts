import { randomUUID } from 'node:crypto';
import { p } from '@mikro-orm/core';

/** Primary key of every table: a random UUID made by the application. */
export const uuidPrimaryKey = () => p.uuid().primary().onCreate(() => randomUUID());

/** Creation instant, set once. */
export const createdAt = () => p.datetime().onCreate(() => new Date());

/** Last change instant. */
export const updatedAt = () => p.datetime().onCreate(() => new Date()).onUpdate(() => new Date());

/** Soft-deletion mark: archived rows keep their bookings and can be restored. */
export const archivedAt = () => p.datetime().nullable();
