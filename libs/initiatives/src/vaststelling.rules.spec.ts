import { VaststellingsGrond } from './initiatief.entity';
import { toetsVaststelling } from './vaststelling.rules';

const aanvragen = [
  { id: 'a', toegekendBedrag: 50000 },
  { id: 'b', toegekendBedrag: 20000 },
  { id: 'c', toegekendBedrag: null },
];
const REDEN = 'De activiteiten zijn zoals toegekend uitgevoerd.';
const bedragen = (...r: Array<[string, number]>) => new Map(r.map(([id, bedrag], index) => [id, { bedrag, index }]));

describe('vaststelling (Awb 4:42-4:46): nooit boven de verlening, altijd gemotiveerd, lager met grond', () => {
  it.each<[string, ReturnType<typeof bedragen>, string, VaststellingsGrond | null, boolean, string[]]>([
    [
      'Awb 4:46 lid 1: vaststellen op het toegekende bedrag met een motivering is in orde',
      bedragen(['a', 50000]),
      REDEN,
      null,
      false,
      [],
    ],
    ['Awb 4:46 lid 1: een aanvraag die niet is genoemd, wordt op de verlening vastgesteld', bedragen(), REDEN, null, false, []],
    [
      'Awb 4:46 lid 2 onder a: lager vaststellen met grond is in orde',
      bedragen(['b', 5000]),
      REDEN,
      VaststellingsGrond.ACTIVITEITEN_NIET_VERRICHT,
      true,
      [],
    ],
    ['Awb 4:46 lid 2: lager vaststellen zonder grond wordt geweigerd', bedragen(['b', 5000]), REDEN, null, true, ['grond']],
    [
      'Awb 4:46: een grond bij vaststellen op het toegekende bedrag wordt geweigerd',
      bedragen(['a', 50000]),
      REDEN,
      VaststellingsGrond.ONJUISTE_GEGEVENS,
      false,
      ['grond'],
    ],
    [
      'Awb 4:46 lid 1: hoger dan toegekend wordt geweigerd bij het bedrag',
      bedragen(['a', 50001]),
      REDEN,
      null,
      false,
      ['bedragen[0].bedrag'],
    ],
    ['Awb 3:46: een punt is geen motivering van een vaststelling', bedragen(['a', 50000]), '.', null, false, ['toelichting']],
    [
      'Awb 3:46 en 4:46: hoger, zonder motivering en met een overbodige grond noemt alle drie de velden',
      bedragen(['a', 60000]),
      '',
      VaststellingsGrond.VERLENING_ONJUIST,
      false,
      ['bedragen[0].bedrag', 'toelichting', 'grond'],
    ],
    [
      'Awb 4:46 lid 1: een bedrag voor een aanvraag zonder verlening is hoger dan de verlening (nul)',
      bedragen(['c', 1]),
      REDEN,
      null,
      false,
      ['bedragen[0].bedrag'],
    ],
  ])('%s', (_naam, b, reden, grond, lager, velden) => {
    const t = toetsVaststelling(aanvragen, b, reden, grond);
    expect(t.lager).toBe(lager);
    expect(t.velden.map((v) => v.veld)).toEqual(velden);
  });

  it('Awb 4:46 lid 1: de melding bij een te hoog bedrag noemt het toegekende bedrag in euro', () => {
    expect(toetsVaststelling(aanvragen, bedragen(['a', 60000]), REDEN, null).velden[0].melding).toMatch(
      /mag niet hoger zijn dan het toegekende bedrag \(€ 500\)/,
    );
  });
});
