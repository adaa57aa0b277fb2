import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAt, uuidPrimaryKey } from './common.ts';
import { Host } from './host.ts';
import { Workspace } from './workspace.ts';

/** Roles, from most to least powerful. */
export const ROLES = ['owner', 'admin', 'staff', 'viewer'] as const;
/** A member's role. */
export type Role = (typeof ROLES)[number];

/** Whether `role` has at least the power of `required` (owner > admin > staff > viewer). */
export function roleAtLeast(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(required);
}

/** Whether a member can sign in (`active`) or has an invitation still open (`invited`). */
export const MEMBER_STATUSES = ['active', 'invited'] as const;
/** A member's status. */
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** A person who administers a workspace. */
export const Member = defineEntity({
  name: 'Member',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    email: p.string(),
    name: p.string(),
    role: p.enum(ROLES),
    /** `scrypt$N$r$p$salt$hash` (see services/auth/passwords.ts); null until a password is set. */
    passwordHash: p.string().nullable(),
    status: p.enum(MEMBER_STATUSES).default('active'),
    lastSignInAt: p.datetime().nullable(),
    /** The hosts whose bookings a staff member sees and handles. */
    hosts: () => p.manyToMany(Host).pivotTable('member_host'),
    createdAt: createdAt(),
  },
  uniques: [
    { properties: ['workspace', 'email'] },
    // Sign-in and invitations match emails case-insensitively, so two members of a workspace
    // may not differ only in case; the index also settles two invitations racing.
    { name: 'member_workspace_id_lower_email_unique', expression: 'create unique index "member_workspace_id_lower_email_unique" on "member" ("workspace_id", lower("email"))' },
  ],
});
/** A member row. */
export type IMember = InferEntity<typeof Member>;
