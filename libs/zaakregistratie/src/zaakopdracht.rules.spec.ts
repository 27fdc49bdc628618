import { MAX_POGINGEN, volgendePoging, zelfdeUrl } from './zaakopdracht.rules';

describe('volgendePoging (backoff van de zaakopdrachten)', () => {
  const nu = new Date('2027-03-01T09:00:00Z');
  it.each([
    [1, 10_000],
    [2, 20_000],
    [3, 40_000],
    [10, 5_120_000],
    [15, 6 * 3600_000],
    [MAX_POGINGEN - 1, 6 * 3600_000],
  ])('wacht na %i mislukte pogingen %i ms', (pogingen, wacht) => {
    expect(volgendePoging(pogingen, nu)!.getTime() - nu.getTime()).toBe(wacht);
  });

  it(`geeft op na ${MAX_POGINGEN} pogingen`, () => {
    expect(volgendePoging(MAX_POGINGEN, nu)).toBeNull();
  });
});

describe('zelfdeUrl', () => {
  it.each([
    ['https://oz/zaaktypen/1', 'https://oz/zaaktypen/1', true],
    ['https://oz/zaaktypen/1/', 'https://oz/zaaktypen/1', true],
    ['https://oz/zaaktypen/2', 'https://oz/zaaktypen/1', false],
    [null, 'https://oz/zaaktypen/1', false],
  ])('%s en %s → %s', (a, b, zelfde) => {
    expect(zelfdeUrl(a, b)).toBe(zelfde);
  });
});
