import { type BesluitRegel, BesluitSoort } from './besluit.entity';
import { aanvraagbesluitSoort, mandaatTekst, soortVanToekenning, totaalBedrag, uitkomstVan } from './besluit.rules';
import { BesluitUitkomst } from './initiatief.entity';

const regel = (gevraagd: number | null, bedrag: number | null): BesluitRegel => ({
  aanvraagId: 'a',
  instrumentId: 'i',
  regelingId: null,
  gevraagd,
  bedrag,
});

describe('Soort besluit', () => {
  it.each([
    ['alles toegekend', [regel(50_000, 50_000)], BesluitSoort.TOEKENNING],
    ['minder dan gevraagd', [regel(50_000, 45_000)], BesluitSoort.GEDEELTELIJKE_TOEKENNING],
    ['één van twee bedragen niets', [regel(50_000, 50_000), regel(10_000, 0)], BesluitSoort.GEDEELTELIJKE_TOEKENNING],
    ['alleen ondersteuning in natura', [regel(null, null)], BesluitSoort.TOEKENNING],
    ['geld en natura, geld volledig', [regel(50_000, 50_000), regel(null, null)], BesluitSoort.TOEKENNING],
  ] as Array<[string, BesluitRegel[], BesluitSoort]>)('%s', (_naam, regels, soort) => {
    expect(soortVanToekenning(regels)).toBe(soort);
    expect(aanvraagbesluitSoort(BesluitUitkomst.TOEGEKEND, regels)).toBe(soort);
    expect(aanvraagbesluitSoort(BesluitUitkomst.AFGEWEZEN, regels)).toBe(BesluitSoort.AFWIJZING);
  });

  it.each([
    [BesluitSoort.TOEKENNING, BesluitUitkomst.TOEGEKEND],
    [BesluitSoort.GEDEELTELIJKE_TOEKENNING, BesluitUitkomst.TOEGEKEND],
    [BesluitSoort.VASTSTELLING, BesluitUitkomst.TOEGEKEND],
    [BesluitSoort.AFWIJZING, BesluitUitkomst.AFGEWEZEN],
  ])('%s telt in het contract als %s', (soort, uitkomst) => {
    expect(uitkomstVan(soort)).toBe(uitkomst);
  });

  it.each([
    [[regel(50_000, 45_000), regel(null, null)], 45_000],
    [[regel(null, null)], null],
    [[regel(50_000, null)], null],
    [[regel(50_000, 0), regel(10_000, 10_000)], 10_000],
  ] as Array<[BesluitRegel[], number | null]>)('totaal van %j is %s', (regels, totaal) => {
    expect(totaalBedrag(regels)).toBe(totaal);
  });

  it('noemt het college en de mandaatregeling bij wie ondertekent (Awb 10:10)', () => {
    expect(mandaatTekst('Bea Beleid')).toBe(
      'Bea Beleid, namens het college van burgemeester en wethouders van Heerlen, op grond van de Mandaat- en volmachtregeling gemeente Heerlen',
    );
  });
});
