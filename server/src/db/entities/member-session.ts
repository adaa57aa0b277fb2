import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAt, uuidPrimaryKey } from './common.ts';
import { Member } from './member.ts';
import { Workspace } from './workspace.ts';

/**
 * A dashboard sign-in. Only the SHA-256 of the cookie's token is stored, so a copy of the
 * table signs nobody in; every API process reads the same rows.
 */
export const MemberSession = defineEntity({
  name: 'MemberSession',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    member: () => p.manyToOne(Member).deleteRule('cascade').index(),
    tokenHash: p.string().length(64).unique(),
    createdAt: createdAt(),
    /** Absolute end: a session is never extended past it. */
    expiresAt: p.datetime(),
    lastSeenAt: p.datetime(),
  },
});
/** A session row. */
export type IMemberSession = InferEntity<typeof MemberSession>;
