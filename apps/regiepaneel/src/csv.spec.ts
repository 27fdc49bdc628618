import { csvAlsRecords, leesCsv } from './csv';

describe('CSV van de API lezen (RFC 4180)', () => {
  it('leest kop en rijen met CRLF', () => {
    expect(csvAlsRecords('naam,email\r\nAnna,anna@example.org\r\nBob,bob@example.org\r\n')).toEqual([
      { naam: 'Anna', email: 'anna@example.org' },
      { naam: 'Bob', email: 'bob@example.org' },
    ]);
  });

  it('houdt komma’s, regeleinden en dubbele aanhalingstekens binnen een veld bij elkaar', () => {
    expect(leesCsv('a,b\r\n"Jansen, J.","zegt ""hoi""\r\nen dag"\r\n')).toEqual([
      ['a', 'b'],
      ['Jansen, J.', 'zegt "hoi"\r\nen dag'],
    ]);
  });

  it('geeft lege velden als lege tekst en een lijst zonder rijen als leeg', () => {
    expect(csvAlsRecords('naam,rol,wensen\r\nAnna,,\r\n')).toEqual([{ naam: 'Anna', rol: '', wensen: '' }]);
    expect(csvAlsRecords('naam,email\r\n')).toEqual([]);
    expect(csvAlsRecords('')).toEqual([]);
  });
});
