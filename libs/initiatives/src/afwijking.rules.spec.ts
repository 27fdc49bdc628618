import { Besluitvorming } from '@buurtwerk/subsidieregels';
import { benodigdeAfwijkingen, type RegelVoorBesluit } from './afwijking.rules';
import { BesluitUitkomst } from './initiatief.entity';

const AMBTELIJK: RegelVoorBesluit = {
  code: 'R',
  naam: 'Regeling',
  maximumBedrag: 150_000,
  besluitvorming: Besluitvorming.AMBTELIJK,
};
const PANEL: RegelVoorBesluit = { ...AMBTELIJK, besluitvorming: Besluitvorming.BUURTPANEL };
const voldaan = [{ voorwaarde: 'R.SCHAAL', voldaan: true, toelichting: 'ok' }];

describe('benodigdeAfwijkingen: wat de regeling niet toestaat zonder beredeneerde afwijking', () => {
  it.each([
    ['toekenning binnen de regeling: geen afwijking', BesluitUitkomst.TOEGEKEND, AMBTELIJK, 150_000, voldaan, false, []],
    ['toekenning boven het maximum', BesluitUitkomst.TOEGEKEND, AMBTELIJK, 200_000, voldaan, false, ['R.MAXIMUMBEDRAG']],
    [
      'toekenning terwijl een voorwaarde niet is voldaan',
      BesluitUitkomst.TOEGEKEND,
      AMBTELIJK,
      100_000,
      [{ voorwaarde: 'R.EIGEN_BIJDRAGE', voldaan: false, toelichting: 'te weinig eigen bijdrage' }],
      false,
      ['R.EIGEN_BIJDRAGE'],
    ],
    [
      'het plafond is geen afwijking (Awb 4:25 geldt altijd)',
      BesluitUitkomst.TOEGEKEND,
      AMBTELIJK,
      100_000,
      [{ voorwaarde: 'R.PLAFOND_BEREIKT', voldaan: false, toelichting: 'plafond' }],
      false,
      [],
    ],
    [
      'een medewerker beslist waar een buurtpanel beslist',
      BesluitUitkomst.AFGEWEZEN,
      PANEL,
      0,
      voldaan,
      false,
      ['R.BESLUITVORMING'],
    ],
    ['na een panel zonder quorum beslist de medewerker', BesluitUitkomst.TOEGEKEND, PANEL, 100_000, voldaan, true, []],
    [
      'een afwijzing hoeft niet af te wijken van voorwaarden',
      BesluitUitkomst.AFGEWEZEN,
      AMBTELIJK,
      0,
      [{ voorwaarde: 'R.EIGEN_BIJDRAGE', voldaan: false, toelichting: 'x' }],
      false,
      [],
    ],
  ])('%s', (_naam, uitkomst, regeling, bedrag, bevindingen, panelZonderQuorum, verwacht) => {
    expect(
      benodigdeAfwijkingen({ uitkomst, bevindingen, aanvragen: [{ regeling, bedrag }], panelZonderQuorum }).map(
        (a) => a.voorwaarde,
      ),
    ).toEqual(verwacht);
  });

  it('Awb 4:25: een afwijzing omdat het plafond niets meer heeft, neemt de medewerker zonder buurtpanel', () => {
    const s = {
      uitkomst: BesluitUitkomst.AFGEWEZEN,
      bevindingen: voldaan,
      aanvragen: [{ regeling: PANEL, bedrag: 0 }],
      panelZonderQuorum: false,
    };
    expect(benodigdeAfwijkingen({ ...s, nietsBeschikbaar: true })).toEqual([]);
    expect(benodigdeAfwijkingen({ ...s, nietsBeschikbaar: false }).map((a) => a.voorwaarde)).toEqual(['R.BESLUITVORMING']);
  });

  it('telt het maximum over alle aanvragen onder dezelfde regeling samen', () => {
    const a = benodigdeAfwijkingen({
      uitkomst: BesluitUitkomst.TOEGEKEND,
      bevindingen: voldaan,
      aanvragen: [
        { regeling: AMBTELIJK, bedrag: 100_000 },
        { regeling: AMBTELIJK, bedrag: 60_000 },
      ],
      panelZonderQuorum: false,
    });
    expect(a.map((x) => x.voorwaarde)).toEqual(['R.MAXIMUMBEDRAG']);
    expect(a[0].toelichting).toContain('1.600');
  });
});
