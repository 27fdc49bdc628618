import { ApiFout } from './apifout';
import { bevatLek, controleerDatum, controleerPostcode, foutmelding, jeVorm, leesbareFout } from './fouten';

/** What the API answers (libs/core/src/errors): the message, the code and the per-field details. */
const fout = (message: string, code: string | null, velden: Array<{ veld: string; melding: string }> = []) =>
  new ApiFout(message, code, velden);

describe('leesbare foutmeldingen (issue 19)', () => {
  it('zet een fout van graphql-js bij het veld, zonder variabele, pad of Engels', () => {
    const e = fout(
      'Variable "$input" got invalid value "22026-02-01" at "input.startdatum"; Expected type Date.',
      'BAD_USER_INPUT',
      [{ veld: 'input.startdatum', melding: 'Expected type Date.' }],
    );
    const r = leesbareFout(e, { startdatum: { naam: 'startdatum', label: 'Startdatum' } });
    expect(r).toEqual({ algemeen: null, perVeld: { startdatum: 'Startdatum is niet goed ingevuld.' } });
  });

  it('geeft een fragment zonder onderwerp het label van het veld, en bedragen in euro’s', () => {
    const e = fout('input.bedrag: mag niet lager zijn dan wat al verleend en gereserveerd is (290000 cent).', 'BAD_USER_INPUT', [
      { veld: 'input.bedrag', melding: 'mag niet lager zijn dan wat al verleend en gereserveerd is (290000 cent).' },
    ]);
    const r = leesbareFout(e, { bedrag: { naam: 'bedrag', label: 'Plafond' } });
    expect(r.perVeld.bedrag).toBe('Plafond mag niet lager zijn dan wat al verleend en gereserveerd is € 2.900,00.');
    expect(r.algemeen).toBeNull();
  });

  it('noemt een veld dat het formulier niet heeft bij zijn Nederlandse naam, één keer', () => {
    const e = fout('De invoer is niet geldig: sluitOp: is geen geldige datum; sluitOp: is geen geldige datum', 'BAD_USER_INPUT', [
      { veld: 'sluitOp', melding: 'is geen geldige datum.' },
      { veld: 'sluitOp', melding: 'is geen geldige datum.' },
      { veld: 'panelId', melding: 'is geen geldig id.' },
    ]);
    const r = leesbareFout(e, {}, 'Opslaan is niet gelukt.');
    expect(r.algemeen).toBe('Opslaan is niet gelukt. Sluitdatum is geen geldige datum. Buurtpanel is geen geldig id.');
    expect(bevatLek(r.algemeen!)).toBe(false);
  });

  it('laat de eigen zin van de API staan als die meer zegt dan het veld, zonder API-namen', () => {
    const e = fout(
      'Heerlen-Centrum was al gastbuurt van een netwerkbijeenkomst. Elke bijeenkomst is in een andere buurt; kies een buurt uit gastbuurtSuggesties.',
      'GASTBUURT_AL_GEWEEST',
      [{ veld: 'input.buurtId', melding: 'deze buurt was al gastbuurt' }],
    );
    expect(leesbareFout(e, { buurtId: { naam: 'buurtId', label: 'Gastbuurt' } })).toEqual({
      algemeen:
        'Heerlen-Centrum was al gastbuurt van een netwerkbijeenkomst. Elke bijeenkomst is in een andere buurt; kies een buurt uit de voorgestelde gastbuurten.',
      perVeld: { buurtId: 'Deze buurt was al gastbuurt.' },
    });
  });

  it('vindt velden in lijsten via een functie van het pad', () => {
    const e = fout('x', 'BAD_USER_INPUT', [{ veld: 'input.aanvragen[1].gevraagdBedrag', melding: 'moet minstens 1 zijn' }]);
    const r = leesbareFout(e, (delen) =>
      delen[1] === 'aanvragen' ? { naam: `gevraagd-${delen[2]}`, label: 'Gevraagd bedrag' } : null,
    );
    expect(r.perVeld).toEqual({ 'gevraagd-1': 'Gevraagd bedrag moet minstens 1 zijn.' });
  });

  it('laat een Nederlandse domeinfout staan en zet u om in je', () => {
    expect(foutmelding(fout('U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in.', 'UNAUTHENTICATED'))).toBe(
      'Je bent niet ingelogd of je sessie is verlopen. Log opnieuw in.',
    );
    expect(foutmelding(fout('Het plafond van deze regeling is bereikt.', 'PLAFOND_BEREIKT'))).toBe(
      'Het plafond van deze regeling is bereikt.',
    );
  });

  it('vervangt technische meldingen door een algemene per code, nooit de code zelf', () => {
    expect(foutmelding(fout('Cannot query field "x" on type "Query".', 'BAD_USER_INPUT'))).toBe(
      'Niet alles is goed ingevuld. Kijk bij de gemarkeerde velden.',
    );
    expect(foutmelding(fout('aanmeldingId: is geen geldig id', 'NOT_FOUND'))).toBe(
      'Dit bestaat niet (meer). Misschien is het verwijderd of is de link niet goed.',
    );
    expect(
      foutmelding(fout('Er ging intern iets mis. Probeer het later opnieuw; de fout is gelogd.', 'INTERNAL_SERVER_ERROR')),
    ).toBe('Er ging bij ons iets mis. Probeer het later opnieuw.');
    expect(foutmelding(new Error('TypeError: undefined is not a function'), 'Opslaan is niet gelukt.')).toBe(
      'Opslaan is niet gelukt.',
    );
  });

  it('herkent lekken', () => {
    for (const t of [
      'Variable "$input" got invalid value',
      'Expected type Date.',
      'input.bedrag: te hoog',
      'BAD_USER_INPUT',
      '(290000 cent)',
      'panelId: ontbreekt',
      'QnV1cnRwYW5lbDoxMjM0NTY3ODkwMTIzNDU2Nzg5MA',
    ]) {
      expect([t, bevatLek(t)]).toEqual([t, true]);
    }
    for (const t of [
      'Startdatum is geen geldige datum.',
      'Je kunt hoogstens € 1.500,00 vragen.',
      'Vul je postcode in, bijvoorbeeld 6411 AB.',
    ]) {
      expect([t, bevatLek(t)]).toEqual([t, false]);
    }
  });

  it('schrijft de regels in de je-vorm', () => {
    expect(jeVorm('U vraagt € 2.000,00; deze regeling geeft hoogstens € 1.500,00.')).toBe(
      'Je vraagt € 2.000,00; deze regeling geeft hoogstens € 1.500,00.',
    );
    expect(jeVorm('Uw initiatief is voor één buurt; u kunt daarvoor nog geen aanvraag doen.')).toBe(
      'Je initiatief is voor één buurt; je kunt daarvoor nog geen aanvraag doen.',
    );
    expect(jeVorm('U heeft geen toegang.')).toBe('Je hebt geen toegang.');
  });
});

