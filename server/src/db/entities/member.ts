import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAt, uuidPrimaryKey } from './common.ts';
import { Workspace } from './workspace.ts';

/** Roles, from most to least powerful. */
export const ROLES = ['owner', 'admin', 'staff', 'viewer'] as const;
/** A member's role. */
export type Role = (typeof ROLES)[number];

/** Whether `role` has at least the power of `required` (owner > admin > staff > viewer). */
export function roleAtLeast(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) <= ROLES.indexOf(required);
}

/** A person who administers a workspace. */
export const Member = defineEntity({
  name: 'Member',
  properties: {
    id: uuidPrimaryKey(),
    workspace: () => p.manyToOne(Workspace).deleteRule('cascade'),
    email: p.string(),
    name: p.string(),
    role: p.enum(ROLES),
    createdAt: createdAt(),
  },
  uniques: [{ properties: ['workspace', 'email'] }],
});
/** A member row. */
export type IMember = InferEntity<typeof Member>;
