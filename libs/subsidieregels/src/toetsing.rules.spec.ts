import {
  AanvragerSoort,
  controleerRegel,
  euro,
  feitenVan,
  Schaal,
  type TeToetsenAanvraag,
  type TeToetsenRegeling,
  toetsRegeling,
} from './toetsing.rules';

const regeling: TeToetsenRegeling = {
  code: 'BUURTAKTIE',
  naam: 'Buurtaktie (voorbeeld)',
  versie: 1,
  geldigVan: '2027-01-01',
  geldigTot: '2027-12-31',
  schalen: [Schaal.BUURT],
  aanvragers: [AanvragerSoort.BEWONER, AanvragerSoort.BEWONERSGROEP],
  maximumBedrag: 250_000,
  voorwaarden: [
    {
      code: 'EIGEN_BIJDRAGE',
      omschrijving: 'Minstens 10% eigen bijdrage.',
      regel: { '>=': [{ var: 'eigenBijdrageProcent' }, 10] },
    },
    { code: 'BEWONERS', omschrijving: 'Minstens 5 bewoners doen mee.', regel: { '>=': [{ var: 'aantalBetrokkenBewoners' }, 5] } },
    {
      code: 'VOORBEREIDING',
      omschrijving: 'Aanvragen minstens 14 dagen voor de start.',
      regel: { '>=': [{ var: 'dagenTotStart' }, 14] },
    },
  ],
};

const aanvraag: TeToetsenAanvraag = {
  aanvragerSoort: AanvragerSoort.BEWONERSGROEP,
  organisatieSoort: null,
  schaal: Schaal.BUURT,
  aantalBuurten: 1,
  aantalBetrokkenBewoners: 12,
  startdatum: '2027-06-01',
  einddatum: '2027-06-01',
  bedragen: [{ gevraagdBedrag: 90_000, eigenBijdrage: 10_000 }],
};

const vandaag = '2027-03-01';

function bevinding(a: Partial<TeToetsenAanvraag>, code: string, r: Partial<TeToetsenRegeling> = {}, dag = vandaag) {
  return toetsRegeling({ ...regeling, ...r }, { ...aanvraag, ...a }, dag).find((b) => b.voorwaarde === `BUURTAKTIE.${code}`);
}

describe('feiten van een aanvraag', () => {
  it('telt bedragen op over alle aanvragen onder de regeling en rekent het aandeel eigen bijdrage', () => {
    const f = feitenVan(
      {
        ...aanvraag,
        bedragen: [
          { gevraagdBedrag: 30_000, eigenBijdrage: 5_000 },
          { gevraagdBedrag: 60_000, eigenBijdrage: null },
        ],
      },
      vandaag,
    );
    expect(f.gevraagdBedrag).toBe(90_000);
    expect(f.eigenBijdrage).toBe(5_000);
    expect(f.eigenBijdrageProcent).toBe(5.26);
  });

  it.each([
    ['start over 92 dagen, één dag lang', '2027-06-01', '2027-06-01', 92, 1],
    ['start vandaag en duurt een week', '2027-03-01', '2027-03-07', 0, 7],
    ['zonder data', null, null, null, null],
  ])('%s', (_n, startdatum, einddatum, dagenTotStart, looptijdDagen) => {
    const f = feitenVan({ ...aanvraag, startdatum, einddatum }, vandaag);
    expect(f.dagenTotStart).toBe(dagenTotStart);
    expect(f.looptijdDagen).toBe(looptijdDagen);
  });

  it('geeft 0% eigen bijdrage als er geen bedragen zijn', () => {
    expect(feitenVan({ ...aanvraag, bedragen: [] }, vandaag).eigenBijdrageProcent).toBe(0);
  });
});

