import { AanmeldingStatus, BijeenkomstStatus } from './netwerkbijeenkomst.entity';
import {
  aantalDoorschuiven,
  bevestigenVoor,
  csvCel,
  emailSleutel,
  gastbuurtSuggesties,
  jaaroverzicht,
  type KandidaatBuurt,
  openbareTelling,
  statusVoorNieuweAanmelding,
  zichtbareStatus,
} from './netwerkbijeenkomst.rules';
import { gemaskeerdAdres, MAX_POGINGEN, volgendePoging } from '@buurtwerk/core';

const buurt = (id: string, stadsdeel: string | null): KandidaatBuurt => ({
  id,
  naam: id,
  stadsdeelId: stadsdeel,
  stadsdeelNaam: stadsdeel,
});

// Three stadsdelen with three buurten each: A1..A3, B1..B3, C1..C3.
const buurten = ['A', 'B', 'C'].flatMap((sd) => [1, 2, 3].map((i) => buurt(`${sd}${i}`, sd)));
const gehouden = (buurtId: string, datum: string) => ({ buurtId, begin: new Date(datum) });

describe('gastbuurtsuggesties (elke keer een andere buurt)', () => {
  it('verdeelt de suggesties om de beurt over de stadsdelen', () => {
    expect(gastbuurtSuggesties(buurten, [], 5).map((b) => b.id)).toEqual(['A1', 'B1', 'C1', 'A2', 'B2']);
  });

  it('stelt nooit een buurt voor die al gastbuurt was', () => {
    const uit = gastbuurtSuggesties(buurten, [gehouden('A1', '2025-03-01'), gehouden('B1', '2025-10-01')], 9);
    expect(uit.map((b) => b.id)).not.toContain('A1');
    expect(uit.map((b) => b.id)).not.toContain('B1');
    expect(uit).toHaveLength(7);
  });

  it('begint bij het stadsdeel dat het langst geleden (of nooit) gastheer was', () => {
    const historie = [gehouden('A1', '2025-03-01'), gehouden('B1', '2024-10-01')];
    // C never hosted, B longer ago than A.
    expect(gastbuurtSuggesties(buurten, historie, 3).map((b) => b.id)).toEqual(['C1', 'B2', 'A2']);
  });

  it('gaat door met de overgebleven stadsdelen als er één op is', () => {
    const klein = [buurt('A1', 'A'), buurt('B1', 'B'), buurt('B2', 'B'), buurt('B3', 'B')];
    expect(gastbuurtSuggesties(klein, [], 10).map((b) => b.id)).toEqual(['A1', 'B1', 'B2', 'B3']);
  });

  it('neemt buurten zonder stadsdeel mee als eigen groep, achteraan', () => {
    const metLos = [...buurten.slice(0, 2), buurt('X1', null)];
    expect(gastbuurtSuggesties(metLos, [], 3).map((b) => b.id)).toEqual(['A1', 'X1', 'A2']);
  });

  it('geeft niets als elke buurt al gastbuurt was', () => {
    expect(gastbuurtSuggesties([buurt('A1', 'A')], [gehouden('A1', '2025-01-01')], 5)).toEqual([]);
  });
});

describe('jaaroverzicht (twee keer per jaar)', () => {
  it.each([
    [
      'twee in een jaar is de afspraak nagekomen',
      ['2027-03-01T18:00:00Z', '2027-10-01T18:00:00Z'],
      2027,
      [{ jaar: 2027, aantal: 2, afspraakNagekomen: true }],
    ],
    ['één in een jaar is niet genoeg', ['2027-03-01T18:00:00Z'], 2027, [{ jaar: 2027, aantal: 1, afspraakNagekomen: false }]],
    [
      'een jaar zonder bijeenkomst staat er ook in',
      ['2026-03-01T18:00:00Z', '2026-10-01T18:00:00Z', '2028-03-01T18:00:00Z'],
      2028,
      [
        { jaar: 2026, aantal: 2, afspraakNagekomen: true },
        { jaar: 2027, aantal: 0, afspraakNagekomen: false },
        { jaar: 2028, aantal: 1, afspraakNagekomen: false },
      ],
    ],
    [
      'oudejaarsavond 23:30 UTC telt voor het nieuwe jaar in Heerlen',
      ['2026-12-31T23:30:00Z'],
      2027,
      [{ jaar: 2027, aantal: 1, afspraakNagekomen: false }],
    ],
    ['zonder bijeenkomsten is het overzicht leeg', [], 2027, []],
  ])('%s', (_naam, begintijden, totJaar, verwacht) => {
    expect(
      jaaroverzicht(
        begintijden.map((d) => new Date(d)),
        totJaar,
      ),
    ).toEqual(verwacht);
  });
});

