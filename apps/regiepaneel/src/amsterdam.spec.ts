import { amsterdamNaarIso, amsterdamsMoment } from './amsterdam';

describe('tijd in Heerlen naar het moment voor de API', () => {
  it.each([
    ['2027-01-15', '19:30', '2027-01-15T18:30:00.000Z'], // winter time, UTC+1
    ['2027-06-12', '19:30', '2027-06-12T17:30:00.000Z'], // summer time, UTC+2
    ['2027-06-12', '00:30', '2027-06-11T22:30:00.000Z'], // the day before in UTC
    ['2027-10-31', '02:30', '2027-10-31T00:30:00.000Z'], // the hour that occurs twice: the first
    ['2027-03-28', '02:30', '2027-03-28T01:30:00.000Z'], // the skipped hour moves on
  ])('%s om %s is %s', (datum, tijd, iso) => {
    expect(amsterdamNaarIso(datum, tijd)).toBe(iso);
  });

  it.each([
    ['2027-02-30', '19:00'],
    ['2027-06-12', '24:00'],
    ['', '19:00'],
    ['2027-06-12', ''],
  ])('weigert %s om %s', (datum, tijd) => {
    expect(amsterdamNaarIso(datum, tijd)).toBeNull();
  });

  it('leest een moment terug als datum en tijd in Heerlen', () => {
    expect(amsterdamsMoment('2027-06-11T22:30:00.000Z')).toEqual({ datum: '2027-06-12', tijd: '00:30' });
  });
});
