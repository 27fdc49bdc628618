import type { DataSource } from 'typeorm';
import { type Gebruiker, Rol } from './gebruiker';
import { Lidmaatschappen } from './lidmaatschappen';

/** A DataSource whose manager answers partner_koppeling lookups from a list, counting them. */
function nepBron(koppelingen: Array<{ organisatie_id: string; gebruiker_id: string }>, faalEerst = false) {
  const teller = { vragen: 0 };
  let falen = faalEerst;
  const manager = {
    query: (_sql: string, [sub]: [string]) => {
      teller.vragen++;
      if (falen) {
        falen = false;
        return Promise.reject(new Error('verbinding weg'));
      }
      return Promise.resolve(
        koppelingen.filter((k) => k.gebruiker_id === sub).map((k) => ({ organisatie_id: k.organisatie_id })),
      );
    },
  };
  return { bron: { manager } as unknown as DataSource, teller };
}

const partner = (sub: string, apiOrganisatie?: string): Gebruiker =>
  ({
    sub,
    naam: sub,
    rollen: [Rol.PARTNER],
    ...(apiOrganisatie ? { apiSleutel: { id: 'k', scopes: [], organisatieId: apiOrganisatie } } : {}),
  }) as unknown as Gebruiker;

describe('Lidmaatschappen (organisaties waarvoor iemand handelt)', () => {
  it('vraagt de koppelingen één keer per verzoek, hoe vaak een module ook vraagt', async () => {
    const { bron, teller } = nepBron([{ organisatie_id: 'org-1', gebruiker_id: 'p1' }]);
    const l = new Lidmaatschappen(bron);
    const g = partner('p1');
    expect(await l.organisatieIds(g)).toEqual(['org-1']);
    expect(await l.isLidVan(g, 'org-1')).toBe(true);
    expect(await l.isLidVan(g, 'org-2')).toBe(false);
    expect(teller.vragen).toBe(1);
    // A new request has a new Gebruiker object: asked again, so a new link counts at once.
    await l.organisatieIds(partner('p1'));
    expect(teller.vragen).toBe(2);
  });

  it('telt de organisatie van een API-sleutel mee, zonder dubbelen', async () => {
    const { bron } = nepBron([{ organisatie_id: 'org-1', gebruiker_id: 'apisleutel:k' }]);
    const l = new Lidmaatschappen(bron);
    expect(await l.organisatieIds(partner('apisleutel:k', 'org-1'))).toEqual(['org-1']);
    expect(await l.organisatieIds(partner('apisleutel:x', 'org-9'))).toEqual(['org-9']);
  });

  it('onthoudt een mislukte opzoeking niet: de volgende vraag in het verzoek probeert opnieuw', async () => {
    const { bron, teller } = nepBron([{ organisatie_id: 'org-1', gebruiker_id: 'p1' }], true);
    const l = new Lidmaatschappen(bron);
    const g = partner('p1');
    await expect(l.organisatieIds(g)).rejects.toThrow('verbinding weg');
    expect(await l.organisatieIds(g)).toEqual(['org-1']);
    expect(teller.vragen).toBe(2);
  });
});
