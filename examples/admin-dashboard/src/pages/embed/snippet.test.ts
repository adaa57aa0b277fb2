import { describe, expect, it } from 'vitest';
import { defaultEmbedOptions, embedSnippet } from './snippet.ts';

describe('embed snippet', () => {
  it('writes only the script tag and the workspace by default', () => {
    expect(embedSnippet(defaultEmbedOptions('https://book.example.com/', 'acme'))).toBe(
      '<script type="module" src="https://book.example.com/widget/slotkit.js"></script>\n<booking-calendar workspace="acme"></booking-calendar>',
    );
  });

  it('adds each chosen option as an attribute, escaping what was typed', () => {
    const snippet = embedSnippet({
      ...defaultEmbedOptions('https://book.example.com', 'acme', 'intro-call'),
      kind: 'button', theme: 'dark', locale: 'de', accent: '#0f766e', label: 'Talk "now" <3', mode: 'popover',
    });
    expect(snippet.split('\n')[1]).toBe(
      '<booking-button workspace="acme" event-type="intro-call" theme="dark" locale="de" mode="popover" label="Talk &quot;now&quot; &lt;3" style="--slotkit-accent: #0f766e"></booking-button>',
    );
  });

  it('ignores button options for the calendar and an accent that is not a colour', () => {
    const snippet = embedSnippet({ ...defaultEmbedOptions('https://x.test', 'acme'), label: 'Book', mode: 'popover', accent: 'red' });
    expect(snippet).toContain('<booking-calendar workspace="acme"></booking-calendar>');
  });
});
