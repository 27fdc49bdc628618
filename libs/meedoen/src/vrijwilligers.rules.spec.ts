import { VerzoekStatus, VrijwilligerStatus, VrijwilligersThema } from './vrijwilligers.entity';
import {
  aantalDoorschuiven,
  profielPast,
  staatOpen,
  statusVoorNieuweAanmelding,
  wachtlijstPosities,
} from './vrijwilligers.rules';

describe('vrijwilligersregels', () => {
  it.each([
    ['lege vraag', 0, 3, VrijwilligerStatus.AANGEMELD],
    ['laatste plaats', 2, 3, VrijwilligerStatus.AANGEMELD],
    ['vol', 3, 3, VrijwilligerStatus.WACHTLIJST],
    ['meer aangemeld dan plaatsen (na verlagen)', 4, 3, VrijwilligerStatus.WACHTLIJST],
  ])('zet een nieuwe aanmelding bij %s goed', (_naam, aangemeld, aantal, verwacht) => {
    expect(statusVoorNieuweAanmelding(aangemeld, aantal)).toBe(verwacht);
  });

  it.each([
    ['een plaats vrij, twee wachtenden', 2, 2, 3, 1],
    ['geen plaats vrij', 3, 5, 3, 0],
    ['meer plaatsen dan wachtenden', 0, 2, 5, 2],
    ['niemand wacht', 1, 0, 5, 0],
  ])('schuift door bij %s', (_naam, aangemeld, wachtlijst, aantal, verwacht) => {
    expect(aantalDoorschuiven(aangemeld, wachtlijst, aantal)).toBe(verwacht);
  });

  const nu = new Date('2027-05-01T12:00:00Z');
  it.each([
    ['open en in de toekomst', VerzoekStatus.OPEN, '2027-05-02T10:00:00Z', null, true],
    ['begonnen maar nog niet afgelopen', VerzoekStatus.OPEN, '2027-04-01T10:00:00Z', '2027-06-01T10:00:00Z', true],
    ['voorbij', VerzoekStatus.OPEN, '2027-04-01T10:00:00Z', null, false],
    ['geannuleerd', VerzoekStatus.GEANNULEERD, '2027-05-02T10:00:00Z', null, false],
  ])('neemt aanmeldingen aan als de vraag %s is: %s', (_naam, status, begin, eind, verwacht) => {
    expect(staatOpen({ status, begin: new Date(begin), eind: eind ? new Date(eind) : null }, nu)).toBe(verwacht);
  });

  it.each([
    ['zelfde buurt en thema', ['b1'], [VrijwilligersThema.JEUGD], true],
    ['andere buurt', ['b2'], [VrijwilligersThema.JEUGD], false],
    ['ander thema', ['b1'], [VrijwilligersThema.CULTUUR], false],
    ['geen buurten gekozen: heel Heerlen', [], [VrijwilligersThema.JEUGD], true],
    ['geen interesses gekozen: elk thema', ['b1'], [], true],
  ])('laat een profiel passen bij %s', (_naam, buurtIds, interesses, verwacht) => {
    expect(profielPast({ buurtIds, interesses }, { buurtId: 'b1', thema: VrijwilligersThema.JEUGD })).toBe(verwacht);
  });

  it('telt wachtlijstposities in volgorde van binnenkomst', () => {
    const posities = wachtlijstPosities([
      { id: 'c', status: VrijwilligerStatus.WACHTLIJST, volgnummer: 7 },
      { id: 'a', status: VrijwilligerStatus.AANGEMELD, volgnummer: 1 },
      { id: 'b', status: VrijwilligerStatus.WACHTLIJST, volgnummer: 4 },
      { id: 'd', status: VrijwilligerStatus.AFGEMELD, volgnummer: 5 },
    ]);
    expect([...posities.entries()]).toEqual([
      ['b', 1],
      ['c', 2],
    ]);
  });
});
