import { icalendar, icsTekst, icsTijd, vouwRegel } from './icalendar';

const nu = new Date('2027-01-10T08:00:00.000Z');
const bijeenkomst = {
  uid: 'TmV0d2Vya2JpamVlbmtvbXN0@buurtwerk.heerlen.nl',
  titel: 'Netwerkbijeenkomst voorjaar',
  begin: new Date('2027-03-15T18:30:00+01:00'),
  eind: new Date('2027-03-15T21:00:00+01:00'),
  locatie: 'Buurthuis, Kerkstraat 1; Heerlen',
};

describe('iCalendar-feed (RFC 5545)', () => {
  it('schrijft tijden in UTC met Z', () => {
    expect(icsTijd(new Date('2027-03-15T18:30:00+01:00'))).toBe('20270315T173000Z');
  });

  it.each([
    ['komma', 'a,b', 'a\\,b'],
    ['puntkomma', 'a;b', 'a\\;b'],
    ['backslash', 'a\\b', 'a\\\\b'],
    ['regelovergang', 'a\nb\r\nc', 'a\\nb\\nc'],
  ])('ontsnapt een %s in tekst', (_naam, invoer, verwacht) => {
    expect(icsTekst(invoer)).toBe(verwacht);
  });

  it('eindigt elke regel met CRLF en bevat UID, DTSTAMP, DTSTART en DTEND', () => {
    const ics = icalendar([bijeenkomst], { nu });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((r) => !r.includes('\n'))).toBe(true);
    expect(ics).toContain('\r\nUID:TmV0d2Vya2JpamVlbmtvbXN0@buurtwerk.heerlen.nl\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20270110T080000Z\r\n');
    expect(ics).toContain('\r\nDTSTART:20270315T173000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20270315T200000Z\r\n');
    expect(ics).toContain('\r\nLOCATION:Buurthuis\\, Kerkstraat 1\\; Heerlen\r\n');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('STATUS:CONFIRMED');
  });

  it('heeft ook zonder gebeurtenissen een component: de tijdzone Europe/Amsterdam (RFC 5545 3.6)', () => {
    const ics = icalendar([], { nu });
    expect(ics).not.toContain('BEGIN:VEVENT');
    expect(ics).toMatch(
      /\r\nBEGIN:VTIMEZONE\r\nTZID:Europe\/Amsterdam\r\nBEGIN:DAYLIGHT\r\n[\s\S]*RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n$/,
    );
  });

  it('laat DTEND weg bij een activiteit zonder eindtijd', () => {
    const ics = icalendar([{ ...bijeenkomst, eind: null }], { nu });
    expect(ics).toContain('\r\nDTSTART:20270315T173000Z\r\n');
    expect(ics).not.toContain('DTEND');
  });

  it('markeert een geannuleerde bijeenkomst als CANCELLED', () => {
    expect(icalendar([{ ...bijeenkomst, geannuleerd: true }], { nu })).toContain('STATUS:CANCELLED');
  });

  it('vouwt lange regels op 75 octetten en splitst nooit een teken van meerdere bytes', () => {
    const lang = `SUMMARY:${'Ontmoeting in Hëerlerbaan met koffie en vlaai '.repeat(6)}`;
    const gevouwen = vouwRegel(lang);
    const regels = gevouwen.split('\r\n');
    expect(regels.length).toBeGreaterThan(1);
    for (const r of regels) {
      expect(Buffer.byteLength(r, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(regels.slice(1).every((r) => r.startsWith(' '))).toBe(true);
    // Unfolding (RFC 5545 3.1) gives back the original line.
    expect(gevouwen.replace(/\r\n /g, '')).toBe(lang);
  });

  it('vouwt een regel van emoji (4 octetten per teken) zonder een teken te breken', () => {
    const lang = `DESCRIPTION:${'🎉'.repeat(40)}`;
    const regels = vouwRegel(lang).split('\r\n');
    for (const r of regels) {
      expect(Buffer.byteLength(r, 'utf8')).toBeLessThanOrEqual(75);
      expect(r).not.toContain('\ufffd');
    }
    expect(regels.map((r, i) => (i === 0 ? r : r.slice(1))).join('')).toBe(lang);
  });

  it('laat een regel van precies 75 octetten heel', () => {
    const regel = `X:${'a'.repeat(73)}`;
    expect(vouwRegel(regel)).toBe(regel);
  });
});
