import { escapeHtml } from '../../escape-html.ts';
import { accountEmailStrings, emailLanguageOf, emailStrings, type AccountEmailKind, type EmailKind } from './strings.ts';

/** Everything an email shows, already chosen for its recipient. */
export interface EmailContext {
  kind: EmailKind;
  /** The recipient's locale (BCP 47) for dates and, where we have them, words. */
  locale: string | null;
  /** The recipient's time zone: times are shown in it. */
  timezone: string;
  workspace: { name: string; accentColor?: string | undefined };
  booking: {
    title: string; hostName: string; attendeeName: string; attendeeEmail: string;
    start: string; end: string; location: { kind: string; value?: string | undefined }; cancelReason: string | null;
  };
  previousStart?: string | undefined;
  /** The customer's manage page; never in host emails. */
  manageUrl?: string | undefined;
  hasInvite: boolean;
}

/** A rendered email. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  /** The language used for the words (`en`, `de`, `fr`, `es`, `ja`). */
  language: string;
}

const DEFAULT_ACCENT = '#4f46e5';

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Intl throws on a malformed locale tag; a stored one may predate validation. */
function safeLocale(locale: string | null): string {
  try {
    return Intl.getCanonicalLocales(locale ?? 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** "Tuesday, 1 December 2026, 09:00 – 09:30 CET" in the recipient's locale and zone. */
function formatWhen(start: string, end: string, locale: string, timezone: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: timezone, timeZoneName: 'short',
  });
  return format.formatRange(new Date(start), new Date(end));
}

function formatShort(start: string, locale: string, timezone: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: timezone, timeZoneName: 'short',
  }).format(new Date(start));
}

function locationText(location: { kind: string; value?: string | undefined }): string {
  return location.value ?? location.kind.replace(/_/g, ' ');
}

/** The workspace's accent colour when it is a hex colour (it lands in inline CSS), else ours. */
function accentOf(color: string | undefined): string {
  return /^#[0-9a-f]{3,8}$/i.test(color ?? '') ? color! : DEFAULT_ACCENT;
}

/**
 * The branded frame every email shares: the workspace's name in its accent colour, the
 * greeting and introduction, then `body` (already escaped HTML), then the footer.
 */
function emailLayout(parts: { language: string; title: string; accent: string; workspaceName: string; greeting: string; intro: string; footer: string; body: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(parts.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(parts.title)}</title></head>
<body style="margin:0;padding:24px;background:#f6f6f7;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1f2328">
<table role="presentation" width="100%" style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;border-top:4px solid ${parts.accent}">
<tr><td style="padding:24px">
<p style="margin:0 0 16px;font-weight:600;color:${parts.accent}">${escapeHtml(parts.workspaceName)}</p>
<p>${escapeHtml(parts.greeting)}</p>
<p>${escapeHtml(parts.intro)}</p>
${parts.body}<p style="margin-top:24px;color:#8c959f;font-size:12px">${escapeHtml(parts.footer)}</p>
</td></tr></table></body></html>
`;
}

/**
 * The subject, HTML and plain-text bodies of one email, in the recipient's language (English
 * when we have no strings for it) with dates in their locale and time zone, branded with
 * the workspace's name and accent colour.
 */
export function renderEmail(context: EmailContext): RenderedEmail {
  const language = emailLanguageOf(context.locale);
  const words = emailStrings(language);
  const locale = safeLocale(context.locale);
  const { booking } = context;
  const values = {
    title: booking.title, host: booking.hostName, name: booking.attendeeName,
    when: formatShort(booking.start, locale, context.timezone), workspace: context.workspace.name,
  };
  const forHost = context.kind.startsWith('host_');
  const rows: [string, string][] = [
    [words.when, formatWhen(booking.start, booking.end, locale, context.timezone)],
    ...(context.previousStart ? [[words.previously, formatShort(context.previousStart, locale, context.timezone)] as [string, string]] : []),
    [words.where, locationText(booking.location)],
    forHost ? [words.attendee, `${booking.attendeeName} <${booking.attendeeEmail}>`] : [words.host, booking.hostName],
    ...(booking.cancelReason && /cancelled|declined/.test(context.kind) ? [[words.reason, booking.cancelReason] as [string, string]] : []),
  ];
  const greeting = fill(words.greeting, { name: forHost ? booking.hostName : booking.attendeeName });
  const intro = fill(words.intro[context.kind], values);
  const footer = fill(words.footer, values);
  const accent = accentOf(context.workspace.accentColor);

  const text = [
    greeting, '', intro, '',
    ...rows.map(([label, value]) => `${label}: ${value}`),
    ...(context.manageUrl ? ['', `${words.manage}: ${context.manageUrl}`] : []),
    ...(context.hasInvite ? ['', words.invite] : []),
    '', '--', footer, '',
  ].join('\n');

  const html = emailLayout({ language, title: fill(words.subject[context.kind], values), accent, workspaceName: context.workspace.name, greeting, intro, footer, body: `<table role="presentation" style="border-collapse:collapse;margin:16px 0">
${rows.map(([label, value]) => `<tr><th scope="row" style="text-align:start;padding:4px 16px 4px 0;color:#57606a;font-weight:500">${escapeHtml(label)}</th><td style="padding:4px 0">${escapeHtml(value)}</td></tr>`).join('\n')}
</table>
${context.manageUrl ? `<p><a href="${escapeHtml(context.manageUrl)}" style="display:inline-block;padding:10px 16px;border-radius:6px;background:${accent};color:#fff;text-decoration:none">${escapeHtml(words.manage)}</a></p>` : ''}
${context.hasInvite ? `<p style="color:#57606a">${escapeHtml(words.invite)}</p>` : ''}
` });
  return { subject: fill(words.subject[context.kind], values), html, text, language };
}

/** What an account email (invitation, password reset) shows. */
export interface AccountEmailContext {
  kind: AccountEmailKind;
  /** The member's name. */
  name: string;
  role: string;
  workspace: { name: string; accentColor?: string | undefined };
  /** The single-use link. */
  url: string;
}

/** The subject, HTML and plain-text bodies of an account email, branded like booking emails. */
export function renderAccountEmail(context: AccountEmailContext): RenderedEmail {
  const words = accountEmailStrings[context.kind];
  const common = emailStrings('en');
  const values = { workspace: context.workspace.name, role: context.role, name: context.name };
  const subject = fill(words.subject, values);
  const greeting = fill(common.greeting, values);
  const intro = fill(words.intro, values);
  const footer = fill(common.footer, values);
  const accent = accentOf(context.workspace.accentColor);
  const text = [greeting, '', intro, '', `${words.action}: ${context.url}`, '', words.expiry, words.ignore, '', '--', footer, ''].join('\n');
  const html = emailLayout({ language: 'en', title: subject, accent, workspaceName: context.workspace.name, greeting, intro, footer, body: `<p><a href="${escapeHtml(context.url)}" style="display:inline-block;padding:10px 16px;border-radius:6px;background:${accent};color:#fff;text-decoration:none">${escapeHtml(words.action)}</a></p>
<p style="color:#57606a">${escapeHtml(words.expiry)} ${escapeHtml(words.ignore)}</p>
` });
  return { subject, html, text, language: 'en' };
}
