/** What the embed generator lets an admin choose. */
export interface EmbedOptions {
  /** `calendar` embeds the booking calendar in the page; `button` opens it from a button. */
  kind: 'calendar' | 'button';
  /** The server the widget loads from and talks to, e.g. `https://book.example.com`. */
  origin: string;
  workspace: string;
  /** Event type slug; empty lists the workspace's public event types first. */
  eventType: string;
  theme: 'auto' | 'light' | 'dark';
  /** BCP 47 locale; empty follows the page. */
  locale: string;
  /** `#rrggbb`; empty keeps the default. */
  accent: string;
  /** The button's text (button only); empty uses the widget's default. */
  label: string;
  mode: 'modal' | 'popover';
}

/** The generator's starting point for a workspace on a server. */
export function defaultEmbedOptions(origin: string, workspace: string, eventType = ''): EmbedOptions {
  return { kind: 'calendar', origin, workspace, eventType, theme: 'auto', locale: '', accent: '', label: '', mode: 'modal' };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The element's attributes, in the order the snippet writes them, without defaults. */
export function embedAttributes(o: EmbedOptions): [string, string][] {
  const attributes: [string, string][] = [['workspace', o.workspace]];
  if (o.eventType) attributes.push(['event-type', o.eventType]);
  if (o.theme !== 'auto') attributes.push(['theme', o.theme]);
  if (o.locale) attributes.push(['locale', o.locale]);
  if (o.kind === 'button') {
    if (o.mode !== 'modal') attributes.push(['mode', o.mode]);
    if (o.label.trim()) attributes.push(['label', o.label.trim()]);
  }
  if (/^#[0-9a-fA-F]{6}$/.test(o.accent)) attributes.push(['style', `--slotkit-accent: ${o.accent}`]);
  return attributes;
}

/** The HTML a site owner pastes: the script tag and the element with every chosen attribute. */
export function embedSnippet(o: EmbedOptions): string {
  const tag = o.kind === 'button' ? 'booking-button' : 'booking-calendar';
  const attributes = embedAttributes(o).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return `<script type="module" src="${escapeAttribute(o.origin.replace(/\/+$/, ''))}/widget/slotkit.js"></script>\n<${tag}${attributes}></${tag}>`;
}
