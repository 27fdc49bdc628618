import { Stemkeuze } from './buurtpanel.entity';
import {
  adviesMotivering,
  adviesVanUitkomst,
  controleerLeden,
  controleerPanel,
  iedereenGestemd,
  laadPanelConfig,
  overwegingenVan,
  PanelAdvies,
  panelredenFout,
  panelUitkomst,
  type Stem,
  stemmingOpen,
  telStemmen,
} from './buurtpanel.rules';
import { BesluitUitkomst } from './initiatief.entity';

const { VOOR, TEGEN, ONTHOUDING } = Stemkeuze;
const LEDEN = ['a', 'b', 'c', 'd', 'e'];

/** Votes of members a, b, c … in this order. */
const stemmen = (...keuzes: Stemkeuze[]): Stem[] => keuzes.map((keuze, i) => ({ gebruikerId: LEDEN[i], keuze }));

describe('uitkomst van een buurtpanel (docs/domein.md, invariant 8)', () => {
  it.each<[string, Stem[], number, string[], BesluitUitkomst | null]>([
    ['kent toe bij een meerderheid voor', stemmen(VOOR, VOOR, TEGEN), 2, [], BesluitUitkomst.TOEGEKEND],
    ['kent toe precies op het quorum', stemmen(VOOR, VOOR, TEGEN), 3, [], BesluitUitkomst.TOEGEKEND],
    ['gaat terug naar de gemeente één stem onder het quorum', stemmen(VOOR, VOOR), 3, [], null],
    ['gaat terug zonder enige stem', [], 1, [], null],
    ['wijst af bij staken der stemmen', stemmen(VOOR, TEGEN, ONTHOUDING), 3, [], BesluitUitkomst.AFGEWEZEN],
    ['wijst af bij een gelijke stand van twee tegen twee', stemmen(VOOR, TEGEN, VOOR, TEGEN), 4, [], BesluitUitkomst.AFGEWEZEN],
    ['wijst af bij een meerderheid tegen', stemmen(TEGEN, TEGEN, VOOR), 2, [], BesluitUitkomst.AFGEWEZEN],
    ['telt onthoudingen mee voor het quorum', stemmen(VOOR, ONTHOUDING, ONTHOUDING), 3, [], BesluitUitkomst.TOEGEKEND],
    [
      'wijst af als iedereen zich onthoudt (geen meerderheid voor)',
      stemmen(ONTHOUDING, ONTHOUDING),
      2,
      [],
      BesluitUitkomst.AFGEWEZEN,
    ],
    ['telt de stem van een verschoond lid niet mee voor het quorum', stemmen(VOOR, VOOR, VOOR), 3, ['c'], null],
    [
      'telt de stem van een verschoond lid niet mee voor de uitkomst',
      stemmen(VOOR, TEGEN, TEGEN),
      1,
      ['c', 'b'],
      BesluitUitkomst.TOEGEKEND,
    ],
    ['beslist zonder de stem van een verschoond lid', stemmen(TEGEN, VOOR, VOOR), 2, ['a'], BesluitUitkomst.TOEGEKEND],
    ['wijst af bij een gelijke stand na verschoning', stemmen(VOOR, VOOR, TEGEN), 2, ['a'], BesluitUitkomst.AFGEWEZEN],
  ])('%s', (_naam, s, quorum, verschoond, verwacht) => {
    expect(panelUitkomst(telStemmen(s, LEDEN, new Set(verschoond)), quorum)).toBe(verwacht);
  });

  it('telt alleen stemmen van leden, één per lid', () => {
    const s: Stem[] = [
      { gebruikerId: 'a', keuze: VOOR },
      { gebruikerId: 'a', keuze: TEGEN },
      { gebruikerId: 'buitenstaander', keuze: VOOR },
      { gebruikerId: 'b', keuze: ONTHOUDING },
    ];
    expect(telStemmen(s, LEDEN, new Set())).toEqual({ voor: 1, tegen: 0, onthouding: 1 });
  });
});

