import { BesluitUitkomst } from './initiatief.entity';
import { herzieningsbedragen } from './herziening.rules';

const aanvragen = [
  { id: 'geld', gevraagdBedrag: 50000, toegekendBedrag: 20000 },
  { id: 'ander', gevraagdBedrag: 10000, toegekendBedrag: 10000 },
  { id: 'hulp', gevraagdBedrag: null, toegekendBedrag: null },
];
const bedragen = (...r: Array<[string, number]>) => new Map(r.map(([id, bedrag], index) => [id, { bedrag, index }]));

describe('Awb 7:11: de bedragen van het nieuwe besluit na een gegrond bezwaar', () => {
  it.each<[string, BesluitUitkomst, ReturnType<typeof bedragen>, Record<string, number>, string[]]>([
    [
      'Awb 7:11: een toekenning met een hoger bedrag tot het gevraagde; niet genoemde aanvragen houden hun bedrag',
      BesluitUitkomst.TOEGEKEND,
      bedragen(['geld', 50000]),
      { geld: 50000, ander: 10000, hulp: 0 },
      [],
    ],
    ['Awb 7:11: een afwijzing kent niets toe', BesluitUitkomst.AFGEWEZEN, bedragen(), { geld: 0, ander: 0, hulp: 0 }, []],
    [
      'Awb 7:11: een afwijzing met een bedrag wordt geweigerd',
      BesluitUitkomst.AFGEWEZEN,
      bedragen(['ander', 5000]),
      { geld: 0, ander: 0, hulp: 0 },
      ['input.bedragen[0].bedrag: bij een afwijzing wordt niets toegekend.'],
    ],
    [
      'Awb 7:11 en 4:25: meer dan gevraagd wordt geweigerd, een bedrag voor hulp zonder geld ook',
      BesluitUitkomst.TOEGEKEND,
      bedragen(['geld', 50001], ['hulp', 100]),
      { geld: 50001, ander: 10000, hulp: 100 },
      ['input.bedragen[0].bedrag: is meer dan gevraagd (€ 500).', 'input.bedragen[1].bedrag: deze aanvraag vraagt geen geld.'],
    ],
  ])('%s', (_naam, uitkomst, b, nieuw, velden) => {
    const r = herzieningsbedragen(aanvragen, b, uitkomst, 'input.bedragen');
    expect(Object.fromEntries(r.nieuw)).toEqual(nieuw);
    expect(r.velden.map((v) => `${v.veld}: ${v.melding}`)).toEqual(velden);
  });
});
