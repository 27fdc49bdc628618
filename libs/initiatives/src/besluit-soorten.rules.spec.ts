import { BesluitSoort } from './besluit.entity';
import { AANVRAAGBESLUITEN, aanvraagbesluitSoort, uitkomstVan } from './besluit.rules';
import { BesluitUitkomst } from './initiatief.entity';

describe('soorten besluiten van issue 17 (Awb 4:5, 4:18)', () => {
  it.each<[string, BesluitSoort, number | null, BesluitUitkomst]>([
    [
      'Awb 4:5: buiten behandeling stellen is geen afwijzing',
      BesluitSoort.BUITEN_BEHANDELING,
      null,
      BesluitUitkomst.BUITEN_BEHANDELING,
    ],
    ['Awb 4:18: een verschuldigde dwangsom kent geld toe', BesluitSoort.DWANGSOM, 32_200, BesluitUitkomst.TOEGEKEND],
    ['Awb 4:17 lid 3 en 4:18: een niet verschuldigde dwangsom wijst af', BesluitSoort.DWANGSOM, 0, BesluitUitkomst.AFGEWEZEN],
  ])('%s', (_naam, soort, bedrag, uitkomst) => {
    expect(uitkomstVan(soort, bedrag)).toBe(uitkomst);
  });

  it('Awb 4:5: buiten behandeling beslist over de aanvraag zelf (Initiatief.besluit), de dwangsom niet', () => {
    expect(aanvraagbesluitSoort(BesluitUitkomst.BUITEN_BEHANDELING, [])).toBe(BesluitSoort.BUITEN_BEHANDELING);
    expect(AANVRAAGBESLUITEN).toContain(BesluitSoort.BUITEN_BEHANDELING);
    expect(AANVRAAGBESLUITEN).not.toContain(BesluitSoort.DWANGSOM);
  });
});