describe('vroegtijdig sluiten: iedereen die mag stemmen heeft gestemd', () => {
  it.each<[string, string[], string[], Stem[], boolean]>([
    ['sluit als alle leden stemden', ['a', 'b', 'c'], [], stemmen(VOOR, TEGEN, VOOR), true],
    ['wacht op een lid dat nog niet stemde', ['a', 'b', 'c'], [], stemmen(VOOR, TEGEN), false],
    ['wacht niet op een verschoond lid', ['a', 'b', 'c'], ['c'], stemmen(VOOR, TEGEN), true],
    ['telt de stem van een verschoond lid niet als gestemd', ['a', 'b', 'c'], ['a'], stemmen(VOOR), false],
    ['sluit niet vroeg als alle leden verschoond zijn (wacht op sluitOp)', ['a', 'b'], ['a', 'b'], [], false],
  ])('%s', (_naam, leden, verschoond, s, verwacht) => {
    expect(iedereenGestemd(leden, new Set(verschoond), s)).toBe(verwacht);
  });
});

describe('stemmen tot de sluitingstijd', () => {
  const sluitOp = new Date('2027-03-01T12:00:00.000Z');
  it.each<[string, Date, Date | null, boolean]>([
    ['neemt een stem aan een milliseconde voor sluitOp', new Date('2027-03-01T11:59:59.999Z'), null, true],
    ['weigert een stem precies op sluitOp', new Date('2027-03-01T12:00:00.000Z'), null, false],
    ['weigert een stem na sluitOp', new Date('2027-03-01T12:00:00.001Z'), null, false],
    ['weigert een stem als de stemming al vroeg is gesloten', new Date('2027-03-01T10:00:00.000Z'), sluitOp, false],
  ])('%s', (_naam, nu, geslotenOp, verwacht) => {
    expect(stemmingOpen(nu, sluitOp, geslotenOp)).toBe(verwacht);
  });
});

describe('een buurtpanel instellen', () => {
  const goed = { naam: 'Buurtpanel Molenberg', quorum: 2, leden: ['a', 'b', 'c'], buurtIds: ['x'] };
  it.each<[string, Partial<typeof goed>, string[]]>([
    ['accepteert een geldig panel', {}, []],
    ['accepteert een quorum gelijk aan het aantal leden', { quorum: 3 }, []],
    ['weigert een quorum boven het aantal leden', { quorum: 4 }, ['input.quorum']],
    ['weigert een quorum van nul', { quorum: 0 }, ['input.quorum']],
    ['weigert een lid dat twee keer voorkomt', { leden: ['a', 'a'], quorum: 1 }, ['input.leden']],
    ['weigert een panel zonder leden', { leden: [], quorum: 1 }, ['input.leden', 'input.quorum']],
    ['weigert een panel zonder buurten', { buurtIds: [] }, ['input.buurtIds']],
    ['weigert een lege naam', { naam: '  ' }, ['input.naam']],
  ])('%s', (_naam, wijziging, velden) => {
    expect(controleerPanel({ ...goed, ...wijziging }).map((v) => v.veld)).toEqual(velden);
  });
});

describe('de leden van een bestaand panel wijzigen', () => {
  it.each<[string, string[], number, string | null]>([
    ['accepteert evenveel leden als het quorum', ['a', 'b'], 2, null],
    ['accepteert meer leden dan het quorum', ['a', 'b', 'c'], 1, null],
    [
      'weigert minder leden dan het quorum',
      ['a'],
      2,
      'het quorum van dit panel is 2; met 1 lid is geen geldige uitslag mogelijk.',
    ],
    ['weigert een lege lijst', [], 1, 'noem de leden van het panel (hun gebruikers-id), zonder lege waarden.'],
    ['weigert een lege waarde', ['a', ''], 1, 'noem de leden van het panel (hun gebruikers-id), zonder lege waarden.'],
    ['weigert een lid dat twee keer voorkomt', ['a', 'b', 'a'], 1, 'een lid staat er meer dan één keer in.'],
  ])('%s', (_naam, leden, quorum, melding) => {
    expect(controleerLeden(leden, quorum)).toEqual(melding === null ? [] : [{ veld: 'leden', melding }]);
  });
});

