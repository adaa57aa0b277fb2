import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MemberSession, type IMember } from '../../db/entities/index.ts';
import { randomToken, sha256 } from '../secrets.ts';

/** The dashboard's session cookie. */
export const SESSION_COOKIE = 'slotkit_session';
/** Sessions end this long after sign-in, however active (absolute lifetime). */
export const SESSION_LIFETIME_MS = 30 * 86_400_000;
/** `lastSeenAt` is written at most this often, so reads do not turn into writes. */
const SEEN_EVERY_MS = 60_000;

/** Starts a session for a member; the token (for the cookie) exists only in this answer. */
export async function createSession(em: EntityManager, member: IMember, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  // Expired sessions of this member go when a new one starts, so the table does not grow forever.
  await em.nativeDelete(MemberSession, { member: member.id, expiresAt: { $lte: now } });
  em.create(MemberSession, { workspace: member.workspace.id, member: member.id, tokenHash: sha256(token), expiresAt, lastSeenAt: now });
  await em.flush();
  return { token, expiresAt };
}

/** The live session behind a cookie token, with its member, or null; records activity at most once a minute. */
export async function resolveSession(em: EntityManager, token: string, now: Date) {
  if (token.length < 20 || token.length > 100) return null;
  const session = await em.findOne(MemberSession, { tokenHash: sha256(token), expiresAt: { $gt: now } }, { populate: ['member', 'member.hosts'] });
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SEEN_EVERY_MS) {
    await em.nativeUpdate(MemberSession, { id: session.id }, { lastSeenAt: now });
  }
  return session;
}

/** Ends the session of a cookie token (nothing when there is none). */
export async function endSession(em: EntityManager, token: string): Promise<void> {
  await em.nativeDelete(MemberSession, { tokenHash: sha256(token) });
}

/** Ends every session of a member (sign out everywhere, password change, removal). */
export async function endAllSessions(em: EntityManager, memberId: string): Promise<void> {
  await em.nativeDelete(MemberSession, { member: memberId });
}

/**
 * The CSRF token of a session: derived from the cookie's token under SECRET_KEY, so it is
 * stable for the session, needs no storage, and cannot be made without the httpOnly cookie.
 */
export function csrfTokenFor(secretKey: string, sessionToken: string): string {
  return createHmac('sha256', secretKey).update(`slotkit csrf\0${sessionToken}`).digest('base64url');
}

/** Whether a presented CSRF token belongs to the session (constant-time). */
export function csrfTokenMatches(secretKey: string, sessionToken: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(csrfTokenFor(secretKey, sessionToken));
  const actual = Buffer.from(presented);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
