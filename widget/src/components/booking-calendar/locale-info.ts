// Per-locale facts Intl knows in recent engines, with small fallbacks for the others.

interface WeekInfo { firstDay: number }
interface TextInfo { direction: 'ltr' | 'rtl' }
type LocaleWithInfo = Intl.Locale & {
  getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo;
  getTextInfo?: () => TextInfo; textInfo?: TextInfo;
};

// Regions whose week starts on Sunday (CLDR), for engines without Intl.Locale week info.
const SUNDAY_REGIONS = ['US', 'CA', 'MX', 'BR', 'JP', 'KR', 'TW', 'IL', 'IN', 'PH', 'ZA', 'AU'];
// …and those whose week starts on Saturday.
const SATURDAY_REGIONS = ['EG', 'SA', 'AE', 'IR', 'AF'];
// Scripts written right to left.
const RTL_SCRIPTS = ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm'];

// `maximize()` adds the likely script and region ("ar" -> "ar-Arab-EG") the fallbacks need.
function safeLocale(tag: string): LocaleWithInfo {
  try { return new Intl.Locale(tag).maximize() as LocaleWithInfo; } catch { return new Intl.Locale('en-US') as LocaleWithInfo; }
}

/** The first day of the week of a locale, 0 = Sunday … 6 = Saturday. */
export function firstDayOfWeek(tag: string): number {
  const locale = safeLocale(tag);
  const info = locale.getWeekInfo?.() ?? locale.weekInfo;
  if (info) return info.firstDay % 7; // Intl counts 1 = Monday … 7 = Sunday
  const region = locale.region ?? '';
  return SUNDAY_REGIONS.includes(region) ? 0 : SATURDAY_REGIONS.includes(region) ? 6 : 1;
}

/** The writing direction of a locale. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const locale = safeLocale(tag);
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction ?? (RTL_SCRIPTS.includes(locale.script ?? '') ? 'rtl' : 'ltr');
}

/** A valid BCP 47 tag for `tag`, or `en` when it is not one. */
export function canonicalLocale(tag: string | null | undefined): string {
  try { return Intl.getCanonicalLocales(tag || 'en')[0]!; } catch { return 'en'; }
}

/** The locale of an element: its `locale` setting, else the nearest `lang` attribute, else the browser's language. */
export function elementLocale(el: Element, locale: string | undefined): string {
  return canonicalLocale(locale || el.closest('[lang]')?.getAttribute('lang') || navigator.language);
}
