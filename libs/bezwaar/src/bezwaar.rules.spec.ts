import { BezwaarBeslissing, BezwaarStatus, HoorzittingAfzienGrond } from './bezwaar.entity';
import {
  afzienGrondPastBij,
  beroepMogelijkTot,
  beslisBeletsel,
  type BeslisStand,
  beslissenOpBezwaarUiterlijk,
  bezwaarReferentie,
  bezwaartermijnEinde,
  controleerBezwaarOvergang,
  isTijdig,
  magBezwaarOvergaan,
  verdagingFout,
} from './bezwaar.rules';

const GEEN = new Set<string>();

describe('bezwaartermijn (Awb 6:7, 6:8, Algemene termijnenwet)', () => {
  it.each<[string, string, ReadonlySet<string>, string]>([
    ['Awb 6:7/6:8: zes weken vanaf de dag na bekendmaking, eindigt op een werkdag', '2027-03-01', GEEN, '2027-04-12'],
    ['Atw art. 1: eindigt op zaterdag, schuift naar maandag', '2027-01-16', GEEN, '2027-03-01'],
    ['Atw art. 3 lid 1: eindigt op Koningsdag, schuift naar de dag erna', '2027-03-16', GEEN, '2027-04-28'],
    ['Atw art. 3 lid 3: Koningsdag en daarna een gelijkgestelde dag', '2027-03-16', new Set(['2027-04-28']), '2027-04-29'],
    [
      'Atw art. 3 lid 3: eindigt op een gelijkgestelde vrijdag, schuift over het weekend',
      '2027-03-26',
      new Set(['2027-05-07']),
      '2027-05-10',
    ],
    ['Atw art. 3 lid 1: eindigt op Tweede Kerstdag (zondag), schuift naar maandag', '2027-11-14', GEEN, '2027-12-27'],
  ])('%s', (_naam, bekendgemaakt, vrij, einde) => {
    expect(bezwaartermijnEinde(bekendgemaakt, vrij)).toBe(einde);
  });
});

describe('tijdigheid (Awb 6:9, 6:10, 6:11)', () => {
  it.each<[string, string, string, boolean]>([
    ['Awb 6:9: ontvangen op de laatste dag is op tijd', '2027-04-12', '2027-04-12', true],
    ['Awb 6:9: ontvangen ruim binnen de termijn is op tijd', '2027-03-02', '2027-04-12', true],
    [
      'Awb 6:11: ontvangen de dag na de termijn is te laat (wordt geregistreerd en gemarkeerd)',
      '2027-04-13',
      '2027-04-12',
      false,
    ],
    ['Awb 6:11: ontvangen maanden later is te laat', '2027-09-01', '2027-04-12', false],
    [
      'Atw: op de verschoven laatste dag (maandag na zaterdag) nog op tijd',
      '2027-03-01',
      bezwaartermijnEinde('2027-01-16', GEEN),
      true,
    ],
  ])('%s', (_naam, ontvangen, einde, tijdig) => {
    expect(isTijdig(ontvangen, einde)).toBe(tijdig);
  });
});

describe('beslistermijn op bezwaar (Awb 7:10, 7:13)', () => {
  const basis = { bezwaartermijnEinde: '2027-04-12', ingediendDatum: '2027-04-01', adviescommissie: false, verdagingWeken: 0 };
  it.each<[string, Partial<typeof basis>, ReadonlySet<string>, string]>([
    ['Awb 7:10 lid 1: zes weken vanaf het einde van de bezwaartermijn', {}, GEEN, '2027-05-24'],
    ['Awb 7:10 lid 1 en 7:13: twaalf weken met een adviescommissie', { adviescommissie: true }, GEEN, '2027-07-05'],
    ['Awb 7:10 lid 3: zes weken verdaagd', { verdagingWeken: 6 }, GEEN, '2027-07-05'],
    ['Awb 7:10 lid 3 en 7:13: adviescommissie en verdaging', { adviescommissie: true, verdagingWeken: 6 }, GEEN, '2027-08-16'],
    ['Awb 7:10 en 6:11: een te laat bezwaar telt vanaf de ontvangst', { ingediendDatum: '2027-04-20' }, GEEN, '2027-06-01'],
    ['Awb 7:10 met Atw art. 3 lid 3: eindigt op een gelijkgestelde dag, schuift door', {}, new Set(['2027-05-24']), '2027-05-25'],
  ])('%s', (_naam, wijziging, vrij, uiterlijk) => {
    expect(beslissenOpBezwaarUiterlijk({ ...basis, ...wijziging }, vrij)).toBe(uiterlijk);
  });
});

