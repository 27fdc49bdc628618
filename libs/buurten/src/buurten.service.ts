import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { fout, fromGlobalId, fromGlobalIds, leesQuery, likePatroon, NodeRegistry, zoekvorm } from '@buurtwerk/core';
import { BuurtEntity, MedewerkerEntity, StadsdeelEntity, WijkEntity } from './buurt.entity';
import { toBuurtModel, toMedewerkerModel, toStadsdeelModel, toWijkModel } from './buurt.model';
import type { MedewerkerInput } from './dto/medewerker.input';
import { parsePostcode, PdokLocatieserverClient } from './pdok-locatieserver.client';
import { laadReferentiedata, STANDAARD_STADSDELEN } from './referentiedata';

@Injectable()
export class BuurtenService implements OnModuleInit {
  /** Outlines change only with a new CBS year; kept in memory for point-in-polygon. */
  private geometrieCache: Promise<BuurtEntity[]> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BuurtEntity) private readonly buurten: Repository<BuurtEntity>,
    @InjectRepository(WijkEntity) private readonly wijken: Repository<WijkEntity>,
    @InjectRepository(StadsdeelEntity) private readonly stadsdelen: Repository<StadsdeelEntity>,
    @InjectRepository(MedewerkerEntity) private readonly medewerkers: Repository<MedewerkerEntity>,
    private readonly pdok: PdokLocatieserverClient,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.registreer('Buurt', async (id) => this.buurtOpDbId(id));
    this.nodes.registreer('Wijk', async (id) => {
      const w = await this.wijken.findOneBy({ id });
      return w ? toWijkModel(w) : null;
    });
    this.nodes.registreer('Stadsdeel', async (id) => {
      const s = await this.stadsdelen.findOneBy({ id });
      return s ? toStadsdeelModel(s) : null;
    });
    this.nodes.registreer('Medewerker', async (id) => {
      const m = await this.medewerkers.findOneBy({ id });
      return m ? toMedewerkerModel(m) : null;
    });
  }

  /**
   * Upserts Heerlen's CBS wijken and buurten, idempotently: names and outlines follow the
   * reference files; a wijk's stadsdeel is set only when the wijk is new (it is editable data).
   * Rows are only touched when something changed, so partners' delta sync stays quiet.
   */
  async referentiedataBijwerken(): Promise<{ wijken: number; buurten: number }> {
    const { wijken, buurten } = laadReferentiedata();
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO stadsdeel (naam) SELECT unnest($1::text[])
         ON CONFLICT (naam) DO NOTHING`,
        [[...STANDAARD_STADSDELEN]],
      );
      await tx.query(
        `INSERT INTO wijk (code, naam, stadsdeel_id)
         SELECT w.code, w.naam, s.id
           FROM jsonb_to_recordset($1::jsonb) AS w(code text, naam text, stadsdeel text)
           LEFT JOIN stadsdeel s ON s.naam = w.stadsdeel
         ON CONFLICT (code) DO UPDATE SET naam = excluded.naam, gewijzigd_op = now()
         WHERE wijk.naam IS DISTINCT FROM excluded.naam`,
        [JSON.stringify(wijken)],
      );
      await tx.query(
        `INSERT INTO buurt (code, naam, zoeknaam, wijk_id, inwoners, lat, lon, geometrie)
         SELECT b.code, b.naam, b.zoeknaam, w.id, b.inwoners, b.lat, b.lon, b.geometrie
           FROM jsonb_to_recordset($1::jsonb)
                AS b(code text, naam text, zoeknaam text, wijkcode text, inwoners int, lat float8, lon float8, geometrie jsonb)
           JOIN wijk w ON w.code = b.wijkcode
         ON CONFLICT (code) DO UPDATE SET
           naam = excluded.naam, zoeknaam = excluded.zoeknaam, wijk_id = excluded.wijk_id,
           inwoners = COALESCE(excluded.inwoners, buurt.inwoners), lat = excluded.lat, lon = excluded.lon,
           geometrie = excluded.geometrie, gewijzigd_op = now()
         WHERE (buurt.naam, buurt.wijk_id, buurt.lat, buurt.lon, buurt.geometrie)
               IS DISTINCT FROM (excluded.naam, excluded.wijk_id, excluded.lat, excluded.lon, excluded.geometrie)`,
        [JSON.stringify(buurten.map((b) => ({ ...b, zoeknaam: zoekvorm(b.naam) })))],
      );
    });
    this.geometrieCache = null;
    return { wijken: wijken.length, buurten: buurten.length };
  }

  async alleStadsdelen() {
    const rows = await this.stadsdelen.find({ order: { naam: 'ASC' } });
    return rows.map(toStadsdeelModel);
  }

  async zoekBuurten(stadsdeelId?: string | null, zoek?: string | null) {
    const qb = this.buurten.createQueryBuilder('b').innerJoin(WijkEntity, 'w', 'w.id = b.wijk_id');
    if (stadsdeelId) {
      qb.andWhere('w.stadsdeel_id = :sd', { sd: fromGlobalId(stadsdeelId, 'Stadsdeel', 'stadsdeelId') });
    }
    if (zoek !== undefined && zoek !== null && zoek.trim() !== '') {
      const q = zoekvorm(zoek);
      qb.andWhere('(b.zoeknaam LIKE :q OR lower(b.code) LIKE :q OR w.naam ILIKE :q)', { q: likePatroon(q) });
    }
    const rows = await qb.orderBy('b.naam', 'ASC').addOrderBy('b.code', 'ASC').getMany();
    return rows.map(toBuurtModel);
  }

  async buurt(id?: string | null, code?: string | null) {
    if ((id === undefined || id === null) === (code === undefined || code === null)) {
      throw fout.veld('id', 'geef precies één van id of code op.');
    }
    if (id) {
      return this.buurtOpDbId(fromGlobalId(id, 'Buurt', 'id'));
    }
    const row = await this.buurten.findOneBy({ code: String(code).trim().toUpperCase() });
    return row ? toBuurtModel(row) : null;
  }

  async buurtOpDbId(id: string) {
    const row = await this.buurten.findOneBy({ id });
    return row ? toBuurtModel(row) : null;
  }

  async buurtBijLocatie(lat: number, lon: number) {
    if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
      throw fout.veld('lat', 'moet een breedtegraad tussen -90 en 90 zijn.');
    }
    if (!Number.isFinite(lon) || lon < -180 || lon > 180) {
      throw fout.veld('lon', 'moet een lengtegraad tussen -180 en 180 zijn.');
    }
    this.geometrieCache ??= this.buurten.find({ order: { code: 'ASC' } });
    const buurten = await this.geometrieCache;
    const p = point([lon, lat]);
    // Points on a shared border belong to the buurt with the lowest code: deterministic.
    const gevonden = buurten.find((b) => b.geometrie !== null && booleanPointInPolygon(p, b.geometrie));
    return gevonden ? toBuurtModel(gevonden) : null;
  }

  async buurtBijPostcode(postcode: string, huisnummer?: number | null) {
    const parsed = parsePostcode(postcode, huisnummer);
    const adres = await this.pdok.zoekAdres(parsed.postcode, parsed.huisnummer);
    if (!adres) {
      return null;
    }
    if (adres.buurtcode) {
      const row = await this.buurten.findOneBy({ code: adres.buurtcode });
      if (row) {
        return toBuurtModel(row);
      }
      if (!adres.buurtcode.startsWith('BU0917')) {
        return null; // outside Heerlen
      }
    }
    return adres.punt ? this.buurtBijLocatie(adres.punt.lat, adres.punt.lon) : null;
  }

  /** Buurt ids from client input: every id must exist, or the whole input is refused. */
  async bestaandeBuurtIds(globalIds: readonly string[], veld: string): Promise<string[]> {
    const ids = [...new Set(fromGlobalIds(globalIds, 'Buurt', veld))];
    if (ids.length === 0) {
      return [];
    }
    const gevonden = await this.buurten.find({ select: { id: true }, where: { id: In(ids) } });
    if (gevonden.length !== ids.length) {
      throw fout.veld(veld, 'bevat een buurt die niet bestaat.');
    }
    return ids;
  }

  async medewerkerRegistreren(input: MedewerkerInput) {
    const buurtIds = await this.bestaandeBuurtIds(input.buurtIds, 'input.buurtIds');
    if (input.gebruikerId) {
      const bestaand = await this.medewerkers.findOneBy({ gebruikerId: input.gebruikerId });
      if (bestaand) {
        throw fout.veld('input.gebruikerId', 'is al gekoppeld aan een andere medewerker.');
      }
    }
    const saved = await this.medewerkers.save(
      this.medewerkers.create({
        naam: input.naam.trim(),
        functie: input.functie.trim(),
        email: input.email ?? null,
        telefoon: input.telefoon ?? null,
        gebruikerId: input.gebruikerId ?? null,
        buurten: buurtIds.map((id) => ({ id }) as BuurtEntity),
      }),
    );
    return toMedewerkerModel(saved);
  }

  /** Buurten with wijk and stadsdeel names for the REST/open-data feed (one query). */
  async buurtenVoorFeed(code?: string) {
    const rows: Array<{
      code: string;
      naam: string;
      wijkcode: string;
      wijknaam: string;
      stadsdeel: string | null;
      inwoners: number | null;
      lat: number | null;
      lon: number | null;
      geometrie: BuurtEntity['geometrie'];
      gewijzigd_op: Date;
    }> = await this.dataSource.query(
      `SELECT b.code, b.naam, w.code AS wijkcode, w.naam AS wijknaam, s.naam AS stadsdeel, b.inwoners, b.lat, b.lon,
              b.geometrie, b.gewijzigd_op
         FROM buurt b JOIN wijk w ON w.id = b.wijk_id LEFT JOIN stadsdeel s ON s.id = w.stadsdeel_id
        WHERE $1::text IS NULL OR b.code = $1
        ORDER BY b.code`,
      [code ?? null],
    );
    return rows.map((r) => ({
      code: r.code,
      naam: r.naam,
      wijkcode: r.wijkcode,
      wijknaam: r.wijknaam,
      stadsdeel: r.stadsdeel,
      inwoners: r.inwoners,
      ligging: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
      gewijzigdOp: r.gewijzigd_op.toISOString(),
      geometrie: r.geometrie,
    }));
  }

  // ---- queries for other libraries (they name no table of this one in their SQL)

  /**
   * Code and name of these buurten, ordered by name (no outlines). In the caller's transaction
   * when `m` is given (a caller holding a connection does not wait for a second one), else from
   * the read replica when there is one.
   */
  async buurtKenmerken(ids: readonly string[], m?: EntityManager): Promise<Array<{ id: string; code: string; naam: string }>> {
    if (ids.length === 0) {
      return [];
    }
    const sql = 'SELECT id, code, naam FROM buurt WHERE id = ANY($1::uuid[]) ORDER BY naam, id';
    return m ? m.query(sql, [[...ids]]) : leesQuery(this.dataSource, sql, [[...ids]]);
  }

  /** The buurt codes of these ids, in the order given (ids that do not exist are left out). */
  async buurtcodes(ids: readonly string[], m?: EntityManager): Promise<string[]> {
    const perId = new Map((await this.buurtKenmerken(ids, m)).map((b) => [b.id, b.code]));
    return ids.flatMap((id) => (perId.has(id) ? [perId.get(id)!] : []));
  }

  /** The stadsdeel these buurten all lie in; null when they lie in several, or in none. */
  async gemeenschappelijkStadsdeel(buurtIds: readonly string[], m: EntityManager = this.dataSource.manager) {
    const rows: Array<{ stadsdeel_id: string | null }> = await m.query(
      'SELECT DISTINCT w.stadsdeel_id FROM buurt b JOIN wijk w ON w.id = b.wijk_id WHERE b.id = ANY($1::uuid[])',
      [[...buurtIds]],
    );
    return rows.length === 1 ? rows[0].stadsdeel_id : null;
  }

  /** Ids of the buurten in a stadsdeel. */
  async buurtIdsInStadsdeel(stadsdeelId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      'SELECT b.id FROM buurt b JOIN wijk w ON w.id = b.wijk_id WHERE w.stadsdeel_id = $1',
      [stadsdeelId],
    );
    return rows.map((r) => r.id);
  }

  // ---- batch loads for the per-request DataLoaders

  async buurtenBijIds(ids: readonly string[]): Promise<BuurtEntity[]> {
    // Raw with explicit columns and a plain mapper: every list's `buurt { ... }` comes through here.
    const rijen = await leesQuery<BuurtEntity[]>(
      this.dataSource,
      `SELECT id, code, naam, zoeknaam, wijk_id AS "wijkId", inwoners, lat, lon, geometrie,
              aangemaakt_op AS "aangemaaktOp", gewijzigd_op AS "gewijzigdOp"
         FROM buurt WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rijen.map((r) => Object.assign(new BuurtEntity(), r));
  }

  async wijkenBijIds(ids: readonly string[]): Promise<WijkEntity[]> {
    return this.wijken.findBy({ id: In([...ids]) });
  }

  async stadsdelenBijIds(ids: readonly string[]): Promise<StadsdeelEntity[]> {
    return this.stadsdelen.findBy({ id: In([...ids]) });
  }

  async buurtenBijWijken(wijkIds: readonly string[]): Promise<BuurtEntity[]> {
    return this.buurten.find({ where: { wijkId: In([...wijkIds]) }, order: { naam: 'ASC' } });
  }

  async wijkenBijStadsdelen(ids: readonly string[]): Promise<WijkEntity[]> {
    return this.wijken.find({ where: { stadsdeelId: In([...ids]) }, order: { code: 'ASC' } });
  }

  async buurtenBijStadsdelen(ids: readonly string[]): Promise<Array<BuurtEntity & { stadsdeelId: string }>> {
    return this.buurten
      .createQueryBuilder('b')
      .innerJoin(WijkEntity, 'w', 'w.id = b.wijk_id')
      .addSelect('w.stadsdeel_id', 'stadsdeel_id')
      .where('w.stadsdeel_id IN (:...ids)', { ids })
      .orderBy('b.naam', 'ASC')
      .getRawAndEntities()
      .then(({ entities, raw }) =>
        entities.map((e, i) => Object.assign(e, { stadsdeelId: (raw[i] as { stadsdeel_id: string }).stadsdeel_id })),
      );
  }

  /** The buurtregisseur of each buurt: a linked staff member whose function names the role. */
  async regisseursBijBuurten(buurtIds: readonly string[]): Promise<Array<{ buurtId: string; medewerker: MedewerkerEntity }>> {
    const rows: Array<MedewerkerEntity & { buurt_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT ON (mb.buurt_id) mb.buurt_id, m.*
         FROM medewerker_buurt mb JOIN medewerker m ON m.id = mb.medewerker_id
        WHERE mb.buurt_id = ANY($1::uuid[])
        ORDER BY mb.buurt_id, (m.functie ILIKE '%regisseur%') DESC, m.naam, m.id`,
      [buurtIds],
    );
    return rows.map((r) => ({
      buurtId: r.buurt_id,
      medewerker: this.medewerkers.create({
        id: r.id,
        naam: r.naam,
        functie: r.functie,
        email: r.email,
        telefoon: r.telefoon,
      }),
    }));
  }

  async buurtenBijMedewerkers(ids: readonly string[]): Promise<Array<{ medewerkerId: string; buurt: BuurtEntity }>> {
    const rows: Array<{ medewerker_id: string; buurt_id: string }> = await this.dataSource.query(
      'SELECT medewerker_id, buurt_id FROM medewerker_buurt WHERE medewerker_id = ANY($1::uuid[])',
      [ids],
    );
    const buurten = await this.buurtenBijIds([...new Set(rows.map((r) => r.buurt_id))]);
    const perId = new Map(buurten.map((b) => [b.id, b]));
    return rows
      .map((r) => ({ medewerkerId: r.medewerker_id, buurt: perId.get(r.buurt_id)! }))
      .sort((a, b) => a.buurt.naam.localeCompare(b.buurt.naam));
  }

  /** Buurt ids for which this user (by `sub`) is the linked staff member. */
  async buurtIdsVanMedewerker(gebruikerId: string): Promise<string[]> {
    const rows: Array<{ buurt_id: string }> = await this.dataSource.query(
      `SELECT mb.buurt_id FROM medewerker_buurt mb JOIN medewerker m ON m.id = mb.medewerker_id
        WHERE m.gebruiker_id = $1`,
      [gebruikerId],
    );
    return rows.map((r) => r.buurt_id);
  }
}
