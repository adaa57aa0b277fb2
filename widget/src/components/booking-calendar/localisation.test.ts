import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { accessibleName, waitFor } from '../../../test/booking-calendar.page.ts';
import { mountCalendar, unmountAll } from '../../../test/mount.ts';
import { seedWorkspace, type Seeded } from '../../../test/server-commands.ts';

afterEach(unmountAll);

let seed: Seeded;
before(async () => { seed = await seedWorkspace(); });

/** What a customer sees of a locale: navigation, grid, first weekday, a day's name, a time, the form. */
async function tour(locale: string) {
  const page = await mountCalendar(seed, { locale });
  await page.grid();
  const nav = page.all('[part~="nav-button"]').map(accessibleName);
  const firstColumn = page.root.querySelector('th')!.getAttribute('abbr');
  const dayName = (await page.day('2026-11-30')).getAttribute('aria-label');
  await page.pickDay('2026-12-01');
  const time = (await page.times())[0];
  await page.pickTime();
  const labels = page.all('label').map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
  const submit = page.root.querySelector('[part~="submit"]')!.textContent!.trim();
  const dir = page.root.querySelector('[part~="base"]')!.getAttribute('dir');
  return { page, nav, firstColumn, dayName, time, labels, submit, dir };
}

describe('<booking-calendar> languages and layout direction', () => {
  it('speaks German', async () => {
    const de = await tour('de');
    expect(de.nav).to.deep.equal(['Vorheriger Monat', 'Nächster Monat']);
    expect(de.firstColumn).to.equal('Montag');
    expect(de.dayName).to.equal('Montag, 30. November 2026, 16 Zeiten verfügbar');
    expect(de.time).to.equal('09:00 bis 09:30 Uhr');
    expect(de.labels.slice(0, 3)).to.deep.equal(['Name', 'E-Mail', 'Gäste (optional)']);
    expect(de.submit).to.equal('Buchung bestätigen');
    expect(de.dir).to.equal('ltr');
  });

  it('speaks French', async () => {
    const fr = await tour('fr-FR');
    expect(fr.nav).to.deep.equal(['Mois précédent', 'Mois suivant']);
    expect(fr.firstColumn).to.equal('lundi');
    expect(fr.dayName).to.equal('lundi 30 novembre 2026, 16 créneaux disponibles');
    expect(fr.time).to.equal('09:00 à 09:30');
    expect(fr.labels.slice(0, 2)).to.deep.equal(['Nom', 'E-mail']);
    expect(fr.submit).to.equal('Confirmer la réservation');
  });

  it('speaks Spanish', async () => {
    const es = await tour('es');
    expect(es.nav).to.deep.equal(['Mes anterior', 'Mes siguiente']);
    expect(es.firstColumn).to.equal('lunes');
    expect(es.dayName).to.equal('lunes, 30 de noviembre de 2026, 16 horas disponibles');
    expect(es.time).to.equal('9:00 a 9:30');
    expect(es.submit).to.equal('Confirmar reserva');
  });

  it('speaks Japanese, with weeks starting on Sunday', async () => {
    const ja = await tour('ja');
    expect(ja.nav).to.deep.equal(['前の月', '次の月']);
    expect(ja.firstColumn).to.equal('日曜日');
    expect(ja.dayName).to.equal('2026年11月30日月曜日, 空き 16 件');
    expect(ja.time).to.equal('9時00～9時30分'); // CLDR's Japanese interval pattern
    expect(ja.submit).to.equal('予約を確定');
  });

  it('lays Arabic out right to left, with English strings and arrows that follow the direction', async () => {
    const ar = await tour('ar');
    expect(ar.dir).to.equal('rtl');
    expect(ar.nav).to.deep.equal(['Previous month', 'Next month']);
    expect(ar.submit).to.equal('Confirm booking');
    unmountAll();
    const page = await mountCalendar(seed, { locale: 'ar' });
    (await page.day('2026-11-30')).focus();
    await sendKeys({ press: 'ArrowLeft' }); // in right-to-left, left is "later"
    await waitFor(() => page.focused()?.dataset.date === '2026-12-01', 'ArrowLeft moves to the next day in RTL');
  });

  it('takes the language of the nearest lang attribute when no locale is set', async () => {
    const section = document.createElement('section');
    section.lang = 'fr';
    document.body.append(section);
    try {
      const page = await mountCalendar(seed, { locale: '' }, section);
      await page.grid();
      expect(page.all('[part~="nav-button"]').map(accessibleName)).to.deep.equal(['Mois précédent', 'Mois suivant']);
    } finally {
      unmountAll();
      section.remove();
    }
  });
});
