import { z } from 'zod';
import { PASSWORD_LENGTH } from '../../services/auth/passwords.ts';
import { workspaceSlug } from './common.ts';
import { memberOutput } from './member.ts';

/** A new password: 10 to 200 characters. */
export const password = z.string().min(PASSWORD_LENGTH.min).max(PASSWORD_LENGTH.max);
const token = z.string().min(1).max(200);

/** Sign-in with a workspace slug, email and password. */
export const loginInput = z.object({ workspace: workspaceSlug, email: z.string().max(254), password: z.string().max(PASSWORD_LENGTH.max) }).strict();

/** First-run: the owner API key proves the right to set the first owner's password. */
export const setupInput = z.object({
  workspace: workspaceSlug, apiKey: z.string().max(200), password, name: z.string().trim().min(1).max(200).optional(),
}).strict();

/** `?workspace=slug` of the setup check. */
export const setupQuery = z.object({ workspace: workspaceSlug });

/** Whether first-run setup is still needed. */
export const setupNeededOutput = z.object({ needed: z.boolean() }).meta({ id: 'SetupNeeded' });

/** Accepting an invitation: the emailed token and a password. */
export const acceptInviteInput = z.object({ token, password, name: z.string().trim().min(1).max(200).optional() }).strict();

/** Asking for a password-reset email. */
export const passwordResetInput = z.object({ workspace: workspaceSlug, email: z.string().max(254) }).strict();

/** Setting a new password with the emailed token. */
export const passwordResetConfirmInput = z.object({ token, password }).strict();

/** A signed-in dashboard session. */
export const sessionOutput = z.object({
  member: memberOutput,
  workspace: z.object({ id: z.string(), slug: z.string(), name: z.string(), timezone: z.string() }),
  /** Send as `X-CSRF-Token` on every request other than GET and HEAD. */
  csrfToken: z.string(),
}).meta({ id: 'Session' });
