/** How many decimals a currency has (2 for usd, 0 for jpy, 3 for kwd); 2 for codes Intl does not know. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * Minor units from what an admin typed in major units ("50", "49.9", "1,234.50"), or null
 * when it is not a plain non-negative amount with at most the currency's decimals.
 */
export function toMinorUnits(text: string, currency: string): number | null {
  const digits = currencyDigits(currency);
  const clean = text.trim().replace(/[\s,]/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(clean);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** Major units as an input shows them ("50.00" for 5000 usd, "500" for 500 jpy). */
export function fromMinorUnits(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  return digits === 0 ? String(amount) : (amount / 10 ** digits).toFixed(digits);
}
