/**
 * PartnersService against real PostgreSQL (the whole module wiring, no HTTP): which activities a
 * period shows, the partners of many buurten in one go, who may manage an activity, and what
 * keeps an organisation from being removed.
 */
import { ApiSleutelService, DomainError, FoutCode, type Gebruiker, Rol, toGlobalId } from '@buurtwerk/core';
import { type TestContext, testContext } from '../../../test/harness';
import { OrganisatieSoort } from './organisatie.entity';
import { PartnersService } from './partners.service';

const UUR = 3_600_000;

describe('PartnersService (PostgreSQL)', () => {
  let ctx: TestContext;
  let service: PartnersService;
  let buurt: { id: string; globalId: string };
  let andereBuurt: { id: string; globalId: string };
  const beheerder: Gebruiker = { sub: 'beheerder-1', naam: 'Beheer', email: null, rollen: [Rol.BEHEERDER], buurtcode: null };
  const partner = (sub: string): Gebruiker => ({ sub, naam: sub, email: null, rollen: [Rol.PARTNER], buurtcode: null });

  beforeAll(async () => {
    ctx = await testContext();
    service = ctx.app.get(PartnersService);
    const rijen = await ctx.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM buurt WHERE code IN ('BU09173000', 'BU09173300') ORDER BY code`,
    );
    [buurt, andereBuurt] = rijen.map((r) => ({ id: r.id, globalId: toGlobalId('Buurt', r.id) }));
  });
  afterAll(() => ctx.close());

  const organisatie = (naam: string, buurtIds: string[] = []) =>
    service.organisatieRegistreren({ naam, soort: OrganisatieSoort.STICHTING, buurtIds });
  const fout = (e: unknown): DomainError => {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  };

  describe('activiteiten in een periode', () => {
    const nu = Date.now();
    let titels: (args: { vanaf?: Date; tot?: Date }) => Promise<string[]>;

    beforeAll(async () => {
      const publiceer = (titel: string, begin: number, eind: number | null) =>
        service.activiteitPubliceren(
          { titel, begin: new Date(begin), eind: eind === null ? null : new Date(eind), buurtId: andereBuurt.globalId },
          beheerder,
        );
      await publiceer('Zomerkamp (loopt nog)', nu - 48 * UUR, nu + 48 * UUR);
      await publiceer('Repair café (afgelopen)', nu - 5 * UUR, nu - 3 * UUR);
      await publiceer('Lezing zonder eindtijd (voorbij)', nu - 2 * UUR, null);
      await publiceer('Buurtfeest (straks)', nu + 24 * UUR, nu + 30 * UUR);
      titels = async (args) => {
        const lijst = await service.zoekActiviteiten({ ...args, first: 100 }, andereBuurt.id);
        const perBuurt = (await service.activiteitenVanBuurten([andereBuurt.id], { ...args, first: 100 }))[0];
        // The list and a buurt's connection (one LATERAL query for many buurten) agree.
        expect(perBuurt.edges.map((e) => e.node.titel)).toEqual(lijst.edges.map((e) => e.node.titel));
        return lijst.edges.map((e) => e.node.titel);
      };
    });

    it('toont vanaf een moment wat dan nog loopt en wat later begint, niet wat al voorbij is', async () => {
      await expect(titels({ vanaf: new Date(nu) })).resolves.toEqual(['Zomerkamp (loopt nog)', 'Buurtfeest (straks)']);
    });

    it('toont tot een moment alleen wat daarvoor begint', async () => {
      await expect(titels({ vanaf: new Date(nu), tot: new Date(nu + 12 * UUR) })).resolves.toEqual(['Zomerkamp (loopt nog)']);
    });

    it('toont zonder periode alles op begintijd', async () => {
      await expect(titels({})).resolves.toEqual([
        'Zomerkamp (loopt nog)',
        'Repair café (afgelopen)',
        'Lezing zonder eindtijd (voorbij)',
        'Buurtfeest (straks)',
      ]);
    });

    it('weigert een einde voor het begin', async () => {
      const e = await service
        .activiteitPubliceren(
          { titel: 'Omgekeerd', begin: new Date(nu + UUR), eind: new Date(nu), buurtId: buurt.globalId },
          beheerder,
        )
        .catch((x: unknown) => x);
      expect(fout(e).velden.map((v) => v.veld)).toEqual(['input.eind']);
    });
  });

  it('bladert door de partners van elke buurt apart, voor vele buurten in één keer', async () => {
    for (const naam of ['Stichting A', 'Stichting B', 'Stichting C']) {
      await organisatie(`${naam} (beide)`, [buurt.globalId, andereBuurt.globalId]);
    }
    await organisatie('Stichting D (alleen centrum)', [buurt.globalId]);
    const [eerste, tweede] = await service.partnersVanBuurten([buurt.id, andereBuurt.id], { first: 2 });
    expect(eerste.edges.map((e) => e.node.naam)).toEqual(['Stichting A (beide)', 'Stichting B (beide)']);
    expect(tweede.edges.map((e) => e.node.naam)).toEqual(['Stichting A (beide)', 'Stichting B (beide)']);
    expect([eerste.pageInfo.hasNextPage, tweede.pageInfo.hasNextPage]).toEqual([true, true]);
    await expect(Promise.all([eerste.totalCount, tweede.totalCount])).resolves.toEqual([4, 3]);

    const [vervolg] = await service.partnersVanBuurten([buurt.id], { first: 2, after: eerste.pageInfo.endCursor ?? undefined });
    expect(vervolg.edges.map((e) => e.node.naam)).toEqual(['Stichting C (beide)', 'Stichting D (alleen centrum)']);
    expect(vervolg.pageInfo).toEqual(expect.objectContaining({ hasNextPage: false, hasPreviousPage: true }));
  });

  describe('wie een activiteit mag beheren', () => {
    let orgId: string;
    beforeAll(async () => {
      orgId = (await organisatie('Buurtvereniging Beheer')).id;
      await service.partnerKoppelen(orgId, 'partner-eigen');
      await service.partnerKoppelen(orgId, 'partner-collega');
    });

    const publiceer = (door: Gebruiker) =>
      service.activiteitPubliceren(
        { titel: 'Wandeling', begin: new Date(Date.now() + 24 * UUR), buurtId: buurt.globalId, organisatorId: orgId },
        door,
      );

    it('laat een gekoppelde collega van dezelfde organisatie annuleren, en annuleren is herhaalbaar', async () => {
      const a = await publiceer(partner('partner-eigen'));
      await expect(service.activiteitAnnuleren(a.id, partner('partner-collega'))).resolves.toEqual(
        expect.objectContaining({ geannuleerd: true }),
      );
      await expect(service.activiteitAnnuleren(a.id, partner('partner-collega'))).resolves.toEqual(
        expect.objectContaining({ geannuleerd: true }),
      );
    });

    it('weigert een partner van een andere organisatie met FORBIDDEN', async () => {
      const a = await publiceer(partner('partner-eigen'));
      const e = await service.activiteitAnnuleren(a.id, partner('partner-vreemd')).catch((x: unknown) => x);
      expect(fout(e).code).toBe(FoutCode.FORBIDDEN);
      const v = await service.activiteitVerwijderen(a.id, partner('partner-vreemd')).catch((x: unknown) => x);
      expect(fout(v).code).toBe(FoutCode.FORBIDDEN);
    });

    it('eist dat een partner kiest voor welke organisatie hij publiceert', async () => {
      const e = await service
        .activiteitPubliceren(
          { titel: 'Zonder organisatie', begin: new Date(), buurtId: buurt.globalId },
          partner('partner-eigen'),
        )
        .catch((x: unknown) => x);
      expect(fout(e).velden.map((v) => v.veld)).toEqual(['input.organisatorId']);
    });
  });

  describe('een organisatie verwijderen', () => {
    it('noemt alles wat nog naar de organisatie verwijst in één melding', async () => {
      const org = await organisatie('Stichting Met Sleutel');
      const sleutels = ctx.app.get(ApiSleutelService);
      for (const naam of ['koppeling 1', 'koppeling 2']) {
        const { entiteit } = await service.apiSleutelAanmaken(
          { naam, scopes: ['lezen'], organisatieId: org.dbId, door: beheerder.sub },
          sleutels,
        );
        // A key acts for its organisation like a linked PARTNER user.
        await expect(service.organisatieIdsVanPartner(`apisleutel:${entiteit.id}`)).resolves.toEqual([org.dbId]);
      }
      const e = await service.organisatieVerwijderen(org.id).catch((x: unknown) => x);
      expect(fout(e).code).toBe(FoutCode.CONFLICT);
      expect(fout(e).message).toBe('Stichting Met Sleutel kan niet worden verwijderd: trek eerst de 2 API-sleutels in.');
    });

    it('laat de activiteiten staan, zonder organisator en als gewijzigd gemarkeerd', async () => {
      const org = await organisatie('Stichting Weg');
      const a = await service.activiteitPubliceren(
        { titel: 'Blijft staan', begin: new Date(Date.now() + UUR), buurtId: buurt.globalId, organisatorId: org.id },
        beheerder,
      );
      await expect(service.organisatieVerwijderen(org.id)).resolves.toBe(true);
      const [rij] = await ctx.dataSource.query<Array<{ organisator_id: string | null; later: boolean }>>(
        `SELECT organisator_id, gewijzigd_op > $2 AS later FROM activiteit WHERE id = $1`,
        [a.dbId, a.gewijzigdOp],
      );
      expect(rij).toEqual({ organisator_id: null, later: true });
    });
  });

  it('markeert een organisatie als gewijzigd bij een nieuwe bestuursfunctie, en weigert een einde voor het begin', async () => {
    const org = await organisatie('Stichting Bestuur');
    const na = await service.bestuursfunctieToevoegen({
      organisatieId: org.id,
      persoon: 'P. Voorzitter',
      functie: 'voorzitter',
      vanaf: '2027-01-01',
    });
    expect(na.gewijzigdOp.getTime()).toBeGreaterThan(org.gewijzigdOp.getTime());
    const e = await service
      .bestuursfunctieToevoegen({ organisatieId: org.id, persoon: 'X', functie: 'lid', vanaf: '2027-02-01', tot: '2027-01-31' })
      .catch((x: unknown) => x);
    expect(fout(e).velden.map((v) => v.veld)).toEqual(['input.tot']);
  });
});
