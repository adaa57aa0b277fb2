import { Resend } from 'resend';
import type { Config } from '../../config.ts';

/** One email as handed to a provider. */
export interface OutgoingEmail {
  /** Our message id: sent as the provider's idempotency key, so a retry after a crash sends once. */
  id: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** An iTIP invite, attached as `invite.ics` with `text/calendar; method=…`. */
  invite?: { ics: string; method: string } | undefined;
}

/** Where emails go: Resend, or nowhere but the outbox table. */
export interface Mailer {
  /** `resend` or `outbox`, recorded on each message. */
  readonly provider: string;
  /** Sends the email; resolves to the provider's id for it. Throws when the provider refused it. */
  send(email: OutgoingEmail): Promise<string | null>;
}

/** Sends through Resend; the message id is the idempotency key, so a retried send is not sent twice. */
export class ResendMailer implements Mailer {
  readonly provider = 'resend';
  readonly #resend: Resend;

  constructor(apiKey: string, baseUrl?: string) {
    this.#resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  }

  async send(email: OutgoingEmail): Promise<string | null> {
    const { data, error } = await this.#resend.emails.send({
      from: email.from,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      ...(email.invite ? {
        // Resend takes attachments, not alternative MIME parts: the invite goes as a
        // text/calendar attachment carrying its iTIP method, which mail clients offer to add.
        attachments: [{ filename: 'invite.ics', content: Buffer.from(email.invite.ics, 'utf8'), contentType: `text/calendar; charset=utf-8; method=${email.invite.method}` }],
      } : {}),
    }, { idempotencyKey: `slotkit-email-${email.id}` });
    if (error) throw new Error(`Resend refused the email: ${error.name}: ${error.message}`);
    return data?.id ?? null;
  }
}

/** Keeps emails in the outbox table only (no RESEND_API_KEY): the demo works offline. */
export class OutboxMailer implements Mailer {
  readonly provider = 'outbox';

  async send(): Promise<string | null> {
    return null;
  }
}

/** The mailer the configuration asks for. */
export function mailerFor(config: Pick<Config, 'resendApiKey' | 'resendBaseUrl'>): Mailer {
  return config.resendApiKey ? new ResendMailer(config.resendApiKey, config.resendBaseUrl) : new OutboxMailer();
}
