import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../errors.ts';
import { enqueue } from '../../jobs/enqueue.ts';
import type { Recipient } from '../lifecycle/booking-effects.ts';
import type { Mailer } from './mailer.ts';
import type { RenderedEmail } from './render.ts';
import type { AccountEmailKind, EmailKind } from './strings.ts';

/** An email to keep and send. */
export interface NewMessage {
  workspaceId: string;
  /** The booking it is about; null for account emails (invitations, password resets). */
  bookingId: string | null;
  /** What caused it: the same key is planned once, however often planning runs. */
  dedupeKey: string;
  kind: EmailKind | AccountEmailKind;
  recipient: string;
  role: Recipient | 'member';
  rendered: RenderedEmail;
  invite: { ics: string; method: string } | null;
}

/**
 * Adds an email to the outbox and its `email.send` job, in the caller's transaction; does
 * nothing when an email with the same dedupe key exists.
 */
export async function queueEmail(em: EntityManager, message: NewMessage, now: Date): Promise<void> {
  const [inserted] = await em.execute<{ id: string }[]>(
    `insert into outbox_message (id, workspace_id, booking_id, dedupe_key, kind, recipient, recipient_role, locale, subject, html, text, ics, ics_method, status, attempts, created_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?)
     on conflict (dedupe_key) do nothing returning id`,
    [message.workspaceId, message.bookingId, message.dedupeKey, message.kind, message.recipient, message.role, message.rendered.language,
      message.rendered.subject, message.rendered.html, message.rendered.text, message.invite?.ics ?? null, message.invite?.method ?? null, now],
  );
  if (inserted) await enqueue(em, 'email.send', { workspaceId: message.workspaceId, messageId: inserted.id });
}

interface MessageRow {
  id: string;
  status: string;
  recipient: string;
  subject: string;
  html: string;
  text: string;
  ics: string | null;
  ics_method: string | null;
}

/** How one try of sending went, for the job runner. */
export interface SendAttempt {
  /** This is the job's last try: a failure now is final. */
  lastTry: boolean;
}

/**
 * Sends one email through the mailer and marks it sent. An email already sent is not
 * sent again; a crash between the provider's answer and the mark is covered by the provider's
 * idempotency key (our message id). A failure is recorded and rethrown so the job retries;
 * on the last try the message is marked failed.
 */
export async function sendQueuedEmail(em: EntityManager, mailer: Mailer, from: string, messageId: string, now: Date, attempt: SendAttempt): Promise<void> {
  const [message] = await em.execute<MessageRow[]>(
    'select id, status, recipient, subject, html, text, ics, ics_method from outbox_message where id = ?', [messageId]);
  // A failed message is sent when its dead job is revived; only a sent one is never sent again.
  if (!message || message.status === 'sent') return;
  try {
    const providerId = await mailer.send({
      id: message.id, from, to: message.recipient, subject: message.subject, html: message.html, text: message.text,
      invite: message.ics && message.ics_method ? { ics: message.ics, method: message.ics_method } : undefined,
    });
    await em.execute(
      `update outbox_message set status = 'sent', provider = ?, provider_id = ?, attempts = attempts + 1, last_error = null, sent_at = ? where id = ? and status <> 'sent'`,
      [mailer.provider, providerId, now, message.id],
    );
  } catch (error) {
    await em.execute(
      'update outbox_message set attempts = attempts + 1, last_error = ?, status = ? where id = ?',
      [String((error as Error).message ?? error).slice(0, 1000), attempt.lastTry ? 'failed' : 'queued', message.id],
    );
    throw error;
  }
}

/** Puts a failed email back in the queue (an admin's retry). */
export async function retryEmail(em: EntityManager, workspaceId: string, messageId: string): Promise<void> {
  await em.transactional(async (tx) => {
    const rows = await tx.execute<{ id: string }[]>(
      `update outbox_message set status = 'queued' where id = ? and workspace_id = ? and status = 'failed' returning id`, [messageId, workspaceId]);
    if (!rows[0]) throw AppError.notFound('Failed email');
    await enqueue(tx, 'email.send', { workspaceId, messageId });
  });
}