describe('aanmelden en status', () => {
  it.each([
    [0, 50, AanmeldingStatus.AANGEMELD],
    [49, 50, AanmeldingStatus.AANGEMELD],
    [50, 50, AanmeldingStatus.WACHTLIJST],
    [51, 50, AanmeldingStatus.WACHTLIJST],
  ])('met %i van %i plaatsen bezet wordt een nieuwe aanmelding %s', (bezet, capaciteit, status) => {
    expect(statusVoorNieuweAanmelding(bezet, capaciteit)).toBe(status);
  });

  it('ziet hoofdletters en spaties in een e-mailadres als hetzelfde adres', () => {
    expect(emailSleutel('  Anna.Jansen@Example.ORG ')).toBe(emailSleutel('anna.jansen@example.org'));
  });

  it.each([
    [BijeenkomstStatus.GEPLAND, '2027-01-01T20:00:00Z', BijeenkomstStatus.AFGEROND],
    [BijeenkomstStatus.GEPLAND, '2027-12-01T20:00:00Z', BijeenkomstStatus.GEPLAND],
    [BijeenkomstStatus.GEANNULEERD, '2027-01-01T20:00:00Z', BijeenkomstStatus.GEANNULEERD],
  ])('toont %s met eind %s op 1 juni 2027 als %s', (opgeslagen, eind, verwacht) => {
    expect(zichtbareStatus(opgeslagen, new Date(eind), new Date('2027-06-01T12:00:00Z'))).toBe(verwacht);
  });
});

describe('deelnemerslijst (CSV)', () => {
  it.each([
    ['gewone tekst blijft gelijk', 'Anna', 'Anna'],
    ['een komma zet de cel tussen aanhalingstekens', 'Jansen, A.', '"Jansen, A."'],
    ['aanhalingstekens worden verdubbeld', 'de "Buurtkamer"', '"de ""Buurtkamer"""'],
    ['een formule wordt onschadelijk gemaakt', '=1+1', "'=1+1"],
    ['een @ aan het begin wordt onschadelijk gemaakt', '@SUM(A1)', "'@SUM(A1)"],
    ['een min aan het begin wordt onschadelijk gemaakt', '-2+3', "'-2+3"],
    ['leeg wordt een lege cel', null, ''],
  ])('%s', (_naam, waarde, verwacht) => {
    expect(csvCel(waarde)).toBe(verwacht);
  });
});

describe('uitgaande mail: opnieuw proberen', () => {
  const nu = new Date('2027-01-01T12:00:00Z');
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [7, 30_000 * 64],
    [11, 6 * 3600_000],
  ])('wacht na poging %i %i ms', (pogingen, ms) => {
    expect(volgendePoging(pogingen, nu)!.getTime() - nu.getTime()).toBe(Math.min(ms, 6 * 3600_000));
  });

  it('geeft het op na het maximum aantal pogingen', () => {
    expect(volgendePoging(MAX_POGINGEN, nu)).toBeNull();
  });

  it('toont in de log geen volledig e-mailadres', () => {
    expect(gemaskeerdAdres('anna.jansen@example.org')).toBe('a***@example.org');
    expect(gemaskeerdAdres('geen-adres')).toBe('***');
  });
});

describe('meer plaatsen: de wachtlijst schuift door op volgorde van binnenkomst', () => {
  it.each([
    ['geeft elke nieuwe plaats aan een wachtende', 10, 5, 13, 3],
    ['laat niet meer doorschuiven dan er wachten', 10, 2, 20, 2],
    ['schuift niemand door zonder wachtlijst', 10, 0, 20, 0],
    ['schuift niemand door als de capaciteit gelijk blijft', 10, 4, 10, 0],
    ['vult een bijeenkomst die nog niet vol was niet verder dan de wachtlijst', 3, 0, 8, 0],
  ])('%s', (_naam, aangemeld, wachtlijst, capaciteit, verwacht) => {
    expect(aantalDoorschuiven(aangemeld, wachtlijst, capaciteit)).toBe(verwacht);
    // Afterwards AANGEMELD = min(capaciteit, actief).
    expect(aangemeld + verwacht).toBe(Math.min(capaciteit, aangemeld + wachtlijst));
  });
});

describe('vastgehouden plaatsen van onbevestigde aanmeldingen', () => {
  it('houdt een plaats het ingestelde aantal minuten vast', () => {
    expect(bevestigenVoor(new Date('2030-03-01T12:00:00Z'), 30)).toEqual(new Date('2030-03-01T12:30:00Z'));
  });

  it.each([
    [
      'niets vastgehouden',
      { aangemeld: 5, wachtlijst: 2, voorlopigAangemeld: 0, voorlopigWachtlijst: 0 },
      { aangemeld: 5, wachtlijst: 2 },
    ],
    [
      'plaatsen vastgehouden',
      { aangemeld: 5, wachtlijst: 0, voorlopigAangemeld: 3, voorlopigWachtlijst: 0 },
      { aangemeld: 2, wachtlijst: 0 },
    ],
    [
      'alles vastgehouden',
      { aangemeld: 4, wachtlijst: 6, voorlopigAangemeld: 4, voorlopigWachtlijst: 6 },
      { aangemeld: 0, wachtlijst: 0 },
    ],
  ])('toont publiek alleen bevestigde aanmeldingen (%s)', (_naam, tellers, verwacht) => {
    expect(openbareTelling(tellers)).toEqual(verwacht);
  });
});
