import { VaststellingsGrond } from './initiatief.entity';
import { motiveringFout, vaststellingsgrondFout } from './motivering.rules';

describe('Awb 3:46: een motivering is een echte tekst', () => {
  it.each([
    ['Awb 3:46: een punt is geen motivering', '.'],
    ['Awb 3:46: alleen spaties en leestekens zijn geen motivering', '   ...  !!  ?  ,,,,,,,,,,,,,,,,,,,,,,'],
    ['Awb 3:46: één woord is geen motivering', 'Akkoord.'],
    ['Awb 3:46: een te korte zin is geen motivering', 'Past niet.'],
    ['Awb 3:46: cijfers alleen zijn geen motivering', '1234567890 1234567890 1234567890'],
    ['Awb 3:46: steeds hetzelfde woord is geen motivering', 'nee nee nee nee nee nee nee nee nee'],
    ['Awb 3:46: toetsenbordgeklop is geen motivering', 'aaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbb'],
    ['Awb 3:46: geen tekst is geen motivering', null],
  ])('%s', (_naam, tekst) => {
    expect(motiveringFout(tekst, 'besluit')).toMatch(/minstens één volledige zin .* waarom zo is besloten.*Awb 3:46/);
  });

  it.each([
    ['Awb 3:46: een korte volledige zin volstaat', 'Past binnen de regeling en het budget.'],
    ['Awb 3:46: een zin met witruimte eromheen telt na het inkorten', '   Het plan voldoet aan alle voorwaarden.   '],
    ['Awb 3:46: accenten en trema’s tellen als letters', 'Één initiatief voor de hele buurt, geëvalueerd.'],
  ])('%s', (_naam, tekst) => {
    expect(motiveringFout(tekst, 'besluit')).toBeNull();
  });

  it('Awb 3:46 en 4:46: de melding bij een vaststelling zegt dat het om het vastgestelde bedrag gaat', () => {
    expect(motiveringFout('Ok.', 'vaststelling')).toMatch(/hoe het bedrag is vastgesteld/);
  });
});

describe('Awb 4:46: een lagere vaststelling noemt haar grond', () => {
  it.each([
    ['Awb 4:46 lid 2: lager vaststellen zonder grond wordt geweigerd', true, null, /kies waarom lager/],
    [
      'Awb 4:46 lid 1: vaststellen op het toegekende bedrag heeft geen grond',
      false,
      VaststellingsGrond.ONJUISTE_GEGEVENS,
      /alleen bij een lagere/,
    ],
  ])('%s', (_naam, lager, grond, melding) => {
    expect(vaststellingsgrondFout(lager, grond)).toMatch(melding);
  });

  it.each(Object.values(VaststellingsGrond))('Awb 4:46: lager vaststellen met grond %s is in orde', (grond) => {
    expect(vaststellingsgrondFout(true, grond)).toBeNull();
  });

  it('Awb 4:46 lid 1: vaststellen op het toegekende bedrag zonder grond is in orde', () => {
    expect(vaststellingsgrondFout(false, null)).toBeNull();
  });
});