describe('beroepstermijn (Awb 6:7, 6:8, 8:1)', () => {
  it.each<[string, string, ReadonlySet<string>, string]>([
    ['Awb 8:1/6:7: zes weken na verzending van de beslissing op bezwaar', '2027-06-01', GEEN, '2027-07-13'],
    ['Awb 6:8 met Atw art. 1: eindigt op zondag, schuift naar maandag', '2027-06-06', GEEN, '2027-07-19'],
  ])('%s', (_naam, verzonden, vrij, tot) => {
    expect(beroepMogelijkTot(verzonden, vrij)).toBe(tot);
  });
});

describe('overgangen van een bezwaar', () => {
  const S = BezwaarStatus;
  it.each<[BezwaarStatus, BezwaarStatus, 'INDIENER' | 'MEDEWERKER', boolean]>([
    [S.ONTVANGEN, S.IN_BEHANDELING, 'MEDEWERKER', true],
    [S.IN_BEHANDELING, S.HOORZITTING_GEPLAND, 'MEDEWERKER', true],
    [S.HOORZITTING_GEPLAND, S.HOORZITTING_GEPLAND, 'MEDEWERKER', true],
    [S.HOORZITTING_GEPLAND, S.BESLOTEN, 'MEDEWERKER', true],
    [S.IN_BEHANDELING, S.INGETROKKEN, 'INDIENER', true],
    [S.BESLOTEN, S.BESLOTEN, 'MEDEWERKER', false],
    [S.BESLOTEN, S.INGETROKKEN, 'INDIENER', false],
    [S.INGETROKKEN, S.IN_BEHANDELING, 'MEDEWERKER', false],
    [S.IN_BEHANDELING, S.BESLOTEN, 'INDIENER', false],
    [S.IN_BEHANDELING, S.INGETROKKEN, 'MEDEWERKER', false],
  ])('%s -> %s door %s: %s', (van, naar, door, mag) => {
    expect(magBezwaarOvergaan(van, naar, door)).toBe(mag);
  });

  it('een tweede beslissing op hetzelfde bezwaar wordt geweigerd met een Nederlandse melding', () => {
    expect(() => controleerBezwaarOvergang(S.BESLOTEN, S.BESLOTEN, 'MEDEWERKER')).toThrow('Dit bezwaar is al besloten.');
  });
});

