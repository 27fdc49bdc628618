import { ParticipatieStatus, Standpunt } from './participatie.entity';
import { isOpen, nietGeinformeerd, telReacties, vensterFout } from './participatie.rules';

describe('plannen met vroege participatie: regels', () => {
  const p = { status: ParticipatieStatus.GEPUBLICEERD, openVan: '2030-03-01', openTot: '2030-03-14' };

  it.each([
    ['2030-02-28', false],
    ['2030-03-01', true],
    ['2030-03-14', true],
    ['2030-03-15', false],
  ])('op %s is het reactievenster open: %s', (dag, open) => {
    expect(isOpen(p, dag)).toBe(open);
  });

  it('is niet open zolang alleen de buurtregisseurs zijn geïnformeerd', () => {
    expect(isOpen({ ...p, status: ParticipatieStatus.VOORBEREID }, '2030-03-05')).toBe(false);
  });

  it.each([
    ['2030-03-01', '2030-03-14', '2030-02-01', null],
    ['2030-01-01', '2030-03-14', '2030-02-01', 'input.openVan'],
    ['2030-03-14', '2030-03-01', '2030-02-01', 'input.openTot'],
    ['2030-03-01', '2030-03-01', '2030-03-01', null],
  ])('venster %s tot %s op %s: fout in %s', (van, tot, vandaag, veld) => {
    expect(vensterFout(van, tot, vandaag)?.veld ?? null).toBe(veld);
  });

  it('noemt de buurtregisseurs die nog niets hoorden', () => {
    expect(nietGeinformeerd(['a', 'b', 'b', 'c'], ['a', 'c'])).toEqual(['b']);
    expect(nietGeinformeerd(['a'], ['a', 'x'])).toEqual([]);
  });

  it('telt de reacties per standpunt, per afzender en naar beantwoord', () => {
    expect(
      telReacties([
        { standpunt: Standpunt.VOOR, vanPartner: false, antwoord: 'Dank' },
        { standpunt: Standpunt.TEGEN, vanPartner: false, antwoord: null },
        { standpunt: Standpunt.TEGEN, vanPartner: true, antwoord: 'We passen het aan' },
        { standpunt: null, vanPartner: false, antwoord: null },
      ]),
    ).toEqual({
      reacties: 4,
      voor: 1,
      tegen: 2,
      neutraal: 0,
      zonderStandpunt: 1,
      vanBewoners: 3,
      vanPartners: 1,
      beantwoord: 2,
      onbeantwoord: 2,
    });
  });
});
