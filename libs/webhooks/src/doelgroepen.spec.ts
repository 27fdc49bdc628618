import type { EntityManager } from 'typeorm';
import { Doelgroepen, type Ontvanger } from './doelgroepen';
import type { Doelgroep } from './webhook.rules';

const tx = {} as EntityManager;
const ontvanger = (abonnementId: string, doelgroep: Doelgroep): Ontvanger => ({
  gebeurtenisId: 'g1',
  abonnementId,
  organisatieId: null,
  aangemaaktDoor: 'beheerder',
  doelgroep,
});

describe('Doelgroepen (wie een besloten gebeurtenis mag ontvangen)', () => {
  it('laat niemand toe bij een doelgroep waarvoor geen bibliotheek een toets registreerde (fail closed)', async () => {
    const d = new Doelgroepen();
    expect(await d.toegestaan(tx, [ontvanger('a1', { soort: 'signaal', signaalId: 's1' })])).toEqual([]);
  });

  it('vraagt de geregistreerde toets, één keer per soort met alle kandidaten, en levert alleen wat die toestaat', async () => {
    const d = new Doelgroepen();
    const gevraagd: string[][] = [];
    d.registreer('signaal', (_tx, lijst) => {
      gevraagd.push(lijst.map((o) => o.abonnementId));
      return Promise.resolve(lijst.filter((o) => o.abonnementId !== 'a2'));
    });
    const uit = await d.toegestaan(tx, [
      ontvanger('a1', { soort: 'signaal', signaalId: 's1' }),
      ontvanger('a2', { soort: 'signaal', signaalId: 's1' }),
      ontvanger('a3', { soort: 'signaal', signaalId: 's2' }),
    ]);
    expect(gevraagd).toEqual([['a1', 'a2', 'a3']]);
    expect(uit.map((o) => o.abonnementId)).toEqual(['a1', 'a3']);
  });
});