describe('wanneer op het bezwaar beslist kan worden (Awb 7:2, 7:3, 6:11)', () => {
  const nu = new Date('2027-05-01T10:00:00Z');
  const gehoord: BeslisStand = {
    status: BezwaarStatus.HOORZITTING_GEPLAND,
    tijdig: true,
    termijnoverschrijdingVerschoonbaar: null,
    hoorzittingOp: new Date('2027-04-20T09:00:00Z'),
    hoorzittingAfgezienGrond: null,
  };
  const B = BezwaarBeslissing;
  it.each<[string, Partial<BeslisStand>, BezwaarBeslissing, RegExp | null]>([
    ['Awb 7:2: na de hoorzitting kan het', {}, B.ONGEGROND, null],
    ['Awb 7:2: zonder hoorzitting en zonder afzien niet', { hoorzittingOp: null }, B.ONGEGROND, /7:2/],
    ['Awb 7:2: voor de hoorzitting niet', { hoorzittingOp: new Date('2027-05-02T09:00:00Z') }, B.GEGROND, /nog niet geweest/],
    [
      'Awb 7:3: afgezien van horen kan het',
      { hoorzittingOp: null, hoorzittingAfgezienGrond: HoorzittingAfzienGrond.KENNELIJK_ONGEGROND },
      B.ONGEGROND,
      null,
    ],
    ['Awb 6:11: te laat en niet beoordeeld: eerst beoordelen', { tijdig: false }, B.NIET_ONTVANKELIJK, /6:11/],
    [
      'Awb 6:11: te laat en niet verschoonbaar: alleen niet-ontvankelijk',
      { tijdig: false, termijnoverschrijdingVerschoonbaar: false },
      B.ONGEGROND,
      /niet-ontvankelijk/,
    ],
    [
      'Awb 6:11: te laat en niet verschoonbaar: niet-ontvankelijk kan',
      { tijdig: false, termijnoverschrijdingVerschoonbaar: false },
      B.NIET_ONTVANKELIJK,
      null,
    ],
    [
      'Awb 6:11: te laat maar verschoonbaar: inhoudelijk beslissen kan',
      { tijdig: false, termijnoverschrijdingVerschoonbaar: true },
      B.GEGROND,
      null,
    ],
  ])('%s', (_naam, wijziging, uitkomst, melding) => {
    const beletsel = beslisBeletsel({ ...gehoord, ...wijziging }, uitkomst, nu);
    if (melding === null) {
      expect(beletsel).toBeNull();
    } else {
      expect(beletsel).toMatch(melding);
    }
  });

  it.each<[HoorzittingAfzienGrond, BezwaarBeslissing, boolean]>([
    [HoorzittingAfzienGrond.KENNELIJK_NIET_ONTVANKELIJK, BezwaarBeslissing.NIET_ONTVANKELIJK, true],
    [HoorzittingAfzienGrond.KENNELIJK_NIET_ONTVANKELIJK, BezwaarBeslissing.ONGEGROND, false],
    [HoorzittingAfzienGrond.KENNELIJK_ONGEGROND, BezwaarBeslissing.ONGEGROND, true],
    [HoorzittingAfzienGrond.KENNELIJK_ONGEGROND, BezwaarBeslissing.GEGROND, false],
    [HoorzittingAfzienGrond.VOLLEDIG_TEGEMOETGEKOMEN, BezwaarBeslissing.GEGROND, true],
    [HoorzittingAfzienGrond.VOLLEDIG_TEGEMOETGEKOMEN, BezwaarBeslissing.ONGEGROND, false],
    [HoorzittingAfzienGrond.AFSTAND_VAN_HOREN, BezwaarBeslissing.ONGEGROND, true],
  ])('Awb 7:3: afzien op grond %s past bij %s: %s', (grond, uitkomst, past) => {
    expect(afzienGrondPastBij(grond, uitkomst)).toBe(past);
  });

  it.each<[string, number, number, boolean, boolean]>([
    ['Awb 7:10 lid 3: zes weken verdagen mag', 6, 0, false, true],
    ['Awb 7:10 lid 3: een week verdagen mag', 1, 0, false, true],
    ['Awb 7:10 lid 3: zeven weken niet', 7, 0, false, false],
    ['Awb 7:10 lid 3: zeven weken ook niet met instemming, zolang niet eerst verdaagd is', 7, 0, true, false],
    ['Awb 7:10 lid 3: nul weken niet', 0, 0, false, false],
    ['Awb 7:10 lid 4: een tweede keer niet (alleen met instemming)', 2, 4, false, false],
    ['Awb 7:10 lid 4: een tweede keer met instemming van de indiener', 2, 4, true, true],
    ['Awb 7:10 lid 4: met instemming ook langer dan zes weken', 10, 6, true, true],
    ['Awb 7:10 lid 4: met instemming nul weken niet', 0, 6, true, false],
  ])('%s', (_naam, weken, al, instemming, mag) => {
    expect(verdagingFout(weken, al, instemming) === null).toBe(mag);
  });

  it('Awb 7:10 lid 4: verder uitstel telt op bij de verdaging van lid 3', () => {
    const b = { bezwaartermijnEinde: '2027-04-12', ingediendDatum: '2027-04-01', adviescommissie: false, verdagingWeken: 6 };
    expect(beslissenOpBezwaarUiterlijk({ ...b, verderUitstelWeken: 4 }, GEEN)).toBe(
      beslissenOpBezwaarUiterlijk({ ...b, verdagingWeken: 10 }, GEEN),
    );
    expect(beslissenOpBezwaarUiterlijk({ ...b, verderUitstelWeken: 4 }, GEEN)).toBe('2027-08-02');
  });
});

describe('kenmerk van een bezwaar', () => {
  it.each([
    [2027, 7, 'BZW-2027-0007'],
    [2027, 1234, 'BZW-2027-1234'],
  ])('%i nummer %i wordt %s', (jaar, nummer, kenmerk) => {
    expect(bezwaarReferentie(jaar, nummer)).toBe(kenmerk);
  });
});
