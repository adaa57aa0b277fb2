import { de } from './de.ts';
import { en, type Strings } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';

export type { Strings };

const byLanguage: Record<string, Strings> = { en, de, fr, es, ja };

/** The strings for a BCP 47 locale: its language's table, English when Slotkit has none. */
export function stringsFor(locale: string): Strings {
  return byLanguage[locale.split('-')[0]!.toLowerCase()] ?? en;
}
