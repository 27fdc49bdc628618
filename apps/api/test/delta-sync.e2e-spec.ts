/**
 * Delta sync as a partner does it: mirror the activities through `activiteiten(gewijzigdSinds)`
 * and `verwijderd(sinds)` while they are being published, changed and deleted at the same time.
 * When the changes stop, one more sync leaves a mirror identical to the source.
 */
import { Rol } from '@buurtwerk/core';
import { foutcodes, type TestContext, testContext } from '../../../test/harness';
import { initiatiefInput, type Opzet, opslaan, zetOp } from './initiatieven.helpers';

interface Activiteit {
  id: string;
  titel: string;
  geannuleerd: boolean;
  gewijzigdOp: string;
}

const PUBLICEER = `mutation($input: ActiviteitInput!) { activiteitPubliceren(input: $input) { id } }`;
const WIJZIGINGEN = `query($sinds: DateTime, $after: String) {
  activiteiten(gewijzigdSinds: $sinds, first: 7, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { id titel geannuleerd gewijzigdOp } } } }`;
const VERWIJDERD = `query($sinds: DateTime!, $after: String) {
  verwijderd(sinds: $sinds, first: 7, after: $after) { pageInfo { hasNextPage endCursor } edges { node { entiteit id verwijderdOp } } } }`;

/**
 * A change commits with the time its transaction started; a partner therefore starts the next
 * round a safety margin before the newest change it saw. It may see an item twice, never miss one.
 */
const MARGE_MS = 5_000;

describe('Delta-sync van activiteiten met verwijderingen', () => {
  let ctx: TestContext;
  let beheerder: string;
  let buurtId: string;
  beforeAll(async () => {
    ctx = await testContext();
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    buurtId = (await ctx.gqlOk<{ buurt: { id: string } }>('{ buurt(code: "BU09173300") { id } }')).buurt.id;
  });
  afterAll(() => ctx.close());

  const publiceer = async (i: number) =>
    (
      await ctx.gqlOk<{ activiteitPubliceren: { id: string } }>(
        PUBLICEER,
        { input: { titel: `Activiteit ${i}`, begin: '2030-06-01T10:00:00+02:00', buurtId } },
        beheerder,
      )
    ).activiteitPubliceren.id;

  async function synchroniseer(spiegel: Map<string, Activiteit>, sinds: string | null): Promise<string | null> {
    let nieuwste = sinds;
    let after: string | null = null;
    do {
      const {
        activiteiten,
      }: { activiteiten: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Activiteit }> } } =
        await ctx.gqlOk(WIJZIGINGEN, { sinds, after });
      for (const { node } of activiteiten.edges) {
        spiegel.set(node.id, node);
        nieuwste = nieuwste === null || node.gewijzigdOp > nieuwste ? node.gewijzigdOp : nieuwste;
      }
      after = activiteiten.pageInfo.hasNextPage ? activiteiten.pageInfo.endCursor : null;
    } while (after);
    after = null;
    do {
      const {
        verwijderd,
      }: {
        verwijderd: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: Array<{ node: { id: string; verwijderdOp: string } }>;
        };
      } = await ctx.gqlOk(VERWIJDERD, { sinds: sinds ?? '2000-01-01T00:00:00Z', after });
      for (const { node } of verwijderd.edges) {
        spiegel.delete(node.id);
        nieuwste = nieuwste === null || node.verwijderdOp > nieuwste ? node.verwijderdOp : nieuwste;
      }
      after = verwijderd.pageInfo.hasNextPage ? verwijderd.pageInfo.endCursor : null;
    } while (after);
    return nieuwste === null ? null : new Date(Date.parse(nieuwste) - MARGE_MS).toISOString();
  }

  it('eindigt met een spiegel die gelijk is aan de bron, ook als er tijdens het synchroniseren wordt gewijzigd', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      ids.push(await publiceer(i));
    }
    const spiegel = new Map<string, Activiteit>();
    let sinds = await synchroniseer(spiegel, null);
    expect(spiegel.size).toBe(20);

    // Writer: publishes, cancels and deletes, interleaved with the partner's sync rounds.
    let klaar = false;
    const schrijver = (async () => {
      for (let i = 20; i < 50; i++) {
        const id = await publiceer(i);
        ids.push(id);
        if (i % 3 === 0) {
          await ctx.gqlOk('mutation($id: ID!) { activiteitAnnuleren(id: $id) { id } }', { id: ids[i - 15] }, beheerder);
        }
        if (i % 4 === 0) {
          const weg = ids.splice(i % 17, 1)[0];
          await ctx.gqlOk('mutation($id: ID!) { activiteitVerwijderen(id: $id) }', { id: weg }, beheerder);
        }
      }
      klaar = true;
    })();
    let rondes = 0;
    while (!klaar && rondes < 200) {
      sinds = await synchroniseer(spiegel, sinds);
      rondes += 1;
    }
    await schrijver;
    await synchroniseer(spiegel, sinds);
    expect(rondes).toBeGreaterThan(1);

    // The source, read in full.
    const bron = new Map<string, Activiteit>();
    await synchroniseer(bron, null);
    expect([...spiegel.keys()].sort()).toEqual([...bron.keys()].sort());
    for (const [id, a] of bron) {
      expect(spiegel.get(id)).toEqual(a);
    }
  }, 120_000);

  it('laat alleen wie mag een activiteit verwijderen, en een verwijderde activiteit is weg', async () => {
    const id = await publiceer(99);
    const bewoner = await ctx.tokenFor(Rol.BEWONER);
    expect(foutcodes(await ctx.gql('mutation($id: ID!) { activiteitVerwijderen(id: $id) }', { id }, bewoner))).toEqual([
      'FORBIDDEN',
    ]);
    await ctx.gqlOk('mutation($id: ID!) { activiteitVerwijderen(id: $id) }', { id }, beheerder);
    expect((await ctx.gqlOk<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id })).node).toBeNull();
    const nogmaals = await ctx.gql('mutation($id: ID!) { activiteitVerwijderen(id: $id) }', { id }, beheerder);
    expect(foutcodes(nogmaals)).toEqual(['NOT_FOUND']);
  });
});

