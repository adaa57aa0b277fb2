import { expect } from '@open-wc/testing';
import { canonicalLocale, firstDayOfWeek, textDirection } from './locale-info.ts';

describe('locale info', () => {
  it('knows where weeks start', () => {
    expect(firstDayOfWeek('en-US')).to.equal(0);
    expect(firstDayOfWeek('ja')).to.equal(0);
    expect(firstDayOfWeek('de-DE')).to.equal(1);
    expect(firstDayOfWeek('en-GB')).to.equal(1);
    expect(firstDayOfWeek('ar-EG')).to.equal(6);
  });

  it('knows the writing direction', () => {
    expect(textDirection('ar')).to.equal('rtl');
    expect(textDirection('he-IL')).to.equal('rtl');
    expect(textDirection('fr')).to.equal('ltr');
  });

  it('falls back to English for a missing or broken tag', () => {
    expect(canonicalLocale('EN-us')).to.equal('en-US');
    expect(canonicalLocale('not a locale!')).to.equal('en');
    expect(canonicalLocale(undefined)).to.equal('en');
  });
});
