import { laadVerloopInterval } from './aanmelding-verloop';

describe('AANMELDING_VERLOOP_INTERVAL_MS', () => {
  it.each([
    [undefined, 60_000],
    ['', 60_000],
    ['0', 0],
    ['50', 50],
    ['3600000', 3_600_000],
  ])('leest %j als %d ms (0: uit)', (waarde, verwacht) => {
    expect(laadVerloopInterval({ AANMELDING_VERLOOP_INTERVAL_MS: waarde })).toBe(verwacht);
  });

  it.each(['10', '-1', 'vaak', '3600001'])('weigert %j en noemt de variabele', (waarde) => {
    expect(() => laadVerloopInterval({ AANMELDING_VERLOOP_INTERVAL_MS: waarde })).toThrow(/AANMELDING_VERLOOP_INTERVAL_MS/);
  });
});
