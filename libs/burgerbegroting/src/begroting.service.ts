import { isDeepStrictEqual } from 'node:util';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import {
  DomainError,
  fout,
  FoutCode,
  fromGlobalId,
  type Gebruiker,
  heeftRol,
  NodeRegistry,
  PersoonsgegevensRegister,
  Rol,
  type VeldFout,
  klok,
} from '@buurtwerk/core';
import { type BuurtEntity, BuurtenService } from '@buurtwerk/buurten';
import { InitiatievenService } from '@buurtwerk/initiatives';
import { Breuk } from './breuk';
import {
  BegrotingsprojectEntity,
  BegrotingsrondeEntity,
  BegrotingsstembiljetEntity,
  BegrotingsuitslagEntity,
  type GeserialiseerdeTelling,
  StemKanaal,
  Stemregel,
  Stemwijze,
} from './begroting.entity';
import {
  type BegrotingsprojectModel,
  type BijdrageModel,
  toBegrotingsprojectModel,
  toBegrotingsrondeModel,
} from './begroting.model';
import {
  add1OphogingVoor,
  controleerStembiljet,
  regelSleutel,
  serialiseerTelling,
  stemmerSleutel,
  TELLING_VERSIE,
} from './begroting.rules';
import {
  MAX_PB_LENGTE,
  MAX_PROJECTEN_OP_STEMBILJET,
  type BegrotingsprojectInput,
  type BegrotingsrondeInput,
} from './dto/begroting.input';
import { leesPb, schrijfPb, type PbBestand } from './pb-formaat';
import { tel } from './stemregels';
import { PbFormaatError, TellingTeZwaarError } from './telling.errors';
import type { TelInvoer, TelStembiljet } from './telling.types';
import { euroCentenAlsTekst } from './uitleg';
import { begrotingPersoonsgegevens } from './begroting.persoonsgegevens';

const BEHEER_ROLLEN = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER] as const;

/** Who votes: a resident online (eligibility by `buurtcode`) or staff entering a paper ballot. */
type Stemmer =
  { kanaal: StemKanaal.ONLINE; gebruiker: Gebruiker } | { kanaal: StemKanaal.PAPIER; stemcode: string; gebruiker: Gebruiker };

interface RondeRij {
  id: string;
  naam: string;
  budget: string;
  stemwijze: Stemwijze;
  min_projecten: number | null;
  max_projecten: number | null;
  punten_totaal: number | null;
  stemmen_vanaf: Date;
  stemmen_tot: Date;
  nog_niet: boolean;
  voorbij: boolean;
}

const datumTijd = (d: Date): string =>
  d.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });

