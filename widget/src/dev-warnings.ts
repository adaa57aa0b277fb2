const issued = new Set<string>();

/**
 * Warns once per code about a misconfiguration a page author can fix (an unknown time zone,
 * metadata that is not a JSON object...). Codes are stable so they can be searched for.
 */
export function warnOnce(code: string, message: string): void {
  if (issued.has(code)) return;
  issued.add(code);
  console.warn(`Slotkit [${code}]: ${message}`);
}
