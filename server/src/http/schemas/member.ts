import { z } from 'zod';
import { MEMBER_STATUSES, ROLES } from '../../db/entities/index.ts';
import { uuid } from './common.ts';

const role = z.enum(ROLES);
const hostIds = z.array(uuid).max(100);

/** Fields to invite a member. */
export const memberInviteInput = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200).optional(),
  role,
  hostIds: hostIds.default([]),
}).strict();

/** Fields of a member an admin may change. */
export const memberPatch = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  role: role.optional(),
  hostIds: hostIds.optional(),
}).strict();

/** A member as the API returns it. */
export const memberOutput = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role,
  /** The hosts whose bookings a staff member sees and handles. */
  hostIds: z.array(z.string()),
  status: z.enum(MEMBER_STATUSES),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
}).meta({ id: 'Member' });

/** What inviting returns: the member and the single-use link (also emailed). */
export const memberInvited = z.object({ member: memberOutput, inviteUrl: z.string() }).meta({ id: 'MemberInvited' });