@Injectable()
export class BegrotingService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BegrotingsrondeEntity) private readonly rondes: Repository<BegrotingsrondeEntity>,
    @InjectRepository(BegrotingsprojectEntity) private readonly projecten: Repository<BegrotingsprojectEntity>,
    @InjectRepository(BegrotingsuitslagEntity) private readonly uitslagen: Repository<BegrotingsuitslagEntity>,
    private readonly buurten: BuurtenService,
    private readonly initiatieven: InitiatievenService,
    private readonly nodes: NodeRegistry,
    private readonly persoonsgegevens: PersoonsgegevensRegister,
  ) {}

  onModuleInit(): void {
    // Export of this library's personal data (online ballots; privacy orchestrates).
    this.persoonsgegevens.registreer(begrotingPersoonsgegevens);
    // Rounds are public: name, budget, period, projects and (after closing) the result.
    this.nodes.registreer('Begrotingsronde', async (id) => {
      const r = await this.rondes.findOneBy({ id });
      return r ? toBegrotingsrondeModel(r) : null;
    });
  }

  // ---------------------------------------------------------------- rounds and projects (staff)

  async rondeAanmaken(input: BegrotingsrondeInput, gebruiker: Gebruiker) {
    const fouten: VeldFout[] = [];
    if (input.stemmenTot.getTime() <= input.stemmenVanaf.getTime()) {
      fouten.push({ veld: 'input.stemmenTot', melding: 'moet na het begin van de stemming liggen.' });
    }
    if (input.stemmenVanaf.getTime() <= klok.ms()) {
      fouten.push({
        veld: 'input.stemmenVanaf',
        melding: 'ligt in het verleden; projecten worden vóór de stemming toegevoegd, dus de stemming begint later.',
      });
    }
    const stemwijze = input.stemwijze ?? Stemwijze.APPROVAL;
    if (stemwijze === Stemwijze.PUNTEN && !input.puntenTotaal) {
      fouten.push({ veld: 'input.puntenTotaal', melding: 'is verplicht bij stemmen met punten.' });
    }
    if (stemwijze !== Stemwijze.PUNTEN && input.puntenTotaal) {
      fouten.push({ veld: 'input.puntenTotaal', melding: 'hoort alleen bij stemmen met punten (stemwijze PUNTEN).' });
    }
    const min = input.minProjecten ?? null;
    const max = input.maxProjecten ?? null;
    if (min !== null && max !== null && min > max) {
      fouten.push({ veld: 'input.minProjecten', melding: `is groter dan het maximum (${max}).` });
    }
    if (fouten.length > 0) {
      throw fout.ongeldigeInvoer(fouten);
    }
    const buurtIds = new Set(await this.buurten.bestaandeBuurtIds(input.buurtIds, 'input.buurtIds'));
    if (input.stadsdeelId) {
      const stadsdeelId = fromGlobalId(input.stadsdeelId, 'Stadsdeel', 'input.stadsdeelId');
      if ((await this.buurten.stadsdelenBijIds([stadsdeelId])).length === 0) {
        throw fout.veld('input.stadsdeelId', 'is geen bestaand stadsdeel.');
      }
      for (const b of await this.buurten.buurtenBijStadsdelen([stadsdeelId])) {
        buurtIds.add(b.id);
      }
    }
    if (buurtIds.size === 0) {
      throw fout.veld('input.buurtIds', 'kies minstens één buurt of een stadsdeel: alleen hun bewoners kunnen stemmen.');
    }
    const ronde = await this.rondes.save(
      this.rondes.create({
        naam: input.naam.trim(),
        budget: input.budget,
        stemmenVanaf: input.stemmenVanaf,
        stemmenTot: input.stemmenTot,
        regel: input.regel,
        stemwijze,
        minProjecten: min,
        maxProjecten: max,
        puntenTotaal: input.puntenTotaal ?? null,
        geimporteerd: false,
        buurten: [...buurtIds].map((id) => ({ id }) as BuurtEntity),
        aangemaaktDoor: gebruiker.sub,
      }),
    );
    return toBegrotingsrondeModel(ronde);
  }

  async projectToevoegen(input: BegrotingsprojectInput, gebruiker: Gebruiker) {
    const rondeId = fromGlobalId(input.rondeId, 'Begrotingsronde', 'input.rondeId');
    const initiatiefId = input.initiatiefId ? fromGlobalId(input.initiatiefId, 'Initiatief', 'input.initiatiefId') : null;
    if (initiatiefId) {
      const initiatief = (await this.initiatieven.initiatievenBijIds([initiatiefId]))[0];
      if (!initiatief) {
        throw fout.veld('input.initiatiefId', 'is geen bestaand initiatief.');
      }
      // Awb 2:4: putting an initiative to the residents' vote is handling it, as putting it to a
      // buurtpanel is; whoever has an interest in it steps aside (BELANGENCONFLICT).
      await this.initiatieven.geenBelangBijBehandeling(initiatief, gebruiker);
    }
    return this.dataSource.transaction(async (tx) => {
      // The round's row lock serialises additions, so the codes 0001, 0002, … have no gaps or doubles.
      const [r] = await tx.query<Array<{ budget: string; begonnen: boolean; stemmen_vanaf: Date }>>(
        `SELECT budget, (clock_timestamp() + make_interval(secs => $2 / 1000.0)) >= stemmen_vanaf AS begonnen, stemmen_vanaf
           FROM begrotingsronde WHERE id = $1 FOR UPDATE`,
        [rondeId, klok.verschilMs()],
      );
      if (!r) {
        throw fout.nietGevonden('De begrotingsronde');
      }
      if (r.begonnen) {
        throw new DomainError(
          FoutCode.CONFLICT,
          `De stemming is op ${datumTijd(r.stemmen_vanaf)} begonnen; daarna kunnen geen projecten meer worden toegevoegd, want iedereen moet over dezelfde projecten stemmen.`,
        );
      }
      if (input.kosten > Number(r.budget)) {
        throw fout.veld(
          'input.kosten',
          `is hoger dan het budget van de ronde (${euroCentenAlsTekst(Breuk.geheel(BigInt(r.budget)))}); zo'n project kan nooit worden gekozen.`,
        );
      }
      const [{ aantal }] = await tx.query<Array<{ aantal: number }>>(
        'SELECT count(*)::int AS aantal FROM begrotingsproject WHERE ronde_id = $1',
        [rondeId],
      );
      const project = await tx.save(
        tx.create(BegrotingsprojectEntity, {
          rondeId,
          code: String(aantal + 1).padStart(4, '0'),
          titel: input.titel.trim(),
          kosten: input.kosten,
          initiatiefId,
        }),
      );
      return toBegrotingsprojectModel(project);
    });
  }

  async rondesLijst() {
    const rows = await this.rondes.find({ order: { stemmenTot: 'DESC', id: 'ASC' } });
    return rows.map(toBegrotingsrondeModel);
  }

  // ---------------------------------------------------------------- voting

  /** A resident's ballot: a new one replaces the old one until voting closes (docs/domein.md, invariant 11). */
  async stemUitbrengen(rondeGlobalId: string, projectIds: string[], punten: number[] | null, gebruiker: Gebruiker) {
    const rondeId = fromGlobalId(rondeGlobalId, 'Begrotingsronde', 'rondeId');
    await this.stembiljetOpslaan(rondeId, projectIds, punten, { kanaal: StemKanaal.ONLINE, gebruiker });
    return this.rondeModel(rondeId);
  }

  /** Staff enter a paper ballot; its printed code makes sure it is counted once. */
  async papierenStembiljetInvoeren(
    rondeGlobalId: string,
    stemcode: string,
    projectIds: string[],
    punten: number[] | null,
    gebruiker: Gebruiker,
  ) {
    const rondeId = fromGlobalId(rondeGlobalId, 'Begrotingsronde', 'rondeId');
    const code = stemcode.trim();
    if (!/^[A-Za-z0-9-]{1,64}$/.test(code)) {
      throw fout.veld('stemcode', 'is de code van het stembiljet: 1 tot 64 letters, cijfers of streepjes.');
    }
    await this.stembiljetOpslaan(rondeId, projectIds, punten, { kanaal: StemKanaal.PAPIER, stemcode: code, gebruiker });
    return this.rondeModel(rondeId);
  }

  private async stembiljetOpslaan(rondeId: string, projectGlobalIds: string[], punten: number[] | null, stemmer: Stemmer) {
    if (projectGlobalIds.length > MAX_PROJECTEN_OP_STEMBILJET) {
      throw fout.veld('projectIds', `bevat meer dan ${MAX_PROJECTEN_OP_STEMBILJET} projecten.`);
    }
    const projectIds = projectGlobalIds.map((g, i) => fromGlobalId(g, 'Begrotingsproject', `projectIds[${i}]`));
    const dubbel = projectIds.findIndex((id, i) => projectIds.indexOf(id) !== i);
    if (dubbel >= 0) {
      throw fout.veld(`projectIds[${dubbel}]`, 'staat twee keer op het stembiljet; kies elk project één keer.');
    }
    await this.dataSource.transaction(async (tx) => {
      // FOR SHARE: ballots of one round go in parallel, but the result (FOR UPDATE) waits for them,
      // and the period is checked on the database clock inside the same transaction.
      const [r] = await tx.query<RondeRij[]>(
        `SELECT id, naam, budget, stemwijze, min_projecten, max_projecten, punten_totaal, stemmen_vanaf, stemmen_tot,
                (clock_timestamp() + make_interval(secs => $2 / 1000.0)) < stemmen_vanaf AS nog_niet, (clock_timestamp() + make_interval(secs => $2 / 1000.0)) >= stemmen_tot AS voorbij
           FROM begrotingsronde WHERE id = $1 FOR SHARE`,
        [rondeId, klok.verschilMs()],
      );
      if (!r) {
        throw fout.nietGevonden('De begrotingsronde');
      }
      if (r.nog_niet) {
        throw new DomainError(
          FoutCode.STEMMING_GESLOTEN,
          `De stemming voor "${r.naam}" begint pas op ${datumTijd(r.stemmen_vanaf)}.`,
        );
      }
      if (r.voorbij) {
        throw new DomainError(
          FoutCode.STEMMING_GESLOTEN,
          `De stemming voor "${r.naam}" is gesloten sinds ${datumTijd(r.stemmen_tot)}; uw stem kan niet meer worden meegeteld.`,
        );
      }
      if (stemmer.kanaal === StemKanaal.ONLINE) {
        await this.controleerStemgerechtigd(tx, r, stemmer.gebruiker);
      }
      const gevonden = projectIds.length
        ? await tx.find(BegrotingsprojectEntity, { where: { id: In(projectIds), rondeId } })
        : [];
      const perId = new Map(gevonden.map((p) => [p.id, p]));
      const vreemd = projectIds.findIndex((id) => !perId.has(id));
      if (vreemd >= 0) {
        throw fout.veld(
          `projectIds[${vreemd}]`,
          `hoort niet bij de begrotingsronde "${r.naam}"; kies alleen projecten uit deze ronde.`,
        );
      }
      const ronde = {
        stemwijze: r.stemwijze,
        budget: Number(r.budget),
        minProjecten: r.min_projecten,
        maxProjecten: r.max_projecten,
        puntenTotaal: r.punten_totaal,
      };
      if (r.stemwijze === Stemwijze.PUNTEN) {
        if (!punten || punten.length !== projectIds.length) {
          throw fout.veld('punten', 'geef voor elk gekozen project het aantal punten (evenveel getallen als projecten).');
        }
      } else if (punten && punten.length > 0) {
        throw fout.veld('punten', 'in deze ronde kiest u projecten zonder punten; laat punten leeg.');
      }
      const keuze = projectIds.map((id, i) => ({ id, kosten: perId.get(id)!.kosten, punten: punten ? punten[i] : 1 }));
      const fouten = controleerStembiljet(ronde, keuze);
      if (fouten.length > 0) {
        throw fout.ongeldigeInvoer(fouten);
      }
      const json = JSON.stringify(Object.fromEntries(keuze.map((k) => [k.id, k.punten])));
      if (stemmer.kanaal === StemKanaal.ONLINE) {
        // One ballot per resident per round: the unique key makes a new ballot replace the old one
        // atomically, also when the same resident votes twice at the same moment.
        await tx.query(
          `INSERT INTO begrotingsstembiljet (ronde_id, stemmer, kanaal, buurtcode, keuze)
           VALUES ($1, $2, 'ONLINE', $3, $4::jsonb)
           ON CONFLICT (ronde_id, stemmer) DO UPDATE
              SET keuze = excluded.keuze, buurtcode = excluded.buurtcode, gewijzigd_op = now()`,
          [rondeId, stemmerSleutel(rondeId, stemmer.gebruiker.sub), stemmer.gebruiker.buurtcode, json],
        );
      } else {
        const rows = await tx.query<unknown[]>(
          `INSERT INTO begrotingsstembiljet (ronde_id, stemmer, kanaal, buurtcode, keuze)
           VALUES ($1, $2, 'PAPIER', NULL, $3::jsonb)
           ON CONFLICT (ronde_id, stemmer) DO NOTHING RETURNING id`,
          [rondeId, `papier:${stemmer.stemcode}`, json],
        );
        if (rows.length === 0) {
          throw new DomainError(
            FoutCode.CONFLICT,
            `Het papieren stembiljet met code ${stemmer.stemcode} is al ingevoerd; elk stembiljet telt één keer.`,
          );
        }
      }
    });
  }

  /** Eligibility by the `buurtcode` claim: only residents of the round's buurten vote. */
  private async controleerStemgerechtigd(tx: EntityManager, r: RondeRij, gebruiker: Gebruiker): Promise<void> {
    const ids = await tx.query<Array<{ buurt_id: string }>>('SELECT buurt_id FROM begrotingsronde_buurt WHERE ronde_id = $1', [
      r.id,
    ]);
    const buurten = await this.buurten.buurtKenmerken(
      ids.map((b) => b.buurt_id),
      tx,
    );
    const namen = buurten.map((b) => b.naam).join(', ');
    if (!gebruiker.buurtcode) {
      throw fout.geenToegang(
        `U kunt niet stemmen in "${r.naam}": bij uw inlog is niet bekend in welke buurt u woont, en alleen bewoners van ${namen} mogen stemmen.`,
      );
    }
    if (!buurten.some((b) => b.code === gebruiker.buurtcode)) {
      throw fout.geenToegang(
        `U kunt niet stemmen in "${r.naam}": u woont volgens uw inlog in buurt ${gebruiker.buurtcode}, en deze ronde is alleen voor bewoners van ${namen}.`,
      );
    }
  }

  // ---------------------------------------------------------------- the result

  /**
   * Computes and stores the result once voting has closed, and returns it (null while voting is
   * open). The round's row lock makes concurrent first readers wait for one computation; later
   * calls read the stored result.
   */
  async uitslagVaststellen(rondeId: string): Promise<BegrotingsuitslagEntity | null> {
    return this.dataSource.transaction(async (tx) => {
      const [r] = await tx.query<Array<{ gesloten: boolean }>>(
        'SELECT (clock_timestamp() + make_interval(secs => $2 / 1000.0)) >= stemmen_tot AS gesloten FROM begrotingsronde WHERE id = $1 FOR UPDATE',
        [rondeId, klok.verschilMs()],
      );
      if (!r) {
        throw fout.nietGevonden('De begrotingsronde');
      }
      if (!r.gesloten) {
        return null;
      }
      const bestaand = await tx.findOneBy(BegrotingsuitslagEntity, { rondeId });
      if (bestaand) {
        return bestaand;
      }
      return this.berekenEnBewaar(tx, rondeId);
    });
  }

  private async berekenEnBewaar(tx: EntityManager, rondeId: string): Promise<BegrotingsuitslagEntity> {
    const ronde = await tx.findOneByOrFail(BegrotingsrondeEntity, { id: rondeId });
    const sleutel = regelSleutel(ronde.regel, ronde.stemwijze);
    const ophoging = add1OphogingVoor(ronde.budget);
    const invoer = await this.telInvoer(tx, ronde);
    const uitkomst = telVeilig(invoer, sleutel, ophoging);
    return tx.save(
      tx.create(BegrotingsuitslagEntity, {
        rondeId,
        regelSleutel: sleutel,
        regelVersie: TELLING_VERSIE,
        add1Ophoging: Number(ophoging),
        aantalStembiljetten: invoer.stembiljetten.length,
        telling: uitkomst.telling,
        geweigerd: uitkomst.geweigerd,
        berekendOp: klok.nu(),
      }),
    );
  }

  /** Counts the stored ballots again and says whether that gives exactly the stored result. */
  async hertel(rondeGlobalId: string): Promise<boolean> {
    const rondeId = fromGlobalId(rondeGlobalId, 'Begrotingsronde', 'rondeId');
    const opgeslagen = await this.uitslagVaststellen(rondeId);
    if (!opgeslagen) {
      throw new DomainError(FoutCode.CONFLICT, 'De stemming loopt nog; er is nog geen uitslag om na te tellen.');
    }
    const ronde = await this.rondes.findOneByOrFail({ id: rondeId });
    const invoer = await this.telInvoer(this.dataSource.manager, ronde);
    const opnieuw = telVeilig(invoer, opgeslagen.regelSleutel, BigInt(opgeslagen.add1Ophoging));
    return isDeepStrictEqual(opnieuw.telling, opgeslagen.telling) && opnieuw.geweigerd === opgeslagen.geweigerd;
  }

  /** The round as the engine counts it: project codes as ids, ballots in a fixed order. */
  private async telInvoer(tx: EntityManager, ronde: BegrotingsrondeEntity): Promise<TelInvoer> {
    const projecten = await tx.find(BegrotingsprojectEntity, { where: { rondeId: ronde.id }, order: { code: 'ASC' } });
    const code = new Map(projecten.map((p) => [p.id, p.code]));
    const stembiljetten = await tx.find(BegrotingsstembiljetEntity, {
      where: { rondeId: ronde.id },
      select: { stemmer: true, keuze: true },
      order: { stemmer: 'ASC' },
    });
    return {
      budget: BigInt(ronde.budget),
      projecten: projecten.map((p) => ({ id: p.code, kosten: BigInt(p.kosten) })),
      stembiljetten: stembiljetten.map((s): TelStembiljet => {
        const paren = Object.entries(s.keuze).map(([id, p]): [string, number] => [code.get(id)!, p]);
        return ronde.stemwijze === Stemwijze.PUNTEN
          ? { stemmerId: s.stemmer, punten: new Map(paren.map(([c, p]) => [c, BigInt(p)])) }
          : { stemmerId: s.stemmer, projectIds: paren.map(([c]) => c) };
      }),
    };
  }

  // ---------------------------------------------------------------- reading (batched for DataLoaders)

  async rondeModel(rondeId: string) {
    return toBegrotingsrondeModel(await this.rondes.findOneByOrFail({ id: rondeId }));
  }

  async rondesBijIds(ids: readonly string[]) {
    return this.rondes.findBy({ id: In([...ids]) });
  }

  async projectenBijRondes(ids: readonly string[]) {
    return this.projecten.find({ where: { rondeId: In([...ids]) }, order: { code: 'ASC' } });
  }

  async buurtIdsBijRondes(ids: readonly string[]): Promise<Array<{ rondeId: string; buurtId: string }>> {
    const rows = await this.dataSource.query<Array<{ ronde_id: string; buurt_id: string }>>(
      'SELECT ronde_id, buurt_id FROM begrotingsronde_buurt WHERE ronde_id = ANY($1::uuid[])',
      [ids],
    );
    return rows.map((r) => ({ rondeId: r.ronde_id, buurtId: r.buurt_id }));
  }

  /** Online and paper ballots (and imported ones) per round: participation, never who. */
  async aantalStemmersBijRondes(ids: readonly string[]): Promise<Array<{ rondeId: string; aantal: number; papier: number }>> {
    const rows = await this.dataSource.query<Array<{ ronde_id: string; aantal: number; papier: number }>>(
      `SELECT ronde_id, count(*)::int AS aantal, (count(*) FILTER (WHERE kanaal = 'PAPIER'))::int AS papier
         FROM begrotingsstembiljet WHERE ronde_id = ANY($1::uuid[]) GROUP BY ronde_id`,
      [ids],
    );
    return rows.map((r) => ({ rondeId: r.ronde_id, aantal: r.aantal, papier: r.papier }));
  }

  /** Ballots per project (a points ballot counts once per project it gives points to). */
  async stemmenBijRondes(ids: readonly string[]): Promise<Array<{ rondeId: string; projectId: string; aantal: number }>> {
    const rows = await this.dataSource.query<Array<{ ronde_id: string; project_id: string; aantal: number }>>(
      `SELECT s.ronde_id, k.project_id, count(*)::int AS aantal
         FROM begrotingsstembiljet s CROSS JOIN LATERAL jsonb_object_keys(s.keuze) AS k(project_id)
        WHERE s.ronde_id = ANY($1::uuid[]) GROUP BY s.ronde_id, k.project_id`,
      [ids],
    );
    return rows.map((r) => ({ rondeId: r.ronde_id, projectId: r.project_id, aantal: r.aantal }));
  }

  /** Stored results; closed rounds without one get it computed now (once, see uitslagVaststellen). */
  async uitslagenBijRondes(ids: readonly string[]): Promise<BegrotingsuitslagEntity[]> {
    const bestaand = await this.uitslagen.findBy({ rondeId: In([...ids]) });
    const heeft = new Set(bestaand.map((u) => u.rondeId));
    const rondes = await this.rondes.find({ select: { id: true, stemmenTot: true }, where: { id: In([...ids]) } });
    for (const r of rondes) {
      if (!heeft.has(r.id) && r.stemmenTot.getTime() <= klok.ms()) {
        const u = await this.uitslagVaststellen(r.id);
        if (u) {
          bestaand.push(u);
        }
      }
    }
    return bestaand;
  }

  async initiatievenBijIds(ids: readonly string[]) {
    return this.initiatieven.initiatievenBijIds(ids);
  }

  async initiatiefZichtbaar(...args: Parameters<InitiatievenService['initiatief']>) {
    return this.initiatieven.initiatief(...args);
  }

  /** The rounds (of these) in which the caller has a ballot: only ever about themselves. */
  async gestemdIn(ids: readonly string[], gebruiker: Gebruiker): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ ronde_id: string }>>(
      `SELECT s.ronde_id FROM begrotingsstembiljet s
         JOIN unnest($1::uuid[], $2::text[]) AS t(ronde_id, stemmer) ON t.ronde_id = s.ronde_id AND t.stemmer = s.stemmer`,
      [ids, ids.map((id) => stemmerSleutel(id, gebruiker.sub))],
    );
    return rows.map((r) => r.ronde_id);
  }

  /** Equal Shares: what the signed-in voter paid per project (from the stored result). */
  mijnBijdrage(
    rondeId: string,
    uitslag: BegrotingsuitslagEntity | null,
    projecten: readonly BegrotingsprojectModel[],
    gebruiker: Gebruiker,
  ): BijdrageModel | null {
    const sleutel = stemmerSleutel(rondeId, gebruiker.sub);
    const betaling = uitslag?.telling?.betalingen.find((b) => b.stemmerId === sleutel);
    if (!betaling) {
      return null;
    }
    const perCode = new Map(projecten.map((p) => [p.code, p]));
    const tekst = (b: string): string => euroCentenAlsTekst(Breuk.vanTekst(b));
    return {
      budget: tekst(betaling.budget),
      totaal: tekst(betaling.totaal),
      perProject: betaling.perProject.flatMap((p) => {
        const project = perCode.get(p.projectId);
        return project ? [{ project, bedrag: tekst(p.bedrag) }] : [];
      }),
    };
  }

  // ---------------------------------------------------------------- pabulib .pb

  /** Staff: the closed round as a .pb file, ballots anonymised (numbered 1…n after sorting). */
  async pbExport(rondeId: string, gebruiker: Gebruiker | null): Promise<string | null> {
    if (!heeftRol(gebruiker, ...BEHEER_ROLLEN)) {
      throw fout.geenToegang('Alleen beleidsmedewerkers en beheerders kunnen de stembiljetten (geanonimiseerd) exporteren.');
    }
    const ronde = await this.rondes.findOneByOrFail({ id: rondeId });
    if (ronde.stemmenTot.getTime() > klok.ms()) {
      return null; // no interim tallies while voting is open
    }
    const invoer = await this.telInvoer(this.dataSource.manager, ronde);
    const projecten = await this.projecten.findBy({ rondeId });
    const meta: Record<string, string> = {
      description: ronde.naam,
      instance: ronde.naam,
      currency: 'EUR',
      rule: ronde.regel === Stemregel.GREEDY ? 'greedy' : 'equalshares',
      date_begin: ronde.stemmenVanaf.toISOString(),
      date_end: ronde.stemmenTot.toISOString(),
    };
    if (ronde.minProjecten !== null) {
      meta.min_length = String(ronde.minProjecten);
    }
    if (ronde.maxProjecten !== null) {
      meta.max_length = String(ronde.maxProjecten);
    }
    if (ronde.stemwijze === Stemwijze.KNAPSACK) {
      meta.max_sum_cost = Breuk.geheel(BigInt(ronde.budget)).gedeeldDoor(100n).toString();
    }
    if (ronde.puntenTotaal !== null) {
      meta.max_sum_points = String(ronde.puntenTotaal);
    }
    return schrijfPb(invoer, {
      meta,
      projectNamen: new Map(projecten.map((p) => [p.code, p.titel])),
      anonimiseer: true,
      bedragDeler: 100n,
    });
  }

  /** Staff: a closed round from a .pb file (amounts in euros), counted at once, for re-counting public rounds. */
  async importeren(pbTekst: string, naam: string | null, regel: Stemregel | null, gebruiker: Gebruiker) {
    if (pbTekst.length > MAX_PB_LENGTE) {
      throw fout.veld('pb', `is groter dan ${MAX_PB_LENGTE} tekens.`);
    }
    let pb: PbBestand;
    try {
      pb = leesPb(pbTekst);
    } catch (e) {
      if (e instanceof PbFormaatError) {
        throw fout.veld('pb', `is geen geldig pabulib-bestand: ${e.message}`);
      }
      throw e;
    }
    const centen = (b: Breuk, wat: string): number => {
      const c = b.maal(100n);
      if (!c.isGeheel() || c.isNegatief() || c.teller > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw fout.veld('pb', `${wat} (${b.toString()}) is geen bedrag in hele eurocenten.`);
      }
      return Number(c.teller);
    };
    const budget = centen(pb.budget, 'het budget');
    const punten = pb.stemType === 'cumulative';
    const projectCodes = new Set(pb.projecten.map((p) => p.id));
    const stemmers = new Set<string>();
    const stemmen = pb.stemmen.map((s) => {
      if (stemmers.has(s.stemmerId)) {
        throw fout.veld('pb', `kiezer ${s.stemmerId} staat twee keer in VOTES.`);
      }
      stemmers.add(s.stemmerId);
      const keuze: Array<[string, number]> = [];
      s.projectIds.forEach((code, i) => {
        if (!projectCodes.has(code)) {
          throw fout.veld('pb', `de stem van ${s.stemmerId} noemt project ${code}, dat niet in PROJECTS staat.`);
        }
        const p = s.punten ? s.punten[i] : Breuk.EEN;
        if (!p.isGeheel() || p.isNegatief()) {
          throw fout.veld(
            'pb',
            `de stem van ${s.stemmerId} geeft ${p.toString()} punten; alleen hele punten worden ondersteund.`,
          );
        }
        if (!p.isNul()) {
          keuze.push([code, Number(p.teller)]);
        }
      });
      return { stemmer: `import:${s.stemmerId}`, keuze };
    });
    const metaRegel = (pb.meta.get('rule') ?? '').toLowerCase();
    const getal = (sleutel: string): number | null => {
      const w = Number(pb.meta.get(sleutel));
      return pb.meta.has(sleutel) && Number.isSafeInteger(w) && w >= 0 ? w : null;
    };
    const nu = klok.ms();
    return this.dataSource.transaction(async (tx) => {
      const ronde = await tx.save(
        tx.create(BegrotingsrondeEntity, {
          naam: (naam?.trim() || pb.meta.get('description') || pb.meta.get('instance') || 'Geïmporteerde ronde').slice(0, 200),
          budget,
          // Closed from the start: the period is the moment of import.
          stemmenVanaf: new Date(nu - 1),
          stemmenTot: new Date(nu),
          regel: regel ?? (metaRegel.startsWith('greedy') ? Stemregel.GREEDY : Stemregel.EQUAL_SHARES),
          stemwijze: punten ? Stemwijze.PUNTEN : pb.meta.has('max_sum_cost') ? Stemwijze.KNAPSACK : Stemwijze.APPROVAL,
          minProjecten: getal('min_length'),
          maxProjecten: getal('max_length'),
          puntenTotaal: punten ? (getal('max_sum_points') ?? null) : null,
          geimporteerd: true,
          buurten: [],
          aangemaaktDoor: gebruiker.sub,
        }),
      );
      const projecten = await tx.save(
        pb.projecten.map((p) =>
          tx.create(BegrotingsprojectEntity, {
            rondeId: ronde.id,
            code: p.id,
            titel: (p.velden.get('name') || p.velden.get('title') || `Project ${p.id}`).slice(0, 200),
            kosten: centen(p.kosten, `de kosten van project ${p.id}`),
            initiatiefId: null,
          }),
        ),
        { chunk: 500 },
      );
      const uuid = new Map(projecten.map((p) => [p.code, p.id]));
      for (let i = 0; i < stemmen.length; i += 5000) {
        const deel = stemmen.slice(i, i + 5000);
        await tx.query(
          `INSERT INTO begrotingsstembiljet (ronde_id, stemmer, kanaal, keuze)
           SELECT $1, s, 'IMPORT', k FROM unnest($2::text[], $3::jsonb[]) AS t(s, k)`,
          [
            ronde.id,
            deel.map((s) => s.stemmer),
            deel.map((s) => JSON.stringify(Object.fromEntries(s.keuze.map(([code, p]) => [uuid.get(code)!, p])))),
          ],
        );
      }
      await this.berekenEnBewaar(tx, ronde.id);
      return toBegrotingsrondeModel(ronde);
    });
  }
}

/** Counts; a round too heavy to count exactly is stored as refused, with the reason in Dutch. */
function telVeilig(
  invoer: TelInvoer,
  sleutel: string,
  ophoging: bigint,
): { telling: GeserialiseerdeTelling | null; geweigerd: string | null } {
  try {
    return {
      telling: serialiseerTelling(tel(invoer, sleutel, { add1Ophoging: ophoging, bedragAlsTekst: euroCentenAlsTekst })),
      geweigerd: null,
    };
  } catch (e) {
    if (e instanceof TellingTeZwaarError) {
      return {
        telling: null,
        geweigerd: `De uitslag kon niet automatisch worden berekend: de rekenmethode zou te lang duren. ${e.message} Een beleidsmedewerker telt deze ronde na.`,
      };
    }
    throw e;
  }
}
