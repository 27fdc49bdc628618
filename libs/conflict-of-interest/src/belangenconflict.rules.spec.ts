import {
  actiefOp,
  type Aanvraag,
  type Belangenregister,
  type BestuursfunctieFeit,
  bouwConflictlijst,
  ConflictGrond,
  conflictenVanAnderen,
  conflictenVanGebruiker,
  isActiefOp,
  isGeldigeEinddatum,
  type NevenfunctieFeit,
  verschoningsmelding,
} from './belangenconflict.rules';

const ORG = '00000000-0000-4000-8000-000000000001';
const ANDERE_ORG = '00000000-0000-4000-8000-000000000002';
const INITIATIEF = '00000000-0000-4000-8000-0000000000aa';

const aanvraag = (extra: Partial<Aanvraag> = {}): Aanvraag => ({
  initiatiefId: INITIATIEF,
  organisatieId: ORG,
  organisatieNaam: 'Stichting Buurthuis Molenberg',
  indienerSub: 'sub-indiener',
  indienerNaam: 'Indira Indiener',
  ...extra,
});

const nevenfunctie = (extra: Partial<NevenfunctieFeit> = {}): NevenfunctieFeit => ({
  nevenfunctieId: 'n1',
  ambtsdragerId: 'a1',
  ambtsdragerNaam: 'Raadslid Rood',
  gebruikerId: 'sub-rood',
  organisatieId: ORG,
  organisatieNaam: 'Stichting Buurthuis Molenberg',
  functie: 'Voorzitter',
  vanaf: '2025-01-01',
  tot: null,
  ...extra,
});

const bestuursfunctie = (extra: Partial<BestuursfunctieFeit> = {}): BestuursfunctieFeit => ({
  organisatieId: ORG,
  persoon: 'Bert Bestuur',
  functie: 'Penningmeester',
  vanaf: '2024-01-01',
  tot: null,
  gebruikerId: 'sub-bert',
  ...extra,
});

const leeg: Belangenregister = { nevenfuncties: [], bestuursfuncties: [], verklaringen: [] };
const PEILDATUM = '2027-03-15';

describe('actieve posities op een peildatum', () => {
  it.each([
    ['telt de eerste dag mee', { vanaf: '2027-03-15', tot: null }, true],
    ['telt de laatste dag (tot) mee', { vanaf: '2020-01-01', tot: '2027-03-15' }, true],
    ['is na de einddatum niet meer actief', { vanaf: '2020-01-01', tot: '2027-03-14' }, false],
    ['is voor de begindatum nog niet actief', { vanaf: '2027-03-16', tot: null }, false],
    ['is zonder einddatum actief', { vanaf: '1999-01-01', tot: null }, true],
  ])('%s', (_naam, periode, verwacht) => {
    expect(isActiefOp(periode, PEILDATUM)).toBe(verwacht);
  });

  it('geeft zonder peildatum de hele geschiedenis, beëindigde posities inbegrepen', () => {
    const rijen = [
      { vanaf: '2020-01-01', tot: '2021-01-01' },
      { vanaf: '2027-01-01', tot: null },
    ];
    expect(actiefOp(rijen, null)).toEqual(rijen);
    expect(actiefOp(rijen, PEILDATUM)).toEqual([rijen[1]]);
  });

  it.each([
    ['accepteert een einddatum op de begindatum', '2027-01-01', '2027-01-01', true],
    ['accepteert een open einde', '2027-01-01', null, true],
    ['weigert een einddatum voor de begindatum', '2027-01-01', '2026-12-31', false],
  ])('%s', (_naam, vanaf, tot, verwacht) => {
    expect(isGeldigeEinddatum(vanaf, tot)).toBe(verwacht);
  });
});

