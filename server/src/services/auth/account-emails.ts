import type { EntityManager } from '@mikro-orm/postgresql';
import type { IMember } from '../../db/entities/index.ts';
import { jsonColumn } from '../../db/raw-rows.ts';
import type { Branding } from '../../db/entities/workspace.ts';
import { queueEmail } from '../email/outbox.ts';
import { renderAccountEmail } from '../email/render.ts';
import type { AccountEmailKind } from '../email/strings.ts';

/** The dashboard page where an invited member sets a password. */
export function inviteUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/admin/#/accept-invite?token=${encodeURIComponent(token)}`;
}

/** The dashboard page where a member chooses a new password. */
export function passwordResetUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/admin/#/reset-password?token=${encodeURIComponent(token)}`;
}

/**
 * Queues an invitation or password-reset email through the outbox, in the caller's
 * transaction, keyed by the token row so it is queued once.
 */
export async function queueAccountEmail(
  em: EntityManager, member: IMember, kind: AccountEmailKind, link: { url: string; tokenId: string }, now: Date,
): Promise<void> {
  const [workspace] = await em.execute<{ name: string; branding: unknown }[]>('select name, branding from workspace where id = ?', [member.workspace.id]);
  const branding = jsonColumn<Branding>(workspace?.branding ?? {});
  const rendered = renderAccountEmail({
    kind, name: member.name, role: member.role, url: link.url, workspace: { name: workspace?.name ?? 'Slotkit', accentColor: branding.accentColor },
  });
  await queueEmail(em, {
    workspaceId: member.workspace.id, bookingId: null, dedupeKey: `member-token:${link.tokenId}`, kind, recipient: member.email,
    role: 'member', rendered, invite: null,
  }, now);
}
