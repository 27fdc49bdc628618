import { BegrotingSoort, type Begrotingsregel, Voorschotschema } from './jaarsubsidie.entity';
import {
  aanvraagUiterlijk,
  afrekening,
  controleerVaststelling,
  herinneringenNu,
  herplan,
  isMeldingsplichtig,
  jaarfeitenVan,
  nieuweTermijn,
  toetsJaaraanvraag,
  verantwoordingUiterlijk,
  verdeel,
  voorschotten,
} from './jaarsubsidie.rules';

const GEEN = new Set<string>();

const begroting: Begrotingsregel[] = [
  { code: 'K1', omschrijving: 'Personeel', soort: BegrotingSoort.KOSTEN, bedrag: 5_000_000 },
  { code: 'K2', omschrijving: 'Activiteiten', soort: BegrotingSoort.KOSTEN, bedrag: 2_000_000 },
  { code: 'I1', omschrijving: 'Bijdragen', soort: BegrotingSoort.EIGEN_INKOMSTEN, bedrag: 500_000 },
  { code: 'S1', omschrijving: 'Fonds', soort: BegrotingSoort.ANDERE_SUBSIDIE, bedrag: 500_000 },
];
const aanvraag = {
  boekjaar: 2027,
  gevraagdBedrag: 6_000_000,
  activiteiten: [
    {
      code: 'A1',
      omschrijving: 'Inloop',
      buurtcodes: ['BU09171000'],
      doelgroepen: ['Ouderen'],
      eenheid: 'ochtenden',
      gepland: 180,
    },
    {
      code: 'A2',
      omschrijving: 'Spelen',
      buurtcodes: ['BU09171000', 'BU09171001'],
      doelgroepen: ['kinderen', 'ouderen'],
      eenheid: 'dagen',
      gepland: 10,
    },
  ],
  begroting,
  vorigJaar: null,
  organisatieSoort: 'BUURTORGANISATIE',
};
const regeling = {
  code: 'WR',
  naam: 'Wijkraden',
  aanvraagUiterlijk: '10-03',
  maximumBedrag: 7_500_000,
  voorwaarden: [
    { code: 'EIGEN', omschrijving: 'minstens 5% eigen inkomsten', regel: { '>=': [{ var: 'eigenInkomstenProcent' }, 5] } },
  ],
};

describe('jaarfeiten (de gegevens waarover de voorwaarden van een jaarregeling gaan)', () => {
  it('telt kosten, eigen inkomsten, andere subsidies, tekort, buurten en doelgroepen', () => {
    expect(jaarfeitenVan(aanvraag, '2026-09-15')).toEqual({
      gevraagdBedrag: 6_000_000,
      totaleKosten: 7_000_000,
      eigenInkomsten: 500_000,
      andereSubsidies: 500_000,
      eigenInkomstenProcent: 7.14,
      tekort: 6_000_000,
      aantalActiviteiten: 2,
      aantalBuurten: 2,
      aantalDoelgroepen: 2,
      organisatieSoort: 'BUURTORGANISATIE',
      dagenVoorBoekjaar: 108,
      vorigJaarSubsidie: null,
    });
  });
});

describe('termijnen van het boekjaar (Atw art. 1 en 3)', () => {
  it.each([
    ['10-01', 2027, GEEN, '2026-10-01'], // a Thursday
    ['10-03', 2027, GEEN, '2026-10-05'], // Saturday → Monday
    ['12-25', 2027, GEEN, '2026-12-28'], // Christmas (Fri) and the weekend → Monday
    ['10-01', 2027, new Set(['2026-10-01']), '2026-10-02'], // a day equated by decree
  ])('aanvragen uiterlijk %s voor %i → %s', (mmdd, jaar, gelijk, verwacht) => {
    expect(aanvraagUiterlijk(mmdd, jaar, gelijk)).toBe(verwacht);
  });

  it.each([
    ['04-29', 2027, '2028-05-01'], // Saturday → Monday
    ['05-01', 2026, '2027-05-03'], // 1 May 2027 is a Saturday
    ['04-27', 2029, '2030-04-29'], // King's Day 2030 is a Saturday, then Sunday → Monday
  ])('verantwoorden uiterlijk %s na %i → %s (Awb 4:44 lid 2)', (mmdd, jaar, verwacht) => {
    expect(verantwoordingUiterlijk(mmdd, jaar, GEEN)).toBe(verwacht);
  });

  it('zet de nieuwe termijn (Awb 4:44) voorbij Hemelvaart en het weekend', () => {
    // 2028: Ascension Day is Thursday 25 May.
    expect(nieuweTermijn('2028-04-27', 28, GEEN)).toBe('2028-05-26');
    expect(nieuweTermijn('2028-04-26', 29, GEEN)).toBe('2028-05-26');
  });
});

describe('de toets van een jaaraanvraag', () => {
  const dagen = (b: ReturnType<typeof toetsJaaraanvraag>) => b.map((x) => [x.voorwaarde, x.voldaan]);

  it.each([
    ['op tijd en sluitend', aanvraag, '2026-10-05', [true, true, true, true]],
    ['een dag te laat', aanvraag, '2026-10-06', [false, true, true, true]],
    ['meer dan het maximum', { ...aanvraag, gevraagdBedrag: 8_000_000 }, '2026-09-01', [true, false, false, true]],
    ['meer dan het tekort', { ...aanvraag, gevraagdBedrag: 6_000_001 }, '2026-09-01', [true, true, false, true]],
    [
      'te weinig eigen inkomsten',
      { ...aanvraag, begroting: begroting.map((b) => (b.code === 'I1' ? { ...b, bedrag: 100_000 } : b)) },
      '2026-09-01',
      [true, true, true, false],
    ],
  ])('%s', (_naam, a, dag, verwacht) => {
    expect(dagen(toetsJaaraanvraag(regeling, a, dag, GEEN)).map(([, v]) => v)).toEqual(verwacht);
  });

  it('legt een te late aanvraag uit met de laatste dag', () => {
    const [termijn] = toetsJaaraanvraag(regeling, aanvraag, '2026-10-06', GEEN);
    expect(termijn.toelichting).toBe(
      'Voor 2027 kon je aanvragen tot en met 5 oktober 2026. Je aanvraag van 6 oktober 2026 is te laat.',
    );
  });
});

