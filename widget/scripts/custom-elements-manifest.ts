/**
 * The widget's Custom Elements Manifest, generated the way `pnpm --filter @slotkit/widget
 * manifest` (`cem analyze`) does it, with the same config, but returned instead of written.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

/** The widget package folder, where the analyzer runs and the manifest is committed. */
export const WIDGET_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The manifest's text exactly as `cem analyze` would write it. */
export async function generateManifestText(): Promise<string> {
  const manifest = await cli({
    argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: WIDGET_DIR, noWrite: true,
  });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The committed `widget/custom-elements.json`. */
export function committedManifestText(): Promise<string> {
  return readFile(new URL('../custom-elements.json', import.meta.url), 'utf8');
}
