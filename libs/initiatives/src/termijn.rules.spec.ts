import { type TermijnFeiten, TermijnStatus, termijnStand, termijnStatus } from './termijn.rules';

describe('termijnstatus in de werkvoorraad', () => {
  it.each([
    ['ruim op tijd', '2027-03-31', false, '2027-03-01', TermijnStatus.OP_TIJD],
    ['precies acht dagen ervoor is nog op tijd', '2027-03-09', false, '2027-03-01', TermijnStatus.OP_TIJD],
    ['zeven dagen ervoor waarschuwt', '2027-03-08', false, '2027-03-01', TermijnStatus.BIJNA_VERLOPEN],
    ['op de laatste dag zelf waarschuwt', '2027-03-01', false, '2027-03-01', TermijnStatus.BIJNA_VERLOPEN],
    ['een dag te laat is verlopen', '2027-02-28', false, '2027-03-01', TermijnStatus.VERLOPEN],
    ['over een jaargrens heen', '2027-01-02', false, '2026-12-30', TermijnStatus.BIJNA_VERLOPEN],
    ['zonder termijn (concept) niets', null, false, '2027-03-01', null],
    ['na het besluit niets, ook als de termijn voorbij is', '2027-02-01', true, '2027-03-01', null],
  ])('%s', (_naam, uiterlijk, besloten, vandaag, verwacht) => {
    expect(termijnStatus(uiterlijk, besloten, vandaag)).toBe(verwacht);
  });
});

describe('termijnstand in de werkvoorraad (Awb 4:15, 4:17)', () => {
  const BASIS: TermijnFeiten = {
    beslissenUiterlijk: '2027-05-10',
    besluitGenomen: false,
    aanvullenUiterlijk: null,
    ingebrekeGesteld: false,
  };
  it.each<[string, Partial<TermijnFeiten>, string, TermijnStatus | null, string | null]>([
    [
      'Awb 4:15: tijdens de aanvullingstermijn opgeschort, niet verlopen',
      { beslissenUiterlijk: '2027-04-01', aanvullenUiterlijk: '2027-04-09' },
      '2027-04-05',
      TermijnStatus.OPGESCHORT,
      '2027-04-09',
    ],
    [
      'Awb 4:15: op de laatste dag van de aanvullingstermijn nog opgeschort',
      { aanvullenUiterlijk: '2027-04-09' },
      '2027-04-09',
      TermijnStatus.OPGESCHORT,
      '2027-04-09',
    ],
    [
      'Awb 4:15: na de ongebruikte aanvullingstermijn loopt de termijn weer',
      { aanvullenUiterlijk: '2027-04-09' },
      '2027-04-10',
      TermijnStatus.OP_TIJD,
      null,
    ],
    [
      'Awb 4:15: na de ongebruikte aanvullingstermijn kan de termijn ook verlopen zijn',
      { beslissenUiterlijk: '2027-04-12', aanvullenUiterlijk: '2027-04-09' },
      '2027-04-13',
      TermijnStatus.VERLOPEN,
      null,
    ],
    [
      'Awb 4:17: na een ingebrekestelling in gebreke',
      { beslissenUiterlijk: '2027-04-12', ingebrekeGesteld: true },
      '2027-04-20',
      TermijnStatus.IN_GEBREKE,
      null,
    ],
    [
      'na het besluit niets, ook na een ingebrekestelling',
      { besluitGenomen: true, ingebrekeGesteld: true },
      '2027-06-01',
      null,
      null,
    ],
  ])('%s', (_naam, f, vandaag, status, tot) => {
    expect(termijnStand({ ...BASIS, ...f }, vandaag)).toEqual({ status, opgeschortTot: tot });
  });
});