describe('voorschotten (Awb 4:95)', () => {
  it.each([
    [100, 4, [25, 25, 25, 25]],
    [101, 4, [26, 25, 25, 25]],
    [103, 4, [26, 26, 26, 25]],
    [5, 12, [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]],
    [0, 3, [0, 0, 0]],
  ])('verdeelt %i cent over %i termijnen', (totaal, n, verwacht) => {
    expect(verdeel(totaal, n)).toEqual(verwacht);
    expect(verdeel(totaal, n).reduce((t, x) => t + x, 0)).toBe(totaal);
  });

  it('plant per kwartaal, een vervaldag vóór het besluit wordt de besluitdag', () => {
    expect(voorschotten(Voorschotschema.KWARTAAL, 2027, 6_000_000, 80, '2027-02-10')).toEqual([
      { volgnummer: 1, bedrag: 1_200_000, vervaldatum: '2027-02-10' },
      { volgnummer: 2, bedrag: 1_200_000, vervaldatum: '2027-04-01' },
      { volgnummer: 3, bedrag: 1_200_000, vervaldatum: '2027-07-01' },
      { volgnummer: 4, bedrag: 1_200_000, vervaldatum: '2027-10-01' },
    ]);
    expect(voorschotten(Voorschotschema.MAAND, 2027, 1_200_000, 100, '2026-12-01').map((v) => v.vervaldatum)).toHaveLength(12);
  });

  it.each([
    ['lagere verlening', 5_000_000, 80, 3_600_000, 1, [400_000]],
    ['al meer betaald dan nodig', 4_000_000, 80, 3_600_000, 1, [0]],
    ['hogere verlening', 7_000_000, 80, 2_400_000, 2, [1_600_000, 1_600_000]],
  ])('herplant na een wijziging: %s', (_n, verleend, procent, betaald, open, verwacht) => {
    expect(herplan(verleend, procent, betaald, open)).toEqual(verwacht);
  });
});

describe('vaststelling (Awb 4:46) en afrekening (Awb 4:57, 4:87)', () => {
  it.each([
    [3_500_000, 4_000_000, { nabetaling: 0, terugvordering: 500_000 }],
    [5_000_000, 4_000_000, { nabetaling: 1_000_000, terugvordering: 0 }],
    [4_000_000, 4_000_000, { nabetaling: 0, terugvordering: 0 }],
  ])('vastgesteld %i, betaald %i', (vastgesteld, betaald, verwacht) => {
    expect(afrekening(vastgesteld, betaald)).toEqual(verwacht);
  });

  it('vraagt per lager vastgestelde regel een grond en een motivering', () => {
    const zonder = controleerVaststelling(5_000_000, [{ code: 'K2', bedrag: 100, grond: null, motivering: null }], begroting);
    expect(zonder.fouten.map((f) => f.veld)).toEqual(['input.kortingen[0].motivering']);
    const met = controleerVaststelling(
      5_000_000,
      [
        {
          code: 'K2',
          bedrag: 1_500_000,
          grond: 'NIET_UITGEVOERD',
          motivering: 'De zomerspelen gingen niet door, het geld is niet besteed.',
        },
      ],
      begroting,
    );
    expect(met).toEqual({ fouten: [], vastgesteld: 3_500_000 });
  });

  it('weigert onbekende of dubbele regels en kortingen boven de verlening', () => {
    const m = 'Een reden die lang genoeg is om iets uit te leggen.';
    const r = controleerVaststelling(
      1_000,
      [
        { code: 'K9', bedrag: 0, grond: null, motivering: null },
        { code: 'K1', bedrag: 800, grond: 'ONJUISTE_GEGEVENS', motivering: m },
        { code: 'K1', bedrag: 800, grond: 'ONJUISTE_GEGEVENS', motivering: m },
      ],
      begroting,
    );
    expect(r.fouten.map((f) => f.veld)).toEqual(['input.kortingen[0].code', 'input.kortingen[2].code', 'input.kortingen']);
    expect(r.vastgesteld).toBe(0);
  });
});

describe('meldplicht (Awb 4:38) en herinneringen', () => {
  it.each([
    [1_000_000, 100_000, 10, false],
    [1_000_000, 100_001, 10, true],
    [1_000_000, -200_000, 10, true],
    [0, 1, 10, true],
  ])('regel van %i, verschuiving %i, drempel %i%% → %s', (bedrag, verschuiving, drempel, verwacht) => {
    expect(isMeldingsplichtig({ code: 'K', omschrijving: '', soort: BegrotingSoort.KOSTEN, bedrag }, verschuiving, drempel)).toBe(
      verwacht,
    );
  });

  it.each([
    ['2028-04-02', [], []],
    ['2028-04-03', [], [28]],
    ['2028-04-25', [], [28, 7]],
    ['2028-04-25', [28], [7]],
    ['2028-05-01', [28, 7], []],
    ['2028-05-02', [], []],
  ])('op %s, al verstuurd %j → %j', (vandaag, verstuurd, verwacht) => {
    expect(herinneringenNu('2028-05-01', [28, 7], verstuurd, vandaag)).toEqual(verwacht);
  });
});
