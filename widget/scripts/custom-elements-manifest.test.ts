import { expect, it } from 'vitest';
import { committedManifestText, generateManifestText } from './custom-elements-manifest.ts';

/** The parts of a Custom Elements Manifest (schema 2.x) this test reads. */
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  events?: { name: string }[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

const SHARED_ATTRIBUTES = [
  'api', 'workspace', 'event-type', 'booking-uid', 'token', 'timezone', 'locale', 'name', 'email', 'metadata', 'theme',
];
const EVENTS = [
  'slotkit-slot-select', 'slotkit-before-book', 'slotkit-booked', 'slotkit-cancelled', 'slotkit-rescheduled', 'slotkit-error',
];

it('is committed exactly as the analyzer generates it from the source (run `pnpm --filter @slotkit/widget manifest`)', async () => {
  const [generated, committed] = await Promise.all([generateManifestText(), committedManifestText()]);
  expect(committed).toBe(generated);
});

it('documents both elements with their attributes and events', async () => {
  const manifest = JSON.parse(await committedManifestText()) as Manifest;
  const elements = new Map(manifest.modules.flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, d]));
  expect([...elements.keys()].sort()).toEqual(['booking-button', 'booking-calendar']);

  const calendar = elements.get('booking-calendar')!;
  expect(calendar.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining(SHARED_ATTRIBUTES));
  expect(calendar.events?.map((e) => e.name)).toEqual(expect.arrayContaining(EVENTS));

  const button = elements.get('booking-button')!;
  expect(button.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining([...SHARED_ATTRIBUTES, 'mode', 'label']));

  // Internal reactive state is not part of the public API.
  for (const element of elements.values()) expect(element.attributes?.filter((a) => a.name.startsWith('_'))).toEqual([]);
});
