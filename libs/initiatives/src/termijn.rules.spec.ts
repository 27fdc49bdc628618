import { TermijnStatus, termijnStatus } from './termijn.rules';

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
