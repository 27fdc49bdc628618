import { aantal, organisatiesoort, wanneer } from './opmaak';

describe('opmaak in het Nederlands', () => {
  it('toont een moment in Nederlandse tijd, ook in de zomer', () => {
    expect(wanneer('2027-06-12T12:00:00Z')).toBe('zaterdag 12 juni 2027 om 14:00');
    expect(wanneer('2027-01-09T09:30:00Z')).toBe('zaterdag 9 januari 2027 om 10:30');
  });

  it('noemt alleen de eindtijd als een activiteit dezelfde dag eindigt', () => {
    expect(wanneer('2027-06-12T12:00:00Z', '2027-06-12T14:00:00Z')).toBe('zaterdag 12 juni 2027 om 14:00 tot 16:00');
    expect(wanneer('2027-06-12T12:00:00Z', '2027-06-13T08:00:00Z')).toBe(
      'zaterdag 12 juni 2027 om 14:00 tot zondag 13 juni 2027 om 10:00',
    );
  });

  it('vertaalt soorten en telt in enkelvoud of meervoud', () => {
    expect(organisatiesoort('MAATSCHAPPELIJKE_PARTNER')).toBe('Maatschappelijke partner');
    expect(aantal(1, 'partner', 'partners')).toBe('1 partner');
    expect(aantal(0, 'partner', 'partners')).toBe('0 partners');
  });
});