describe('toetsing aan een regeling', () => {
  it('keurt een passende aanvraag goed op alle punten', () => {
    const bevindingen = toetsRegeling(regeling, aanvraag, vandaag);
    expect(bevindingen.map((b) => b.voorwaarde)).toEqual([
      'BUURTAKTIE.GELDIGHEID',
      'BUURTAKTIE.SCHAAL',
      'BUURTAKTIE.AANVRAGER',
      'BUURTAKTIE.MAXIMUMBEDRAG',
      'BUURTAKTIE.EIGEN_BIJDRAGE',
      'BUURTAKTIE.BEWONERS',
      'BUURTAKTIE.VOORBEREIDING',
    ]);
    expect(bevindingen.every((b) => b.voldaan)).toBe(true);
  });

  it.each<[string, Partial<TeToetsenAanvraag>, string, string, Partial<TeToetsenRegeling>?, string?]>([
    [
      'weigert te weinig eigen bijdrage en zegt hoeveel',
      { bedragen: [{ gevraagdBedrag: 95_000, eigenBijdrage: 5_000 }] },
      'EIGEN_BIJDRAGE',
      'Uw eigen bijdrage is 5%; deze regeling vraagt minstens 10%.',
    ],
    [
      'weigert een bedrag boven het maximum',
      { bedragen: [{ gevraagdBedrag: 300_000, eigenBijdrage: 100_000 }] },
      'MAXIMUMBEDRAG',
      'U vraagt € 3.000; deze regeling geeft hoogstens € 2.500.',
    ],
    [
      'weigert een initiatief voor de hele stad in een buurtregeling',
      { schaal: Schaal.STAD },
      'SCHAAL',
      'Uw initiatief is voor de hele stad; deze regeling is alleen voor initiatieven voor één buurt.',
    ],
    [
      'weigert een organisatie als de regeling alleen voor bewoners is',
      { aanvragerSoort: AanvragerSoort.ORGANISATIE },
      'AANVRAGER',
      'De aanvraag komt van een organisatie; deze regeling is alleen voor een bewoner of een groep bewoners.',
    ],
    [
      'weigert een aanvraag voordat de regeling geldt',
      {},
      'GELDIGHEID',
      'De regeling "Buurtaktie (voorbeeld)" geldt pas vanaf 1 januari 2027; u kunt daarvoor nog geen aanvraag doen.',
      {},
      '2026-12-31',
    ],
    [
      'weigert een aanvraag nadat de regeling is vervallen',
      {},
      'GELDIGHEID',
      'De regeling "Buurtaktie (voorbeeld)" gold tot en met 31 december 2027; u kunt er geen aanvraag meer voor doen.',
      {},
      '2028-01-02',
    ],
    [
      'weigert te weinig betrokken bewoners',
      { aantalBetrokkenBewoners: 3 },
      'BEWONERS',
      'Het aantal betrokken bewoners is 3; deze regeling vraagt minstens 5.',
    ],
    [
      'weigert als het aantal bewoners niet is ingevuld',
      { aantalBetrokkenBewoners: null },
      'BEWONERS',
      'Het aantal betrokken bewoners is niet ingevuld; deze regeling vraagt minstens 5.',
    ],
    [
      'weigert een aanvraag die te laat voor de start komt',
      { startdatum: '2027-03-10', einddatum: '2027-03-10' },
      'VOORBEREIDING',
      'De tijd tot de start is 9 dagen; deze regeling vraagt minstens 14 dagen.',
    ],
  ])('%s', (_naam, a, code, uitleg, r = {}, dag = vandaag) => {
    const b = bevinding(a, code, r, dag);
    expect(b?.voldaan).toBe(false);
    expect(b?.toelichting).toContain(uitleg);
  });

  it('legt een samengestelde regel uit met de omschrijving en de gebruikte gegevens', () => {
    const b = bevinding({ aantalBuurten: 3 }, 'KLEIN', {
      voorwaarden: [
        {
          code: 'KLEIN',
          omschrijving: 'Kleinschalig: één of twee buurten en hoogstens € 1.000.',
          regel: { and: [{ '<=': [{ var: 'aantalBuurten' }, 2] }, { '<=': [{ var: 'gevraagdBedrag' }, 100_000] }] },
        },
      ],
    });
    expect(b?.voldaan).toBe(false);
    expect(b?.toelichting).toBe(
      'Niet voldaan aan: Kleinschalig: één of twee buurten en hoogstens € 1.000. (uw gegevens: het aantal buurten: 3, het gevraagde bedrag: € 900).',
    );
  });

  it('slaat de maximumtoets over als de regeling geen maximum kent', () => {
    expect(bevinding({}, 'MAXIMUMBEDRAG', { maximumBedrag: null })).toBeUndefined();
  });
});

describe('een regel controleren bij vaststelling', () => {
  it.each<[string, unknown, string | null]>([
    ['accepteert een vergelijking met een bekend gegeven', { '>=': [{ var: 'eigenBijdrageProcent' }, 10] }, null],
    [
      'accepteert and/or/in en rekenen',
      { and: [{ in: [{ var: 'schaal' }, ['BUURT']] }, { '<': [{ '+': [{ var: 'gevraagdBedrag' }, 1] }, 5] }] },
      null,
    ],
    ['weigert een onbekende operator', { regex: [{ var: 'schaal' }, '.*'] }, 'onbekende operator "regex"'],
    ['weigert log (bijwerkingen)', { log: 1 }, 'onbekende operator "log"'],
    ['weigert een onbekend gegeven', { '>': [{ var: 'inkomen' }, 0] }, 'onbekend gegeven "inkomen"'],
    ['weigert een onbekend gegeven in missing', { missing: ['postcode'] }, 'onbekend gegeven "postcode"'],
    ['weigert een kale waarde', 42, 'een regel is een JSON Logic-bewerking'],
    ['weigert een bewerking met twee operatoren', { '>': [1, 0], '<': [0, 1] }, 'precies één operator'],
  ])('%s', (_naam, regel, fout) => {
    const fouten = controleerRegel(regel);
    if (fout === null) {
      expect(fouten).toEqual([]);
    } else {
      expect(fouten.join('; ')).toContain(fout);
    }
  });
});

describe('bedragen in euro', () => {
  it.each([
    [0, '€ 0'],
    [12_550, '€ 125,50'],
    [250_000, '€ 2.500'],
    [5, '€ 0,05'],
  ])('%i cent is %s', (centen, tekst) => {
    expect(euro(centen)).toBe(tekst);
  });
});
