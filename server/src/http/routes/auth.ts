import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from 'koa';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { Member, type IMember } from '../../db/entities/index.ts';
import { acceptInvite } from '../../services/auth/invitations.ts';
import { confirmPasswordReset, requestPasswordReset } from '../../services/auth/password-reset.ts';
import { createSession, csrfTokenFor, endAllSessions, endSession } from '../../services/auth/sessions.ts';
import { completeSetup, setupNeeded, signIn } from '../../services/auth/sign-in.ts';
import { presentSession } from '../presenters-auth.ts';
import { defineRoute, type Route } from '../route.ts';
import {
  acceptInviteInput, loginInput, passwordResetConfirmInput, passwordResetInput, sessionOutput, setupInput, setupNeededOutput, setupQuery,
} from '../schemas/auth.ts';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from '../session-cookie.ts';

const TAG = 'Auth';

/** Dashboard sign-in: sessions in an httpOnly cookie, first-run setup, invitations and password resets. */
export function authRoutes(deps: { clock: () => Date; config: Config }): Route[] {
  const em = (ctx: { state: Record<string, unknown> }) => ctx.state.em as EntityManager;
  const secure = deps.config.publicUrl.startsWith('https:');
  const signedIn = { description: 'Signed in: the session, with its cookie set', schema: sessionOutput };

  /** Starts a session for the member, sets its cookie and answers the Session. */
  async function startSession(ctx: Context, member: IMember) {
    const { token, expiresAt } = await createSession(em(ctx), member, deps.clock());
    setSessionCookie(ctx, token, expiresAt, secure);
    return { body: presentSession(member, member.workspace, csrfTokenFor(deps.config.secretKey, token)) };
  }

  return [
    defineRoute({
      method: 'post', path: '/v1/auth/login', operationId: 'login', tag: TAG,
      summary: 'Sign in to the dashboard; sets the session cookie. Wrong credentials of any kind answer the same 401; repeated failures 429.',
      auth: { kind: 'public' }, body: loginInput, startsSession: true, responses: { 200: signedIn },
      handler: async ({ ctx, body }) => startSession(ctx, await signIn(em(ctx), body, ctx.ip, deps.clock())),
    }),
    defineRoute({
      method: 'get', path: '/v1/auth/session', operationId: 'getSession', tag: TAG, summary: 'The signed-in member, workspace and CSRF token.',
      auth: { kind: 'session' }, responses: { 200: { description: 'The session', schema: sessionOutput } },
      handler: async ({ ctx, caller }) => {
        const member = await em(ctx).findOneOrFail(Member, { id: caller.memberId! }, { populate: ['hosts', 'workspace'] });
        return { body: presentSession(member, member.workspace, csrfTokenFor(deps.config.secretKey, sessionTokenOf(ctx)!)) };
      },
    }),
    defineRoute({
      method: 'post', path: '/v1/auth/logout', operationId: 'logout', tag: TAG, summary: 'End this session and clear its cookie.',
      auth: { kind: 'session' }, responses: { 204: { description: 'Signed out' } },
      handler: async ({ ctx }) => {
        await endSession(em(ctx), sessionTokenOf(ctx)!);
        clearSessionCookie(ctx, secure);
        return { status: 204, body: null };
      },
    }),
    defineRoute({
      method: 'post', path: '/v1/auth/logout-all', operationId: 'logoutAll', tag: TAG, summary: 'End every session of the signed-in member, on every device.',
      auth: { kind: 'session' }, responses: { 204: { description: 'Signed out everywhere' } },
      handler: async ({ ctx, caller }) => {
        await endAllSessions(em(ctx), caller.memberId!);
        clearSessionCookie(ctx, secure);
        return { status: 204, body: null };
      },
    }),
    defineRoute({
      method: 'get', path: '/v1/auth/setup', operationId: 'getSetup', tag: TAG, summary: 'Whether the workspace still needs its first owner password.',
      auth: { kind: 'public' }, query: setupQuery, responses: { 200: { description: 'Setup state', schema: setupNeededOutput } },
      handler: async ({ ctx, query }) => ({ body: { needed: await setupNeeded(em(ctx), query.workspace) } }),
    }),
    defineRoute({
      method: 'post', path: '/v1/auth/setup', operationId: 'setup', tag: TAG,
      summary: 'First run: with an owner API key, set the first owner\'s password and sign in (409 setup_done afterwards).',
      auth: { kind: 'public' }, body: setupInput, startsSession: true, responses: { 200: signedIn },
      handler: async ({ ctx, body }) => startSession(ctx, await completeSetup(em(ctx), body, deps.clock())),
    }),
    defineRoute({
      method: 'post', path: '/v1/auth/accept-invite', operationId: 'acceptInvite', tag: TAG, summary: 'Accept an invitation with its emailed token: set a password and sign in.',
      auth: { kind: 'public' }, body: acceptInviteInput, startsSession: true, responses: { 200: signedIn },
      handler: async ({ ctx, body }) => startSession(ctx, await acceptInvite(em(ctx), body, deps.clock())),
    }),
    defineRoute({
      method: 'post', path: '/v1/auth/password-reset', operationId: 'requestPasswordReset', tag: TAG,
      summary: 'Email a password-reset link (valid 1 hour) if the member exists; the answer is the same either way.',
      auth: { kind: 'public' }, body: passwordResetInput, rateLimited: true,
      responses: { 202: { description: 'Accepted', schema: z.object({ accepted: z.literal(true) }) } },
      handler: async ({ ctx, body }) => {
        await requestPasswordReset(em(ctx), body, { publicUrl: deps.config.publicUrl, now: deps.clock() });
        return { status: 202, body: { accepted: true } };
      },
    }),
    defineRoute({
      method: 'post', path: '/v1/auth/password-reset/confirm', operationId: 'confirmPasswordReset', tag: TAG,
      summary: 'Set a new password with the emailed token; ends every session of the member.',
      auth: { kind: 'public' }, body: passwordResetConfirmInput, startsSession: true, responses: { 204: { description: 'Password changed' } },
      handler: async ({ ctx, body }) => {
        await confirmPasswordReset(em(ctx), body, deps.clock());
        clearSessionCookie(ctx, secure);
        return { status: 204, body: null };
      },
    }),
  ];
}

