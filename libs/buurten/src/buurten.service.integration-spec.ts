/**
 * BuurtenService against real PostgreSQL, without the API around it: the upkeep of Heerlen's
 * reference data (idempotent, staff edits kept), finding a buurt by location, and the staff
 * linked to buurten (the buurtregisseur as the buurt's contact, docs/domein.md "Actoren").
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, DomainError, FoutCode, loadConfig, NodeRegistry, toGlobalId } from '@buurtwerk/core';
import { nieuweTestDatabase } from '../../../test/database';
import { BuurtEntity, MedewerkerEntity, StadsdeelEntity, WijkEntity } from './buurt.entity';
import { BuurtenService } from './buurten.service';
import { PdokLocatieserverClient } from './pdok-locatieserver.client';

describe('BuurtenService (PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof nieuweTestDatabase>>;
  let ds: DataSource;
  let service: BuurtenService;

  beforeAll(async () => {
    db = await nieuweTestDatabase();
    ds = new DataSource({
      ...dataSourceOptions(db.url, 4),
      entities: [StadsdeelEntity, WijkEntity, BuurtEntity, MedewerkerEntity],
    });
    await ds.initialize();
    service = new BuurtenService(
      ds,
      ds.getRepository(BuurtEntity),
      ds.getRepository(WijkEntity),
      ds.getRepository(StadsdeelEntity),
      ds.getRepository(MedewerkerEntity),
      new PdokLocatieserverClient(loadConfig({ NODE_ENV: 'test' })),
      new NodeRegistry(),
    );
    await service.referentiedataBijwerken();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.verwijder();
  });

  const laatsteWijziging = async (): Promise<string> => {
    const [rij] = await ds.query<Array<{ t: string }>>(
      `SELECT greatest((SELECT max(gewijzigd_op) FROM buurt), (SELECT max(gewijzigd_op) FROM wijk))::text AS t`,
    );
    return rij.t;
  };

  describe('referentiedataBijwerken', () => {
    it('laadt de 57 buurten in 23 wijken en vier stadsdelen', async () => {
      const [telling] = await ds.query<Array<{ buurten: number; wijken: number; stadsdelen: number; zonder: number }>>(
        `SELECT (SELECT count(*) FROM buurt)::int AS buurten, (SELECT count(*) FROM wijk)::int AS wijken,
                (SELECT count(*) FROM stadsdeel)::int AS stadsdelen,
                (SELECT count(*) FROM wijk WHERE stadsdeel_id IS NULL)::int AS zonder`,
      );
      expect(telling).toEqual({ buurten: 57, wijken: 23, stadsdelen: 4, zonder: 0 });
    });

    it('raakt bij een tweede keer geen rij aan, zodat de delta-sync van partners stil blijft', async () => {
      const voor = await laatsteWijziging();
      await expect(service.referentiedataBijwerken()).resolves.toEqual({ wijken: 23, buurten: 57 });
      expect(await laatsteWijziging()).toBe(voor);
    });

    it('laat een door de gemeente gekozen stadsdeel van een wijk staan', async () => {
      const [wijk] = await ds.query<Array<{ id: string; stadsdeel_id: string }>>(
        `SELECT id, stadsdeel_id FROM wijk ORDER BY code LIMIT 1`,
      );
      const [ander] = await ds.query<Array<{ id: string }>>(`SELECT id FROM stadsdeel WHERE id <> $1 ORDER BY naam LIMIT 1`, [
        wijk.stadsdeel_id,
      ]);
      await ds.query(`UPDATE wijk SET stadsdeel_id = $2 WHERE id = $1`, [wijk.id, ander.id]);
      await service.referentiedataBijwerken();
      const [na] = await ds.query<Array<{ stadsdeel_id: string }>>(`SELECT stadsdeel_id FROM wijk WHERE id = $1`, [wijk.id]);
      expect(na.stadsdeel_id).toBe(ander.id);
    });

    it('zet een afwijkende buurtnaam terug naar de CBS-naam en markeert alleen die buurt als gewijzigd', async () => {
      await ds.query(
        `UPDATE buurt SET naam = 'Verkeerde naam', gewijzigd_op = now() - interval '1 day' WHERE code = 'BU09171000'`,
      );
      const voor = await laatsteWijziging();
      await service.referentiedataBijwerken();
      const gewijzigd = await ds.query<Array<{ code: string; naam: string }>>(
        `SELECT code, naam FROM buurt WHERE gewijzigd_op > $1::timestamptz ORDER BY code`,
        [voor],
      );
      expect(gewijzigd).toEqual([{ code: 'BU09171000', naam: 'Maria Gewanden' }]);
    });
  });

  describe('buurtBijLocatie', () => {
    it('vindt de buurt waarin een punt ligt', async () => {
      await expect(service.buurtBijLocatie(50.9238, 5.914)).resolves.toEqual(expect.objectContaining({ code: 'BU09171000' }));
    });

    it('geeft null voor een punt buiten Heerlen', async () => {
      await expect(service.buurtBijLocatie(52.3731, 4.8926)).resolves.toBeNull();
    });

    it.each([
      ['lat', 91, 5.9],
      ['lon', 50.9, -181],
      ['lat', Number.NaN, 5.9],
    ])('weigert een ongeldige %s met BAD_USER_INPUT', async (veld, lat, lon) => {
      const fout = await service.buurtBijLocatie(lat, lon).catch((e: unknown) => e);
      expect(fout).toBeInstanceOf(DomainError);
      expect((fout as DomainError).code).toBe(FoutCode.BAD_USER_INPUT);
      expect((fout as DomainError).velden.map((v) => v.veld)).toEqual([veld]);
    });
  });

  describe('medewerkers en buurtregisseurs', () => {
    const buurtId = async (code: string): Promise<string> => {
      const [rij] = await ds.query<Array<{ id: string }>>(`SELECT id FROM buurt WHERE code = $1`, [code]);
      return rij.id;
    };

    it('kiest per buurt de gekoppelde buurtregisseur als aanspreekpunt, ook boven een collega met een eerdere naam', async () => {
      const id = await buurtId('BU09173000');
      const buurt = toGlobalId('Buurt', id);
      await service.medewerkerRegistreren({ naam: 'Anna Aarts', functie: 'Wijkagent', buurtIds: [buurt] });
      await service.medewerkerRegistreren({ naam: 'Zeger Zuidema', functie: 'Buurtregisseur', buurtIds: [buurt] });
      const regisseurs = await service.regisseursBijBuurten([id]);
      expect(regisseurs.map((r) => [r.buurtId, r.medewerker.naam])).toEqual([[id, 'Zeger Zuidema']]);
    });

    it('geeft de buurten van een medewerker via diens inlog-sub', async () => {
      const ids = [await buurtId('BU09171000'), await buurtId('BU09171001')];
      await service.medewerkerRegistreren({
        naam: 'Rob Regisseur',
        functie: 'Buurtregisseur',
        gebruikerId: 'sub-rob',
        buurtIds: ids.map((id) => toGlobalId('Buurt', id)),
      });
      expect((await service.buurtIdsVanMedewerker('sub-rob')).sort()).toEqual([...ids].sort());
      expect(await service.buurtIdsVanMedewerker('sub-onbekend')).toEqual([]);
    });

    it('weigert een tweede medewerker met dezelfde inlog-sub', async () => {
      const fout = await service
        .medewerkerRegistreren({ naam: 'Dubbel', functie: 'Buurtregisseur', gebruikerId: 'sub-rob', buurtIds: [] })
        .catch((e: unknown) => e);
      expect((fout as DomainError).velden.map((v) => v.veld)).toEqual(['input.gebruikerId']);
    });

    it('weigert de hele invoer als één buurt niet bestaat', async () => {
      const bestaand = toGlobalId('Buurt', await buurtId('BU09171000'));
      const onbekend = toGlobalId('Buurt', '00000000-0000-4000-8000-000000000000');
      const fout = await service.bestaandeBuurtIds([bestaand, onbekend], 'input.buurtIds').catch((e: unknown) => e);
      expect((fout as DomainError).code).toBe(FoutCode.BAD_USER_INPUT);
      expect((fout as DomainError).velden.map((v) => v.veld)).toEqual(['input.buurtIds']);
      await expect(service.bestaandeBuurtIds([bestaand, bestaand], 'input.buurtIds')).resolves.toHaveLength(1);
    });
  });
});
