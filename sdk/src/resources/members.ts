import { seg } from '../path.ts';
import type { Request, RequestOptions } from '../request.ts';
import type { Body, Member, Page, Query, Result } from '../types.ts';

/** The people who run the workspace. */
export function membersResource(request: Request) {
  const base = '/v1/members';
  return {
    /** One page of members, oldest first. */
    list: (query?: Query<'listMembers'>, o?: RequestOptions) => request<Page<Member>>('GET', base, { query: { ...query } }, o),
    /** One member. */
    get: (id: string, o?: RequestOptions) => request<Member>('GET', `${base}/${seg(id)}`, {}, o),
    /** Invites a member by email; returns the member and the single-use `inviteUrl` (also emailed). */
    invite: (body: Body<'inviteMember'>, o?: RequestOptions) => request<Result<'inviteMember'>>('POST', base, { body }, o),
    /** Changes a member's name, role or hosts. */
    update: (id: string, body: Body<'updateMember'>, o?: RequestOptions) => request<Member>('PATCH', `${base}/${seg(id)}`, { body }, o),
    /** Removes a member and ends their sessions. */
    remove: (id: string, o?: RequestOptions) => request<undefined>('DELETE', `${base}/${seg(id)}`, {}, o),
  };
}