describe('PANEL_INTERVAL_MS', () => {
  it.each<[string | undefined, number]>([
    [undefined, 10_000],
    ['', 10_000],
    ['0', 0],
    ['250', 250],
  ])('leest %p als %p ms', (waarde, verwacht) => {
    expect(laadPanelConfig({ PANEL_INTERVAL_MS: waarde }).intervalMs).toBe(verwacht);
  });

  it.each(['vaak', '-1', '10', '1.5'])('weigert %p met de naam van de variabele', (waarde) => {
    expect(() => laadPanelConfig({ PANEL_INTERVAL_MS: waarde })).toThrow(/PANEL_INTERVAL_MS/);
  });
});

describe('het advies van het buurtpanel en het besluit erop', () => {
  it.each<[string, string | null, boolean]>([
    ['een zin met reden', 'Goed voor de kinderen.', true],
    ['geen reden', null, false],
    ['alleen spaties', '    ', false],
    ['te kort', 'ok prima', false],
    ['één woord herhaald tot lengte', 'jajajajajajaja', false],
    ['te lang', `Dit is te lang. ${'a'.repeat(2000)}`, false],
  ])('panelreden: %s', (_naam, tekst, geldig) => {
    expect(panelredenFout(tekst) === null).toBe(geldig);
  });

  it('geeft de overwegingen van de getelde stemmen zonder namen, geordend op keuze en tekst', () => {
    const stemmen = [
      { gebruikerId: 'z', keuze: Stemkeuze.TEGEN, toelichting: 'Te duur voor de straat.' },
      { gebruikerId: 'a', keuze: Stemkeuze.VOOR, toelichting: 'Zo komen buren samen.' },
      { gebruikerId: 'b', keuze: Stemkeuze.VOOR, toelichting: 'Alle kinderen doen mee.' },
      { gebruikerId: 'v', keuze: Stemkeuze.VOOR, toelichting: 'Mijn eigen plan.' },
      { gebruikerId: 'c', keuze: Stemkeuze.ONTHOUDING, toelichting: null },
    ];
    const uit = overwegingenVan(stemmen, ['a', 'b', 'c', 'v', 'z'], new Set(['v']));
    expect(uit).toEqual([
      { keuze: 'VOOR', toelichting: 'Alle kinderen doen mee.' },
      { keuze: 'VOOR', toelichting: 'Zo komen buren samen.' },
      { keuze: 'TEGEN', toelichting: 'Te duur voor de straat.' },
    ]);
    expect(JSON.stringify(uit)).not.toContain('gebruikerId');
  });

  const basis = {
    panelNaam: 'Buurtpanel Schandelen',
    quorum: 2,
    telling: { voor: 2, tegen: 1, onthouding: 0 },
    advies: PanelAdvies.POSITIEF,
    overwegingen: [{ keuze: Stemkeuze.VOOR, toelichting: 'Zo komen buren samen.' }],
    beslisser: 'Bea Beleid',
  };

  it('motiveert een besluit dat het advies volgt met telling, overwegingen, beslisser en college', () => {
    const tekst = adviesMotivering({ ...basis, uitkomst: BesluitUitkomst.TOEGEKEND, afwijkingsreden: null });
    expect(tekst).toContain('Buurtpanel Schandelen heeft positief geadviseerd');
    expect(tekst).toContain('2 voor, 1 tegen, 0 onthouding; quorum 2 gehaald');
    expect(tekst).toContain('voor: "Zo komen buren samen."');
    expect(tekst).toContain('De gemeente volgt dit advies');
    expect(tekst).toContain('Besloten door Bea Beleid, namens het college van burgemeester en wethouders van Heerlen');
  });

  it('zegt bij afwijken van het advies waarom', () => {
    const tekst = adviesMotivering({
      ...basis,
      uitkomst: BesluitUitkomst.AFGEWEZEN,
      afwijkingsreden: 'De straat is dan afgesloten.',
    });
    expect(tekst).toContain(
      'De gemeente wijkt af van dit advies: de aanvraag is afgewezen. Waarom: De straat is dan afgesloten.',
    );
    expect(adviesVanUitkomst(BesluitUitkomst.AFGEWEZEN)).toBe(PanelAdvies.NEGATIEF);
    expect(adviesVanUitkomst(null)).toBeNull();
  });
});