describe('de lijst van belangenconflicten', () => {
  const gronden = (register: Partial<Belangenregister>, extra: Partial<Aanvraag> = {}) =>
    bouwConflictlijst(aanvraag(extra), { ...leeg, ...register }, PEILDATUM).map((c) => [c.grond, c.persoon, c.gebruikerId]);

  it.each<[string, Partial<Belangenregister>, Partial<Aanvraag>, Array<[ConflictGrond, string, string | null]>]>([
    ['noemt altijd de indiener', {}, {}, [[ConflictGrond.INDIENER, 'Indira Indiener', 'sub-indiener']]],
    [
      'noemt de indiener zonder naam neutraal',
      {},
      { indienerNaam: null },
      [[ConflictGrond.INDIENER, 'De indiener van het initiatief', 'sub-indiener']],
    ],
    [
      'noemt een ambtsdrager met een actieve nevenfunctie bij de aanvrager',
      { nevenfuncties: [nevenfunctie()] },
      {},
      [
        [ConflictGrond.INDIENER, 'Indira Indiener', 'sub-indiener'],
        [ConflictGrond.NEVENFUNCTIE, 'Raadslid Rood', 'sub-rood'],
      ],
    ],
    [
      'noemt ook een ambtsdrager zonder inlogkoppeling (de koppeling met de organisatie telt)',
      { nevenfuncties: [nevenfunctie({ gebruikerId: null })] },
      {},
      [
        [ConflictGrond.INDIENER, 'Indira Indiener', 'sub-indiener'],
        [ConflictGrond.NEVENFUNCTIE, 'Raadslid Rood', null],
      ],
    ],
    [
      'negeert een beëindigde nevenfunctie',
      { nevenfuncties: [nevenfunctie({ tot: '2027-03-14' })] },
      {},
      [[ConflictGrond.INDIENER, 'Indira Indiener', 'sub-indiener']],
    ],
    [
      'negeert een nevenfunctie die pas later begint',
      { nevenfuncties: [nevenfunctie({ vanaf: '2027-03-16' })] },
      {},
      [[ConflictGrond.INDIENER, 'Indira Indiener', 'sub-indiener']],
    ],
    [
      'negeert een nevenfunctie bij een andere organisatie',
      { nevenfuncties: [nevenfunctie({ organisatieId: ANDERE_ORG })] },
      {},
      [[ConflictGrond.INDIENER, 'Indira Indiener', 'sub-indiener']],
    ],
    [
      'ziet een gelijke organisatienaam zonder koppeling niet als conflict (nooit op naam)',
      { nevenfuncties: [nevenfunctie({ organisatieId: null, organisatieNaam: 'Stichting Buurthuis Molenberg' })] },
      {},
      [[ConflictGrond.INDIENER, 'Indira Indiener', 'sub-indiener']],
    ],
    [
      'noemt geen nevenfuncties of bestuursfuncties als een bewoner aanvraagt',
      { nevenfuncties: [nevenfunctie()], bestuursfuncties: [bestuursfunctie()] },
      { organisatieId: null, organisatieNaam: null },
      [[ConflictGrond.INDIENER, 'Indira Indiener', 'sub-indiener']],
    ],
    [
      'noemt een bestuurder met inlogkoppeling',
      { bestuursfuncties: [bestuursfunctie()] },
      {},
      [
        [ConflictGrond.INDIENER, 'Indira Indiener', 'sub-indiener'],
        [ConflictGrond.BESTUURSFUNCTIE, 'Bert Bestuur', 'sub-bert'],
      ],
    ],
    [
      'slaat een bestuurder zonder inlogkoppeling over',
      { bestuursfuncties: [bestuursfunctie({ gebruikerId: null })] },
      {},
      [[ConflictGrond.INDIENER, 'Indira Indiener', 'sub-indiener']],
    ],
    [
      'slaat een afgelopen bestuursfunctie over',
      { bestuursfuncties: [bestuursfunctie({ tot: '2026-12-31' })] },
      {},
      [[ConflictGrond.INDIENER, 'Indira Indiener', 'sub-indiener']],
    ],
    [
      'noemt wie zelf een belang verklaarde, alleen bij dat initiatief',
      {
        verklaringen: [
          { initiatiefId: INITIATIEF, gebruikerId: 'sub-vera', persoon: 'Vera Verklaard', toelichting: 'Mijn buurman' },
          { initiatiefId: 'ander-initiatief', gebruikerId: 'sub-otto', persoon: 'Otto Ander', toelichting: 'x' },
        ],
      },
      {},
      [
        [ConflictGrond.INDIENER, 'Indira Indiener', 'sub-indiener'],
        [ConflictGrond.VERKLARING, 'Vera Verklaard', 'sub-vera'],
      ],
    ],
    [
      'noemt een ambtsdrager met twee nevenfuncties bij dezelfde organisatie één keer',
      { nevenfuncties: [nevenfunctie(), nevenfunctie({ nevenfunctieId: 'n2', functie: 'Secretaris' })] },
      {},
      [
        [ConflictGrond.INDIENER, 'Indira Indiener', 'sub-indiener'],
        [ConflictGrond.NEVENFUNCTIE, 'Raadslid Rood', 'sub-rood'],
      ],
    ],
  ])('%s', (_naam, register, extra, verwacht) => {
    expect(gronden(register, extra)).toEqual(verwacht);
  });

  it('herkent een gebruiker alleen aan zijn sub, nooit aan een gelijke naam', () => {
    const lijst = bouwConflictlijst(aanvraag(), { ...leeg, nevenfuncties: [nevenfunctie()] }, PEILDATUM);
    expect(conflictenVanGebruiker(lijst, 'sub-rood').map((c) => c.grond)).toEqual([ConflictGrond.NEVENFUNCTIE]);
    // Someone else who happens to be called "Raadslid Rood" has no conflict.
    expect(conflictenVanGebruiker(lijst, 'sub-andere-rood')).toEqual([]);
    expect(conflictenVanGebruiker(lijst, '')).toEqual([]);
    expect(conflictenVanAnderen(lijst, 'sub-rood').map((c) => c.gebruikerId)).toEqual(['sub-indiener']);
  });

  it('geeft dezelfde lijst ongeacht de volgorde van het register', () => {
    const register: Belangenregister = {
      nevenfuncties: [
        nevenfunctie(),
        nevenfunctie({ nevenfunctieId: 'n9', ambtsdragerId: 'a9', ambtsdragerNaam: 'Wethouder Wit', gebruikerId: 'sub-wit' }),
      ],
      bestuursfuncties: [bestuursfunctie(), bestuursfunctie({ persoon: 'Anna Bestuur', gebruikerId: 'sub-anna' })],
      verklaringen: [],
    };
    const omgekeerd: Belangenregister = {
      nevenfuncties: [...register.nevenfuncties].reverse(),
      bestuursfuncties: [...register.bestuursfuncties].reverse(),
      verklaringen: [],
    };
    expect(bouwConflictlijst(aanvraag(), omgekeerd, PEILDATUM)).toEqual(bouwConflictlijst(aanvraag(), register, PEILDATUM));
  });
});

