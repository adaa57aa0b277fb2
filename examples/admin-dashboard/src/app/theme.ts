/** The two colour schemes of the dashboard. */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'slotkit-admin-theme';

/** The theme the person chose last time, if any. */
export function storedTheme(): Theme | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    // Storage may be blocked (privacy settings): the system preference still applies.
    return undefined;
  }
}

/** The theme in effect: the stored choice, else the system's preference. */
export function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Applies a theme (`data-theme` on <html>) and remembers it. */
export function applyTheme(theme: Theme, remember = true): void {
  document.documentElement.dataset.theme = theme;
  if (!remember) return;
  try { localStorage.setItem(STORAGE_KEY, theme); } catch { /* not remembered, still applied */ }
}

/** Applies the remembered theme at start-up (none remembered: follow the system). */
export function restoreTheme(): void {
  const theme = storedTheme();
  if (theme) applyTheme(theme, false);
}
