import { MdoActieStatus } from './mdo.entity';
import { actieMagOvergaan, actieOverTijd, deadlineGeldig, volgtOp } from './mdo.rules';

describe('MDO-regels', () => {
  it.each([
    [MdoActieStatus.OPEN, MdoActieStatus.AFGEROND, true],
    [MdoActieStatus.OPEN, MdoActieStatus.VERVALLEN, true],
    [MdoActieStatus.AFGEROND, MdoActieStatus.OPEN, false],
    [MdoActieStatus.AFGEROND, MdoActieStatus.VERVALLEN, false],
    [MdoActieStatus.VERVALLEN, MdoActieStatus.AFGEROND, false],
    [MdoActieStatus.OPEN, MdoActieStatus.OPEN, false],
  ])('een actie gaat van %s naar %s: %s', (van, naar, mag) => {
    expect(actieMagOvergaan(van, naar)).toBe(mag);
  });

  it.each([
    ['open, deadline gisteren', MdoActieStatus.OPEN, '2027-03-09', '2027-03-10', true],
    ['open, deadline vandaag is nog op tijd', MdoActieStatus.OPEN, '2027-03-10', '2027-03-10', false],
    ['afgerond na de deadline telt niet als over tijd', MdoActieStatus.AFGEROND, '2027-03-01', '2027-03-10', false],
  ])('over tijd: %s', (_naam, status, deadline, vandaag, verwacht) => {
    expect(actieOverTijd(status, deadline, vandaag)).toBe(verwacht);
  });

  it('een deadline ligt niet vóór de dag van het overleg', () => {
    expect(deadlineGeldig('2027-03-10', '2027-03-09')).toBe(false);
    expect(deadlineGeldig('2027-03-10', '2027-03-10')).toBe(true);
  });

  it.each([
    ['eerder overleg over dezelfde buurt', { id: 'b', datum: '2027-02-01', buurtIds: ['x', 'y'] }, true],
    ['eerder overleg over een andere buurt', { id: 'b', datum: '2027-02-01', buurtIds: ['z'] }, false],
    ['later overleg over dezelfde buurt', { id: 'b', datum: '2027-04-01', buurtIds: ['x'] }, false],
    ['hetzelfde overleg', { id: 'a', datum: '2027-02-01', buurtIds: ['x'] }, false],
  ])('volgt op: %s', (_naam, eerder, verwacht) => {
    expect(volgtOp({ id: 'a', datum: '2027-03-01', buurtIds: ['x'] }, eerder)).toBe(verwacht);
  });
});
