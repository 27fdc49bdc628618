import { ConfigError } from '@buurtwerk/core';
import {
  grensVoor,
  isPseudoniem,
  isStafrol,
  laadPrivacyConfig,
  leesBewaartermijnen,
  naarCamelCase,
  pseudoniem,
  STANDAARD_BEWAARTERMIJNEN,
  vervangendAdres,
} from './privacy.rules';

const SLEUTEL = 'een-sleutel-van-minstens-tweeendertig-tekens';

describe('pseudoniem', () => {
  it('geeft dezelfde persoon overal hetzelfde pseudoniem', () => {
    expect(pseudoniem('bewoner-1', SLEUTEL)).toBe(pseudoniem('bewoner-1', SLEUTEL));
  });

  it('geeft verschillende personen een verschillend pseudoniem', () => {
    expect(pseudoniem('bewoner-1', SLEUTEL)).not.toBe(pseudoniem('bewoner-2', SLEUTEL));
  });

  it('hangt af van de sleutel: zonder sleutel is het niet na te rekenen', () => {
    expect(pseudoniem('bewoner-1', SLEUTEL)).not.toBe(pseudoniem('bewoner-1', `${SLEUTEL}-anders`));
  });

  it('bevat de sub niet en is als pseudoniem herkenbaar', () => {
    const p = pseudoniem('bewoner-1', SLEUTEL);
    expect(p).toMatch(/^pseudoniem:[0-9a-f]{40}$/);
    expect(p).not.toContain('bewoner-1');
    expect(isPseudoniem(p)).toBe(true);
  });

  it('laat een pseudoniem zoals het is (opnieuw pseudonimiseren verandert niets)', () => {
    const p = pseudoniem('bewoner-1', SLEUTEL);
    expect(pseudoniem(p, SLEUTEL)).toBe(p);
  });

  it('geeft per record een eigen, niet-routeerbaar adres', () => {
    expect(vervangendAdres('abc')).toBe('gepseudonimiseerd-abc@gepseudonimiseerd.invalid');
  });
});

describe('bewaartermijnen', () => {
  it.each([
    ['', STANDAARD_BEWAARTERMIJNEN],
    ['aanmeldingen=30', { ...STANDAARD_BEWAARTERMIJNEN, aanmeldingen: 30 }],
    ['signalen=90d, initiatiefconcepten=nooit', { ...STANDAARD_BEWAARTERMIJNEN, signalen: 90, initiatiefconcepten: null }],
  ])('leest "%s"', (ruw, verwacht) => {
    expect(leesBewaartermijnen(ruw)).toEqual(verwacht);
  });

  it.each([['besluiten=365'], ['aanmeldingen'], ['aanmeldingen=0'], ['aanmeldingen=-1'], ['signalen=een jaar']])(
    'weigert "%s" met een melding die de variabele noemt',
    (ruw) => {
      expect(() => leesBewaartermijnen(ruw)).toThrow(ConfigError);
      expect(() => leesBewaartermijnen(ruw)).toThrow(/BEWAARTERMIJNEN/);
    },
  );

  it('staat in tests uit, tenzij aangezet', () => {
    expect(laadPrivacyConfig({}, 'test').uit).toBe(true);
    expect(laadPrivacyConfig({ BEWAARTERMIJNEN_UIT: 'false' }, 'test').uit).toBe(false);
    expect(laadPrivacyConfig({}, 'production').uit).toBe(false);
  });

  it('weigert een te korte pseudoniemsleutel en een ongeldig interval', () => {
    expect(() => laadPrivacyConfig({ PSEUDONIEM_SLEUTEL: 'kort' })).toThrow(/PSEUDONIEM_SLEUTEL/);
    expect(() => laadPrivacyConfig({ BEWAARTERMIJNEN_INTERVAL_MS: '5' })).toThrow(/BEWAARTERMIJNEN_INTERVAL_MS/);
  });

  it('rekent de grens terug vanaf "nu"', () => {
    expect(grensVoor(new Date('2031-01-01T00:00:00Z'), 365).toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });
});

describe('export en rollen', () => {
  it('zet kolomnamen om naar lowerCamelCase en laat andere sleutels staan', () => {
    expect(
      naarCamelCase({ indiener_naam: 'A', keuze: { '6f1c0b2e-0000-4000-8000-000000000000': 1 }, rijen: [{ door_sub: 'x' }] }),
    ).toEqual({ indienerNaam: 'A', keuze: { '6f1c0b2e-0000-4000-8000-000000000000': 1 }, rijen: [{ doorSub: 'x' }] });
  });

  it.each([
    [['BEWONER'], false],
    [[], false],
    [['BUURTREGISSEUR'], true],
    [['BEWONER', 'BELEIDSMEDEWERKER'], true],
  ])('rollen %j zijn staf: %s', (rollen, verwacht) => {
    expect(isStafrol(rollen)).toBe(verwacht);
  });
});
