import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { getMember, inviteMember, listMembers, removeMember, updateMember } from '../../services/auth/members.ts';
import { presentMember } from '../presenters-auth.ts';
import { defineRoute, type Route } from '../route.ts';
import { idParams, listOf, pagination } from '../schemas/common.ts';
import { memberInvited, memberInviteInput, memberOutput, memberPatch } from '../schemas/member.ts';

const TAG = 'Members';

/** The people who run a workspace: list, invite, change role or hosts, remove. */
export function memberRoutes(deps: { clock: () => Date; publicUrl: string }): Route[] {
  const em = (ctx: { state: Record<string, unknown> }) => ctx.state.em as EntityManager;
  return [
    defineRoute({
      method: 'get', path: '/v1/members', operationId: 'listMembers', tag: TAG, summary: 'Members of the workspace, oldest first.',
      auth: { kind: 'admin', role: 'viewer' }, query: z.object(pagination), responses: { 200: { description: 'A page of members', schema: listOf(memberOutput) } },
      handler: async ({ ctx, caller, query }) => {
        const page = await listMembers(em(ctx), caller.workspaceId, query);
        return { body: { data: page.data.map(presentMember), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/members/:id', operationId: 'getMember', tag: TAG, summary: 'One member.',
      auth: { kind: 'admin', role: 'viewer' }, params: idParams, responses: { 200: { description: 'The member', schema: memberOutput } },
      handler: async ({ ctx, caller, params }) => ({ body: presentMember(await getMember(em(ctx), caller.workspaceId, params.id)) }),
    }),
    defineRoute({
      method: 'post', path: '/v1/members', operationId: 'inviteMember', tag: TAG,
      summary: 'Invite a member by email (single-use link, valid 7 days); only an owner may invite owners; a taken email (in any case) is 409 member_exists.',
      auth: { kind: 'admin', role: 'admin' }, body: memberInviteInput, idempotent: true,
      responses: { 201: { description: 'Invited', schema: memberInvited } },
      handler: async ({ ctx, caller, body }) => {
        const { member, inviteUrl } = await inviteMember(em(ctx), caller, body, { publicUrl: deps.publicUrl, now: deps.clock() });
        return { status: 201, body: { member: presentMember(member), inviteUrl } };
      },
    }),
    defineRoute({
      method: 'patch', path: '/v1/members/:id', operationId: 'updateMember', tag: TAG,
      summary: 'Change a member\'s name, role or hosts; the last owner stays owner (409 last_owner).',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, body: memberPatch, responses: { 200: { description: 'The member', schema: memberOutput } },
      handler: async ({ ctx, caller, params, body }) => ({ body: presentMember(await updateMember(em(ctx), caller, params.id, body)) }),
    }),
    defineRoute({
      method: 'delete', path: '/v1/members/:id', operationId: 'removeMember', tag: TAG,
      summary: 'Remove a member and end their sessions; the last owner cannot be removed (409 last_owner).',
      auth: { kind: 'admin', role: 'admin' }, params: idParams, responses: { 204: { description: 'Removed' } },
      handler: async ({ ctx, caller, params }) => {
        await removeMember(em(ctx), caller, params.id);
        return { status: 204, body: null };
      },
    }),
  ];
}
