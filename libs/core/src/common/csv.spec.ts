import { csv, csvCel } from './csv';

describe('CSV-export (RFC 4180)', () => {
  it.each([
    ['gewone tekst', 'Buurthuis', 'Buurthuis'],
    ['een komma', 'Heerlen, Hoensbroek', '"Heerlen, Hoensbroek"'],
    ['een aanhalingsteken', 'het "Gebouw"', '"het ""Gebouw"""'],
    ['een regelovergang', 'regel 1\nregel 2', '"regel 1\nregel 2"'],
    ['niets', null, ''],
    ['een getal', 12550, '12550'],
    ['een negatief getal', -5, '-5'],
    ['waar', true, 'true'],
    ['een tijdstip', new Date('2027-03-15T17:30:00Z'), '2027-03-15T17:30:00.000Z'],
  ])('schrijft %s', (_naam, invoer, verwacht) => {
    expect(csvCel(invoer)).toBe(verwacht);
  });

  it.each([
    ['=', '=HYPERLINK("https://kwaad.example")', `"'=HYPERLINK(""https://kwaad.example"")"`],
    ['+', '+31 6 1234', "'+31 6 1234"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['tab', '\t=1', "'\t=1"],
  ])('maakt een cel die met %s begint onschadelijk als formule', (_teken, invoer, verwacht) => {
    expect(csvCel(invoer)).toBe(verwacht);
  });

  it('begint met een kopregel en eindigt elke regel met CRLF', () => {
    const tekst = csv(['naam', 'bedrag'] as const, [
      { naam: 'Moestuin, buurt', bedrag: 100 },
      { naam: 'Speeltuin', bedrag: null },
    ]);
    expect(tekst).toBe('naam,bedrag\r\n"Moestuin, buurt",100\r\nSpeeltuin,\r\n');
  });

  it('maakt voor Nederlandse Excel een variant met BOM en puntkomma, en quote dan de puntkomma in plaats van de komma', () => {
    const tekst = csv(['naam', 'buurten'] as const, [{ naam: 'Moestuin, buurt', buurten: 'BU09171000;BU09171001' }], {
      excel: true,
    });
    expect(tekst).toBe('\uFEFFnaam;buurten\r\nMoestuin, buurt;"BU09171000;BU09171001"\r\n');
  });
});
