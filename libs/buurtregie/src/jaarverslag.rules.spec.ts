import type { Initiatiefcijfer } from '@buurtwerk/initiatives';
import { BesluitSoort } from '@buurtwerk/initiatives';
import {
  beslistermijnen,
  gemiddelde,
  geldPerInstrument,
  inGebied,
  initiatieftelling,
  JaarverslagSchaal,
  jaarGrenzen,
  procent,
  signalenPerAfdeling,
} from './jaarverslag.rules';

const cijfer = (extra: Partial<Initiatiefcijfer>): Initiatiefcijfer => ({
  id: 'i',
  buurtIds: ['a'],
  stadsdeelId: null,
  ontvangen: false,
  ingediendDatum: '2027-01-10',
  beslissenUiterlijk: '2027-03-07',
  besluit: null,
  vaststelling: null,
  ...extra,
});

describe('Regels van het jaarverslag', () => {
  it.each([
    ['buurt: een initiatief in meer buurten telt in elk ervan', JaarverslagSchaal.BUURT, ['x', 'a'], null, null, true],
    ['buurt: een andere buurt telt niet', JaarverslagSchaal.BUURT, ['x'], null, null, false],
    ['stadsdeel: een initiatief op stadsdeelschaal zonder buurten telt mee', JaarverslagSchaal.STADSDEEL, [], 's', 's', true],
    ['stad: alles telt', JaarverslagSchaal.STAD, [], null, null, true],
  ])('%s', (_naam, schaal, buurten, stadsdeel, gebiedStadsdeel, verwacht) => {
    expect(inGebied({ schaal, buurtIds: new Set(['a']), stadsdeelId: gebiedStadsdeel }, buurten, stadsdeel)).toBe(verwacht);
  });

  it('telt ontvangen en het laatste besluit van het jaar; een gedeeltelijke toekenning is toegekend', () => {
    expect(
      initiatieftelling([
        cijfer({ ontvangen: true }),
        cijfer({ besluit: { soort: BesluitSoort.GEDEELTELIJKE_TOEKENNING, datum: '2027-02-01', regels: [] } }),
        cijfer({ besluit: { soort: BesluitSoort.AFWIJZING, datum: '2027-02-01', regels: [] } }),
        cijfer({ besluit: { soort: BesluitSoort.BUITEN_BEHANDELING, datum: '2027-02-01', regels: [] } }),
      ]),
    ).toEqual({ ontvangen: 1, toegekend: 1, afgewezen: 1, buitenBehandeling: 1 });
  });

  it('geld per instrument: toegekend uit toekenningen, vastgesteld uit vaststellingen, een afwijzing telt niet', () => {
    const per = geldPerInstrument([
      cijfer({
        besluit: { soort: BesluitSoort.TOEKENNING, datum: '2027-02-01', regels: [{ instrumentId: 'geld', bedrag: 500 }] },
        vaststelling: { datum: '2027-10-01', regels: [{ instrumentId: 'geld', bedrag: 400 }] },
      }),
      cijfer({
        besluit: { soort: BesluitSoort.AFWIJZING, datum: '2027-02-01', regels: [{ instrumentId: 'geld', bedrag: 999 }] },
      }),
    ]);
    expect(Object.fromEntries(per)).toEqual({ geld: { toegekend: 500, vastgesteld: 400 } });
  });

  it('beslistermijn (Awb 4:13): op de laatste dag is op tijd, een dag later te laat; zonder termijn apart', () => {
    expect(
      beslistermijnen([
        cijfer({ besluit: { soort: BesluitSoort.TOEKENNING, datum: '2027-03-07', regels: [] } }),
        cijfer({ besluit: { soort: BesluitSoort.AFWIJZING, datum: '2027-03-08', regels: [] } }),
        cijfer({ beslissenUiterlijk: null, besluit: { soort: BesluitSoort.AFWIJZING, datum: '2027-01-20', regels: [] } }),
      ]),
    ).toEqual({ besluiten: 3, binnenTermijn: 1, teLaat: 1, zonderTermijn: 1, gemiddeldeDagen: 41 });
  });

  it('signalen per afdeling: afgehandeld op de laatste dag van de termijn is binnen de termijn', () => {
    const d = (s: string) => new Date(`${s}T10:00:00+01:00`);
    const rijen = signalenPerAfdeling(
      [
        {
          buurtId: 'a',
          afdeling: 'Groenbeheer',
          afgehandeld: true,
          gemeldOp: d('2027-01-01'),
          afgehandeldOp: d('2027-01-11'),
          reactieUiterlijk: '2027-01-11',
        },
        {
          buurtId: 'a',
          afdeling: 'Groenbeheer',
          afgehandeld: true,
          gemeldOp: d('2027-01-01'),
          afgehandeldOp: d('2027-01-13'),
          reactieUiterlijk: '2027-01-11',
        },
        {
          buurtId: 'a',
          afdeling: null,
          afgehandeld: false,
          gemeldOp: d('2027-01-01'),
          afgehandeldOp: null,
          reactieUiterlijk: '2027-01-11',
        },
      ],
      (x) => x.toISOString().slice(0, 10),
    );
    expect(rijen).toEqual([
      { afdeling: 'Geen afdeling', gemeld: 1, afgehandeld: 0, binnenTermijn: 0, gemiddeldeDagen: null },
      { afdeling: 'Groenbeheer', gemeld: 2, afgehandeld: 2, binnenTermijn: 1, gemiddeldeDagen: 11 },
    ]);
  });

  it('gemiddelde en procent met één decimaal; niets te delen geeft geen getal', () => {
    expect(gemiddelde([])).toBeNull();
    expect(gemiddelde([1, 2, 2])).toBe(1.7);
    expect(procent(1, 3)).toBe(33.3);
    expect(procent(1, 0)).toBeNull();
  });

  it('een jaar loopt van 1 januari 0:00 tot 1 januari 0:00 in Heerlen (CET)', () => {
    expect(jaarGrenzen(2027)).toEqual({ van: new Date('2026-12-31T23:00:00Z'), tot: new Date('2027-12-31T23:00:00Z') });
  });
});
