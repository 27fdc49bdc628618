import { amsterdamseDatum, dagenTussen, plusDagen } from './datum';

describe('kalenderdatum in Heerlen', () => {
  it.each([
    ['neemt de Nederlandse datum vlak na middernacht (wintertijd)', '2027-03-14T23:30:00Z', '2027-03-15'],
    ['neemt de Nederlandse datum vlak na middernacht (zomertijd)', '2027-07-14T22:30:00Z', '2027-07-15'],
    ['blijft op de dag zelf vlak voor middernacht (zomertijd)', '2027-07-14T21:30:00Z', '2027-07-14'],
    ['gaat over de jaargrens op de Nederlandse klok', '2027-12-31T23:30:00Z', '2028-01-01'],
    ['laat een middag ongemoeid', '2027-03-15T12:00:00Z', '2027-03-15'],
  ])('%s', (_naam, moment, verwacht) => {
    expect(amsterdamseDatum(new Date(moment))).toBe(verwacht);
  });

  it.each([
    ['telt over een maandgrens', '2027-01-30', 3, '2027-02-02'],
    ['telt over de zomertijdwissel zonder een dag te verliezen', '2027-03-27', 1, '2027-03-28'],
    ['telt terug', '2028-03-01', -1, '2028-02-29'],
    ['telt een schrikkeldag mee', '2028-02-28', 1, '2028-02-29'],
  ])('plusDagen %s', (_naam, datum, dagen, verwacht) => {
    expect(plusDagen(datum, dagen)).toBe(verwacht);
  });

  it.each([
    ['telt hele dagen vooruit', '2027-03-27', '2027-04-03', 7],
    ['telt terug als negatief', '2027-01-02', '2026-12-31', -2],
    ['is nul op dezelfde dag', '2027-10-31', '2027-10-31', 0],
  ])('dagenTussen %s', (_naam, van, tot, verwacht) => {
    expect(dagenTussen(van, tot)).toBe(verwacht);
  });
});