interface Pagina<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: T }>;
}
type Rij = Record<string, unknown> & { id: string; gewijzigdOp: string };

/**
 * One mirror of one list, as a partner keeps it: changes through `<lijst>(gewijzigdSinds)`, then
 * the tombstones of its type through `verwijderd(sinds)`; the next round starts a safety margin
 * before the newest time it saw.
 */
class Spiegel {
  readonly rijen = new Map<string, Rij>();
  private sinds: string | null = null;

  constructor(
    private readonly ctx: TestContext,
    private readonly lijst: string,
    private readonly velden: string,
    private readonly entiteit: string,
    private readonly token: string | null,
  ) {}

  async synchroniseer(): Promise<void> {
    const sinds = this.sinds;
    let nieuwste = sinds;
    const query = `query($sinds: DateTime, $after: String) { ${this.lijst}(gewijzigdSinds: $sinds, first: 5, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { ${this.velden} gewijzigdOp } } } }`;
    let after: string | null = null;
    do {
      const data: Record<string, Pagina<Rij>> = await this.ctx.gqlOk(query, { sinds, after }, this.token);
      for (const { node } of data[this.lijst].edges) {
        this.rijen.set(node.id, node);
        nieuwste = nieuwste === null || node.gewijzigdOp > nieuwste ? node.gewijzigdOp : nieuwste;
      }
      after = data[this.lijst].pageInfo.hasNextPage ? data[this.lijst].pageInfo.endCursor : null;
    } while (after);
    do {
      const { verwijderd }: { verwijderd: Pagina<{ entiteit: string; id: string; verwijderdOp: string }> } = await this.ctx.gqlOk(
        VERWIJDERD,
        { sinds: sinds ?? '2000-01-01T00:00:00Z', after },
        this.token,
      );
      for (const { node } of verwijderd.edges.filter((e) => e.node.entiteit === this.entiteit)) {
        this.rijen.delete(node.id);
        nieuwste = nieuwste === null || node.verwijderdOp > nieuwste ? node.verwijderdOp : nieuwste;
      }
      after = verwijderd.pageInfo.hasNextPage ? verwijderd.pageInfo.endCursor : null;
    } while (after);
    this.sinds = nieuwste === null ? null : new Date(Date.parse(nieuwste) - MARGE_MS).toISOString();
  }

  /** The source as it is now: the whole list, read from scratch. */
  async bron(): Promise<Map<string, Rij>> {
    const vers = new Spiegel(this.ctx, this.lijst, this.velden, this.entiteit, this.token);
    await vers.synchroniseer();
    return vers.rijen;
  }
}