describe('controles voor het versturen', () => {
  it('weigert een jaartal van vijf cijfers en dagen die niet bestaan', () => {
    expect(controleerDatum('22026-02-01', 'Startdatum')).toMatch(/^Startdatum: het jaartal heeft vier cijfers/);
    expect(controleerDatum('2027-02-30', 'Einddatum')).toBe('Einddatum bestaat niet in de kalender. Kies een bestaande dag.');
    expect(controleerDatum('0999-01-01', 'Startdatum')).toBe('Startdatum: kies een jaar tussen 1900 en 2199.');
    expect(controleerDatum('2027-03-15', 'Startdatum')).toBeNull();
    expect(controleerDatum('', 'Startdatum')).toBeNull();
    expect(controleerDatum('', 'Datum', true)).toBe('Vul de datum in.');
  });

  it('controleert postcodes', () => {
    expect(controleerPostcode('6411 AB')).toBeNull();
    expect(controleerPostcode('6411ab')).toBeNull();
    expect(controleerPostcode('0411 AB')).toMatch(/vier cijfers en twee letters/);
    expect(controleerPostcode('64111')).toMatch(/vier cijfers en twee letters/);
    expect(controleerPostcode(' ')).toBe('Vul je postcode in, bijvoorbeeld 6411 AB.');
  });
});
