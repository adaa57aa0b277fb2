import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAt, uuidPrimaryKey } from './common.ts';
import { Member } from './member.ts';
import { Workspace } from './workspace.ts';

/** What a one-time token lets its holder do. */
export const MEMBER_TOKEN_PURPOSES = ['invite', 'password_reset'] as const;
/** A one-time token's purpose. */
export type MemberTokenPurpose = (typeof MEMBER_TOKEN_PURPOSES)[number];

/** A single-use, expiring token sent by email (invitation, password reset); stored as SHA-256 only. */
export const MemberToken = defineEntity({
  name: 'MemberToken',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    member: () => p.manyToOne(Member).deleteRule('cascade').index(),
    purpose: p.enum(MEMBER_TOKEN_PURPOSES),
    tokenHash: p.string().length(64).unique(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
    createdAt: createdAt(),
  },
});
/** A one-time token row. */
export type IMemberToken = InferEntity<typeof MemberToken>;