describe('Delta-sync van initiatieven en organisaties met verwijderingen', () => {
  let ctx: TestContext;
  let beheerder: string;
  let opzet: Opzet;

  beforeAll(async () => {
    ctx = await testContext();
    beheerder = await ctx.tokenFor(Rol.BEHEERDER);
    opzet = await zetOp(ctx, 100_000_000);
  });
  afterAll(() => ctx.close());

  const organisatie = async (i: number): Promise<string> =>
    (
      await ctx.gqlOk<{ organisatieRegistreren: { id: string } }>(
        'mutation($input: OrganisatieInput!) { organisatieRegistreren(input: $input) { id } }',
        { input: { naam: `Spiegelvereniging ${i}`, soort: 'VERENIGING', buurtIds: [opzet.buurtId] } },
        beheerder,
      )
    ).organisatieRegistreren.id;

  /** A resident submits an initiative; returns its id and the resident's sign-in id. */
  const ingediend = async (i: number): Promise<{ id: string; sub: string }> => {
    const sub = `spiegel-bewoner-${process.pid}-${i}`;
    const bewoner = await ctx.tokenFor(Rol.BEWONER, {
      sub,
      name: `Bewoner Spiegel ${i}`,
      email: `spiegel${i}@voorbeeld.invalid`,
    });
    const concept = await opslaan(ctx, bewoner, initiatiefInput(opzet, 10_000, 2_000, { titel: `Spiegelfeest ${i}` }));
    await ctx.gqlOk('mutation($id: ID!) { initiatiefIndienen(id: $id) { id } }', { id: concept.id }, bewoner);
    return { id: concept.id, sub };
  };

  const toekennen = async (id: string): Promise<void> => {
    await ctx.gqlOk('mutation($id: ID!) { initiatiefInBehandelingNemen(id: $id) { id } }', { id }, opzet.beleid);
    const { node } = await ctx.gqlOk<{ node: { aanvragen: Array<{ id: string; gereserveerdBedrag: number | null }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Initiatief { aanvragen { id gereserveerdBedrag } } } }',
      { id },
      opzet.beleid,
    );
    await ctx.gqlOk(
      'mutation($input: BesluitInput!) { besluitNemen(input: $input) { status } }',
      {
        input: {
          initiatiefId: id,
          uitkomst: 'TOEGEKEND',
          motivering: 'Past in de regeling.',
          bedragen: node.aanvragen.map((a) => ({ aanvraagId: a.id, bedrag: a.gereserveerdBedrag ?? 0 })),
        },
      },
      opzet.beleid,
    );
  };

  it('eindigt met spiegels gelijk aan de bron terwijl initiatieven en organisaties veranderen en verdwijnen', async () => {
    const organisaties: string[] = [];
    const initiatieven: Array<{ id: string; sub: string }> = [];
    for (let i = 0; i < 4; i++) {
      organisaties.push(await organisatie(i));
      initiatieven.push(await ingediend(i));
    }
    await toekennen(initiatieven[0].id);

    const spiegels = [
      // Anyone (a partner, open data): granted initiatives only, without personal data.
      new Spiegel(ctx, 'initiatieven', 'id titel status indiener', 'Initiatief', null),
      // Municipal IT with a staff account: everything submitted, with the initiator's name.
      new Spiegel(ctx, 'initiatieven', 'id titel status indiener', 'Initiatief', opzet.beleid),
      new Spiegel(ctx, 'organisaties', 'id naam soort bestuursfuncties { persoon functie }', 'Organisatie', null),
    ];
    for (const s of spiegels) {
      await s.synchroniseer();
    }
    expect(spiegels.map((s) => s.rijen.size)).toEqual([1, 4, expect.any(Number)]);

    const verwijderdeOrganisaties: string[] = [];
    const verwijderdeInitiatieven: string[] = [];
    let klaar = false;
    const schrijf = async (): Promise<void> => {
      for (let i = 4; i < 16; i++) {
        organisaties.push(await organisatie(i));
        initiatieven.push(await ingediend(i));
        if (i % 2 === 0) {
          await ctx.gqlOk(
            'mutation($input: BestuursfunctieInput!) { bestuursfunctieToevoegen(input: $input) { id } }',
            {
              input: {
                organisatieId: organisaties[organisaties.length - 2],
                persoon: `Bestuurder ${i}`,
                functie: 'voorzitter',
                vanaf: '2025-01-01',
              },
            },
            beheerder,
          );
          // Enters the public view.
          await toekennen(initiatieven[i - 1].id);
        }
        if (i % 3 === 0) {
          const weg = organisaties.splice(i % 5, 1)[0];
          await ctx.gqlOk('mutation($id: ID!) { organisatieVerwijderen(id: $id) }', { id: weg }, beheerder);
          verwijderdeOrganisaties.push(weg);
          // Pseudonymised on request (initiatives the mirrors already hold): the staff view loses the name.
          await ctx.gqlOk(
            'mutation($g: ID!) { gebruikerPseudonimiseren(gebruikerId: $g) }',
            { g: initiatieven[i / 3 - 1].sub },
            beheerder,
          );
        }
        if (i % 4 === 0) {
          // Withdrawn by the initiator, later removed by maintenance (the only way an initiative is deleted).
          const { id, sub } = initiatieven[i - 2];
          const bewoner = await ctx.tokenFor(Rol.BEWONER, { sub });
          const res = await ctx.gql('mutation($id: ID!) { initiatiefIntrekken(id: $id) { id } }', { id }, bewoner);
          if (foutcodes(res).length === 0) {
            await ctx.dataSource.query('DELETE FROM initiatief WHERE id = $1', [
              Buffer.from(id, 'base64url').toString().split(':')[1],
            ]);
            verwijderdeInitiatieven.push(id);
          }
        }
      }
    };
    const schrijver = (async () => {
      try {
        await schrijf();
      } finally {
        klaar = true;
      }
    })();
    let rondes = 0;
    while (!klaar && rondes < 300) {
      for (const s of spiegels) {
        await s.synchroniseer();
      }
      rondes += 1;
    }
    await schrijver;
    for (const s of spiegels) {
      await s.synchroniseer();
    }
    expect(rondes).toBeGreaterThan(1);
    expect(verwijderdeOrganisaties.length).toBeGreaterThan(2);
    expect(verwijderdeInitiatieven.length).toBeGreaterThan(1);

    for (const s of spiegels) {
      const bron = await s.bron();
      expect([...s.rijen.keys()].sort()).toEqual([...bron.keys()].sort());
      for (const [id, rij] of bron) {
        expect(s.rijen.get(id)).toEqual(rij);
      }
    }
    // What disappeared is gone from the mirrors, and the staff mirror holds no pseudonymised name.
    const [publiek, staf, orgs] = spiegels;
    expect(verwijderdeOrganisaties.filter((id) => orgs.rijen.has(id))).toEqual([]);
    expect(verwijderdeInitiatieven.filter((id) => staf.rijen.has(id) || publiek.rijen.has(id))).toEqual([]);
    const gepseudonimiseerd = [...staf.rijen.values()].filter((r) => !String(r.indiener).startsWith('Bewoner Spiegel'));
    expect(gepseudonimiseerd.length).toBeGreaterThan(0);
    // Held by the staff mirror since the first round, with the name; pseudonymised later.
    expect(staf.rijen.get(initiatieven[1].id)).toMatchObject({ indiener: expect.not.stringMatching(/Spiegel/) });
    expect([...publiek.rijen.values()].every((r) => r.indiener === null)).toBe(true);
  }, 180_000);

  it('weigert een organisatie te verwijderen waar nog initiatieven of sleutels bij horen, en alleen een beheerder mag het', async () => {
    const id = await organisatie(99);
    const beleid = opzet.beleid;
    expect(foutcodes(await ctx.gql('mutation($id: ID!) { organisatieVerwijderen(id: $id) }', { id }, beleid))).toEqual([
      'FORBIDDEN',
    ]);
    await ctx.gqlOk(
      'mutation($input: ApiSleutelInput!) { apiSleutelAanmaken(input: $input) { sleutel } }',
      { input: { naam: 'Koppeling', scopes: ['lezen'], organisatieId: id } },
      beheerder,
    );
    const geweigerd = await ctx.gql('mutation($id: ID!) { organisatieVerwijderen(id: $id) }', { id }, beheerder);
    expect(foutcodes(geweigerd)).toEqual(['CONFLICT']);
    expect(geweigerd.errors?.[0].message).toMatch(/API-sleutel/);
    const [{ n }] = await ctx.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM verwijdering WHERE entiteit_id = $1`,
      [id],
    );
    expect(n).toBe(0);
    expect((await ctx.gqlOk<{ node: { id: string } | null }>('query($id: ID!) { node(id: $id) { id } }', { id })).node).toEqual({
      id,
    });
  });
});
