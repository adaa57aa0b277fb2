import type { Request, RequestOptions } from '../request.ts';
import type { Body, Result } from '../types.ts';

/** Dashboard sign-in with the session cookie (browsers keep it; pass `credentials: 'include'` across origins). */
export function authResource(request: Request) {
  return {
    /** Signs in; the server sets the session cookie. Send the returned `csrfToken` on later writes. */
    login: (body: Body<'login'>, o?: RequestOptions) => request<Result<'login'>>('POST', '/v1/auth/login', { body }, o),
    /** The signed-in member, workspace and CSRF token (`UnauthorizedError` when signed out). */
    session: (o?: RequestOptions) => request<Result<'getSession'>>('GET', '/v1/auth/session', {}, o),
    /** Ends this session and clears its cookie. */
    logout: (o?: RequestOptions) => request<undefined>('POST', '/v1/auth/logout', {}, o),
    /** Ends every session of the signed-in member. */
    logoutAll: (o?: RequestOptions) => request<undefined>('POST', '/v1/auth/logout-all', {}, o),
    /** Whether the workspace still needs its first owner password. */
    setupNeeded: (workspace: string, o?: RequestOptions) => request<Result<'getSetup'>>('GET', '/v1/auth/setup', { query: { workspace } }, o),
    /** First run: sets the first owner's password with an owner API key, and signs in. */
    setup: (body: Body<'setup'>, o?: RequestOptions) => request<Result<'setup'>>('POST', '/v1/auth/setup', { body }, o),
    /** Accepts an invitation with its emailed token, and signs in. */
    acceptInvite: (body: Body<'acceptInvite'>, o?: RequestOptions) => request<Result<'acceptInvite'>>('POST', '/v1/auth/accept-invite', { body }, o),
    /** Emails a password-reset link if the member exists (the answer is the same either way). */
    requestPasswordReset: (body: Body<'requestPasswordReset'>, o?: RequestOptions) =>
      request<Result<'requestPasswordReset'>>('POST', '/v1/auth/password-reset', { body }, o),
    /** Sets a new password with the emailed token; every session of the member ends. */
    resetPassword: (body: Body<'confirmPasswordReset'>, o?: RequestOptions) => request<undefined>('POST', '/v1/auth/password-reset/confirm', { body }, o),
  };
}
