/**
 * Hot lists read explicit columns raw and map them with a plain function instead of TypeORM's
 * entity hydration (docs/benchmarks.md). This guards the mappers against drift: for rows in every
 * status, with and without the optional columns, they must give exactly the entities TypeORM gives,
 * so a column added to an entity without adding it to its mapper fails here.
 */
import { Client } from 'pg';
import { In } from 'typeorm';
import { BuurtEntity, BuurtenService } from '@buurtwerk/buurten';
import { type Gebruiker, Rol } from '@buurtwerk/core';
import { InitiatiefEntity, InitiatievenService } from '@buurtwerk/initiatives';
import { OrganisatieEntity, PartnersService } from '@buurtwerk/partners';
import { NetwerkbijeenkomstenService } from '@buurtwerk/netwerkbijeenkomsten';
import { vulBulk } from '../../../bench/genereer';
import { laadDemodata } from '../src/demo/demo-data';
import { type TestContext, testContext } from '../../../test/harness';

const opId = <T extends { id: string }>(rijen: T[]): T[] => [...rijen].sort((a, b) => a.id.localeCompare(b.id));

describe('Rijmappers: dezelfde entiteiten als TypeORM', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await testContext();
    await laadDemodata(ctx.app);
    const client = new Client({ connectionString: ctx.config.databaseUrl });
    await client.connect();
    try {
      await vulBulk(client, { organisaties: 60, activiteiten: 300, initiatieven: 400, signalen: 20, aanmeldingen: 40 });
    } finally {
      await client.end();
    }
  }, 120_000);

  afterAll(async () => {
    await ctx?.close();
  });

  it('initiatieven: alle kolommen in elke status (datums als tekst, bedragen als getal)', async () => {
    const repo = ctx.dataSource.getRepository(InitiatiefEntity);
    const ids = (await repo.find({ select: { id: true } })).map((i) => i.id);
    expect(ids.length).toBeGreaterThanOrEqual(400);
    const verwacht = opId(await repo.findBy({ id: In(ids) }));
    const raw = opId(await ctx.app.get(InitiatievenService).initiatievenBijIds(ids));
    expect(raw.every((i) => i instanceof InitiatiefEntity)).toBe(true);
    expect(raw).toStrictEqual(verwacht);
    // The sample covers the optional columns the mapper converts.
    expect(verwacht.some((i) => i.beslissenUiterlijk !== null && i.besluitGenomenOp !== null)).toBe(true);
    expect(verwacht.some((i) => i.werkelijkeKosten !== null)).toBe(true);
    expect(new Set(verwacht.map((i) => i.status)).size).toBeGreaterThan(4);
  });

  it('de werkwijze van de werkvoorraad (pagina raw gelezen) geeft dezelfde initiatieven als een losse lees', async () => {
    const service = ctx.app.get(InitiatievenService);
    const beleid: Gebruiker = {
      sub: 'rijmapper',
      naam: 'Rijmapper',
      email: null,
      rollen: [Rol.BELEIDSMEDEWERKER],
      buurtcode: null,
    };
    const pagina = await service.zoek({ first: 100 }, beleid);
    expect(pagina.edges.length).toBe(100);
    const ids = pagina.edges.map((e) => e.node.dbId);
    const los = new Map((await ctx.dataSource.getRepository(InitiatiefEntity).findBy({ id: In(ids) })).map((i) => [i.id, i]));
    for (const { node } of pagina.edges) {
      const e = los.get(node.dbId)!;
      expect({
        id: node.dbId,
        beslissenUiterlijk: node.beslissenUiterlijk,
        startdatum: node.startdatum,
        indiener: node.indiener,
      }).toEqual({
        id: e.id,
        beslissenUiterlijk: e.beslissenUiterlijk,
        startdatum: e.startdatum,
        indiener: e.indienerNaam,
      });
    }
  });

  it('organisaties en buurten: alle kolommen', async () => {
    const orgRepo = ctx.dataSource.getRepository(OrganisatieEntity);
    const orgIds = (await orgRepo.find({ select: { id: true } })).map((o) => o.id);
    expect(orgIds.length).toBeGreaterThan(60);
    const orgs = opId(await ctx.app.get(PartnersService).organisatiesBijIds(orgIds));
    expect(orgs.every((o) => o instanceof OrganisatieEntity)).toBe(true);
    expect(orgs).toStrictEqual(opId(await orgRepo.findBy({ id: In(orgIds) })));

    const buurtRepo = ctx.dataSource.getRepository(BuurtEntity);
    const buurtIds = (await buurtRepo.find({ select: { id: true } })).map((b) => b.id);
    expect(buurtIds.length).toBeGreaterThan(50);
    const buurten = opId(await ctx.app.get(BuurtenService).buurtenBijIds(buurtIds));
    expect(buurten.every((b) => b instanceof BuurtEntity)).toBe(true);
    expect(buurten).toStrictEqual(opId(await buurtRepo.findBy({ id: In(buurtIds) })));
    expect(await ctx.app.get(BuurtenService).buurtenBijIds([])).toEqual([]);
  });

  it('de open feed van netwerkbijeenkomsten telt de tellers van de bijeenkomst en filtert op jaar', async () => {
    const service = ctx.app.get(NetwerkbijeenkomstenService);
    const alle = await service.openbareFeed();
    const lijst = await service.lijst();
    expect(alle.map((b) => [b.id, b.status, b.begin.toISOString()])).toEqual(
      lijst.map((b) => [b.id, b.status, b.begin.toISOString()]),
    );
    const tellingen = new Map((await service.tellingen(lijst.map((b) => b.dbId))).map((t) => [t.bijeenkomstId, t.aangemeld]));
    expect(alle.map((b) => b.aangemeld)).toEqual(lijst.map((b) => tellingen.get(b.dbId)));
    expect(alle.some((b) => b.aangemeld > 0)).toBe(true);
    const jaar = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(alle[0].begin));
    expect((await service.openbareFeed(jaar)).map((b) => b.id)).toEqual((await service.lijst(jaar)).map((b) => b.id));
  });
});