describe('de verschoningsmelding', () => {
  const lijst = bouwConflictlijst(
    aanvraag(),
    {
      nevenfuncties: [nevenfunctie()],
      bestuursfuncties: [bestuursfunctie()],
      verklaringen: [{ initiatiefId: INITIATIEF, gebruikerId: 'sub-vera', persoon: 'Vera', toelichting: 'x' }],
    },
    PEILDATUM,
  );
  it.each([
    ['zegt bij een nevenfunctie bij welke organisatie', 'sub-rood', 'U heeft een nevenfunctie bij Stichting Buurthuis Molenberg'],
    [
      'zegt bij een bestuursfunctie bij welke organisatie',
      'sub-bert',
      'U heeft een bestuursfunctie bij Stichting Buurthuis Molenberg',
    ],
    ['zegt de indiener dat hij zelf indiende', 'sub-indiener', 'U heeft dit initiatief zelf ingediend'],
    ['zegt wie een belang verklaarde dat hij dat deed', 'sub-vera', 'U heeft zelf verklaard dat u een belang heeft'],
  ])('%s en wat te doen', (_naam, sub, begin) => {
    const melding = verschoningsmelding(conflictenVanGebruiker(lijst, sub));
    expect(melding.startsWith(begin)).toBe(true);
    expect(melding).toContain('u moet zich verschonen. Laat een collega zonder belang dit dossier behandelen.');
  });
});
