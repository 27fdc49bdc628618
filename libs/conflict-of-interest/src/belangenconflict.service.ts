import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import {
  amsterdamseDatum,
  DomainError,
  fout,
  FoutCode,
  fromGlobalId,
  type Gebruiker,
  isGeldigeDatum,
  NodeRegistry,
  PersoonsgegevensRegister,
  klok,
} from '@buurtwerk/core';
import { belangenconflictPersoonsgegevens } from './belangenconflict.persoonsgegevens';
import { PartnersService } from '@buurtwerk/partners';
import { AmbtsdragerEntity, BelangVerklaringEntity, NevenfunctieEntity } from './belangenconflict.entity';
import {
  BelangenconflictModel,
  conflictNaarModel,
  toAmbtsdragerModel,
  toNevenfunctieModel,
  verklaringNaarModel,
} from './belangenconflict.model';
import {
  bouwConflictlijst,
  conflictenVanAnderen,
  conflictenVanGebruiker,
  isGeldigeEinddatum,
  type NevenfunctieFeit,
  verschoningsmelding,
} from './belangenconflict.rules';
import type {
  AmbtsdragerInput,
  BelangVerklarenArgs,
  NevenfunctieBeeindigenArgs,
  NevenfunctieCorrigerenInput,
  NevenfunctieInput,
  NevenfunctieregisterArgs,
} from './dto/belangenconflict.input';

/** What an initiative is, as far as conflicts of interest go. All ids are database uuids. */
export interface ConflictVraag {
  initiatiefId: string;
  /** The applying organisation, or null when a resident applies. */
  organisatieId: string | null;
  /** `sub` of who submitted the initiative. */
  indienerSub: string;
  /** Name of the submitter, shown as `persoon`; without it "De indiener van het initiatief". */
  indienerNaam?: string | null;
  /** Calendar date (YYYY-MM-DD) on which positions must be active; default today in Amsterdam. */
  peildatum?: string;
}

type AuditActie =
  | 'AMBTSDRAGER_GEREGISTREERD'
  | 'NEVENFUNCTIE_GEMELD'
  | 'NEVENFUNCTIE_BEEINDIGD'
  | 'NEVENFUNCTIE_GECORRIGEERD'
  | 'BELANG_VERKLAARD'
  | 'BELANGVERKLARING_GEWIJZIGD';

/**
 * Port to the initiatives library, which sits above this one: it registers itself at start-up
 * (InitiatievenService.onModuleInit), so this library asks about initiatives without naming
 * their tables. Until it has registered, no initiative exists here.
 */
export interface InitiatievenPoort {
  /** Whether the initiative exists. */
  bestaat(initiatiefId: string): Promise<boolean>;
  /** Whether this user (`sub`) sits on a buurtpanel the initiative was put to. */
  isPanellidVoor(initiatiefId: string, gebruikerSub: string): Promise<boolean>;
}

@Injectable()
export class BelangenconflictService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(AmbtsdragerEntity) private readonly ambtsdragersRepo: Repository<AmbtsdragerEntity>,
    @InjectRepository(NevenfunctieEntity) private readonly nevenfuncties: Repository<NevenfunctieEntity>,
    @InjectRepository(BelangVerklaringEntity) private readonly verklaringen: Repository<BelangVerklaringEntity>,
    private readonly partners: PartnersService,
    private readonly nodes: NodeRegistry,
    private readonly persoonsgegevens: PersoonsgegevensRegister,
  ) {}

  onModuleInit(): void {
    // Export and pseudonymisation of residents' declarations (privacy orchestrates).
    this.persoonsgegevens.registreer(belangenconflictPersoonsgegevens);
    // The register is public (Gemeentewet art. 12, 41b): no access rule beyond existence.
    this.nodes.registreer('Ambtsdrager', async (id) => {
      const a = await this.ambtsdragersRepo.findOneBy({ id });
      return a ? toAmbtsdragerModel(a) : null;
    });
    this.nodes.registreer('Nevenfunctie', async (id) => {
      const n = await this.nevenfuncties.findOneBy({ id });
      return n ? toNevenfunctieModel(n) : null;
    });
  }

  // ---------------------------------------------------------------- conflicts (used by initiatives)

  /**
   * Everyone who must step aside on this initiative (docs/domein.md, invariant 7), matched by identity links only.
   * The list never influences the assessment, a ranking, the ceiling or the outcome.
   */
  async conflictenVoor(vraag: ConflictVraag): Promise<BelangenconflictModel[]> {
    return (await this.conflicten(vraag)).map(conflictNaarModel);
  }

  /**
   * Refuses with BELANGENCONFLICT when `gebruikerSub` (who is about to act on the initiative:
   * handle, vote, decide, settle) has a conflict; otherwise returns everyone else's conflicts, to
   * record as verschoningen. Initiatives call it through InitiatievenService.geenBelangBijBehandeling.
   */
  async controleerGeenConflict(vraag: ConflictVraag & { gebruikerSub: string }): Promise<BelangenconflictModel[]> {
    const conflicten = await this.conflicten(vraag);
    const eigen = conflictenVanGebruiker(conflicten, vraag.gebruikerSub);
    if (eigen.length > 0) {
      throw new DomainError(FoutCode.BELANGENCONFLICT, verschoningsmelding(eigen));
    }
    return conflictenVanAnderen(conflicten, vraag.gebruikerSub).map(conflictNaarModel);
  }

  private async conflicten(vraag: ConflictVraag) {
    const peildatum = vraag.peildatum ?? amsterdamseDatum(klok.nu());
    const [organisatie, nevenfuncties, bestuursfuncties, verklaringen] = await Promise.all([
      vraag.organisatieId ? this.partners.organisatiesBijIds([vraag.organisatieId]).then((r) => r[0] ?? null) : null,
      vraag.organisatieId ? this.nevenfunctieFeitenBijOrganisatie(vraag.organisatieId) : [],
      vraag.organisatieId ? this.partners.bestuursfunctiesBijOrganisaties([vraag.organisatieId]) : [],
      this.verklaringen.find({ where: { initiatiefId: vraag.initiatiefId }, order: { aangemaaktOp: 'ASC', id: 'ASC' } }),
    ]);
    return bouwConflictlijst(
      {
        initiatiefId: vraag.initiatiefId,
        organisatieId: vraag.organisatieId,
        organisatieNaam: organisatie?.naam ?? null,
        indienerSub: vraag.indienerSub,
        indienerNaam: vraag.indienerNaam ?? null,
      },
      { nevenfuncties, bestuursfuncties, verklaringen },
      peildatum,
    );
  }

  private async nevenfunctieFeitenBijOrganisatie(organisatieId: string): Promise<NevenfunctieFeit[]> {
    const rows = await this.nevenfuncties.find({ where: { organisatieId }, relations: { ambtsdrager: true } });
    return rows.map((n) => ({
      nevenfunctieId: n.id,
      ambtsdragerId: n.ambtsdragerId,
      ambtsdragerNaam: n.ambtsdrager!.naam,
      gebruikerId: n.ambtsdrager!.gebruikerId,
      organisatieId: n.organisatieId,
      organisatieNaam: n.organisatieNaam,
      functie: n.functie,
      vanaf: n.vanaf,
      tot: n.tot,
    }));
  }

  // ---------------------------------------------------------------- the register

  async ambtsdragerRegistreren(input: AmbtsdragerInput, gebruiker: Gebruiker) {
    controleerPeriode(input.vanaf, input.tot ?? null, 'input');
    return this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(
        tx.create(AmbtsdragerEntity, {
          naam: input.naam.trim(),
          functie: input.functie,
          partij: input.partij?.trim() || null,
          vanaf: input.vanaf,
          tot: input.tot ?? null,
          gebruikerId: input.gebruikerId ?? null,
        }),
      );
      await audit(tx, gebruiker, 'AMBTSDRAGER_GEREGISTREERD', 'Ambtsdrager', saved.id, {
        naam: saved.naam,
        functie: saved.functie,
        partij: saved.partij,
        vanaf: saved.vanaf,
        tot: saved.tot,
        gekoppeld: saved.gebruikerId !== null,
      });
      return toAmbtsdragerModel(saved);
    });
  }

  async nevenfunctieMelden(input: NevenfunctieInput, gebruiker: Gebruiker) {
    const ambtsdragerId = fromGlobalId(input.ambtsdragerId, 'Ambtsdrager', 'input.ambtsdragerId');
    const organisatieId = input.organisatieId ? fromGlobalId(input.organisatieId, 'Organisatie', 'input.organisatieId') : null;
    controleerPeriode(input.vanaf, input.tot ?? null, 'input');
    return this.dataSource.transaction(async (tx) => {
      if (!(await tx.existsBy(AmbtsdragerEntity, { id: ambtsdragerId }))) {
        throw fout.veld('input.ambtsdragerId', 'is geen bestaande ambtsdrager.');
      }
      if (organisatieId && (await this.partners.organisatiesBijIds([organisatieId])).length === 0) {
        throw fout.veld('input.organisatieId', 'is geen bestaande organisatie; laat het leeg en vul alleen de naam in.');
      }
      const saved = await tx.save(
        tx.create(NevenfunctieEntity, {
          ambtsdragerId,
          organisatieId,
          organisatieNaam: input.organisatieNaam.trim(),
          functie: input.functie.trim(),
          bezoldigd: input.bezoldigd,
          vanaf: input.vanaf,
          tot: input.tot ?? null,
        }),
      );
      await audit(tx, gebruiker, 'NEVENFUNCTIE_GEMELD', 'Nevenfunctie', saved.id, {
        ambtsdragerId,
        organisatieId,
        organisatieNaam: saved.organisatieNaam,
        functie: saved.functie,
        bezoldigd: saved.bezoldigd,
        vanaf: saved.vanaf,
        tot: saved.tot,
      });
      return toNevenfunctieModel(saved);
    });
  }

  /** Ends a side position: it gets a `tot` date and stays in the register (never deleted). */
  async nevenfunctieBeeindigen(args: NevenfunctieBeeindigenArgs, gebruiker: Gebruiker) {
    const id = fromGlobalId(args.id, 'Nevenfunctie', 'id');
    if (!isGeldigeDatum(args.tot)) {
      throw fout.veld('tot', 'is geen geldige datum.');
    }
    return this.dataSource.transaction(async (tx) => {
      const n = await tx.findOne(NevenfunctieEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!n) {
        throw fout.nietGevonden('De nevenfunctie');
      }
      if (!isGeldigeEinddatum(n.vanaf, args.tot)) {
        throw fout.veld('tot', `ligt voor de begindatum van de nevenfunctie (${n.vanaf}); kies een datum op of na ${n.vanaf}.`);
      }
      if (n.tot === args.tot) {
        return toNevenfunctieModel(n);
      }
      const vorigeTot = n.tot;
      n.tot = args.tot;
      const saved = await tx.save(n);
      await audit(tx, gebruiker, 'NEVENFUNCTIE_BEEINDIGD', 'Nevenfunctie', n.id, { tot: args.tot, vorigeTot });
      return toNevenfunctieModel(saved);
    });
  }

  /**
   * Corrects a registered side position (a wrong function, organisation, payment or start date,
   * or an end date set by mistake). The register shows the corrected state; the register audit
   * keeps what it was before and after (docs/domein.md, invariants 7 and 12).
   */
  async nevenfunctieCorrigeren(globalId: string, input: NevenfunctieCorrigerenInput, gebruiker: Gebruiker) {
    const id = fromGlobalId(globalId, 'Nevenfunctie', 'id');
    const organisatieId =
      input.organisatieId === undefined
        ? undefined
        : input.organisatieId === null
          ? null
          : fromGlobalId(input.organisatieId, 'Organisatie', 'input.organisatieId');
    if (input.vanaf !== undefined && input.vanaf !== null && !isGeldigeDatum(input.vanaf)) {
      throw fout.veld('input.vanaf', 'is geen geldige datum.');
    }
    if (input.tot !== undefined && input.tot !== null && !isGeldigeDatum(input.tot)) {
      throw fout.veld('input.tot', 'is geen geldige datum.');
    }
    if (organisatieId && (await this.partners.organisatiesBijIds([organisatieId])).length === 0) {
      throw fout.veld('input.organisatieId', 'is geen bestaande organisatie; laat het leeg en vul alleen de naam in.');
    }
    return this.dataSource.transaction(async (tx) => {
      const n = await tx.findOne(NevenfunctieEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!n) {
        throw fout.nietGevonden('De nevenfunctie');
      }
      const na = {
        functie: input.functie?.trim() ?? n.functie,
        organisatieId: organisatieId === undefined ? n.organisatieId : organisatieId,
        organisatieNaam: input.organisatieNaam?.trim() ?? n.organisatieNaam,
        bezoldigd: input.bezoldigd ?? n.bezoldigd,
        vanaf: input.vanaf ?? n.vanaf,
        tot: input.tot === undefined ? n.tot : input.tot,
      };
      if (na.tot !== null && !isGeldigeEinddatum(na.vanaf, na.tot)) {
        throw input.tot === undefined || input.tot === null
          ? fout.veld('input.vanaf', `ligt na de einddatum van de nevenfunctie (${na.tot}); kies een datum op of voor ${na.tot}.`)
          : fout.veld('input.tot', `moet een datum op of na de begindatum (${na.vanaf}) zijn.`);
      }
      const voor: Record<string, unknown> = {};
      const gewijzigd: Record<string, unknown> = {};
      for (const k of Object.keys(na) as Array<keyof typeof na>) {
        if (na[k] !== n[k]) {
          voor[k] = n[k];
          gewijzigd[k] = na[k];
        }
      }
      if (Object.keys(gewijzigd).length === 0) {
        return toNevenfunctieModel(n);
      }
      Object.assign(n, na);
      const saved = await tx.save(n);
      await audit(tx, gebruiker, 'NEVENFUNCTIE_GECORRIGEERD', 'Nevenfunctie', n.id, { voor, na: gewijzigd });
      return toNevenfunctieModel(saved);
    });
  }

  async ambtsdragers() {
    const rows = await this.ambtsdragersRepo.find({ order: { naam: 'ASC', vanaf: 'ASC', id: 'ASC' } });
    return rows.map(toAmbtsdragerModel);
  }

  /** The public register: active on `peildatum` when given, else everything including ended positions. */
  async nevenfunctieregister(args: NevenfunctieregisterArgs) {
    const qb = this.nevenfuncties.createQueryBuilder('n').innerJoin(AmbtsdragerEntity, 'a', 'a.id = n.ambtsdrager_id');
    if (args.ambtsdragerId) {
      qb.andWhere('n.ambtsdrager_id = :ambtsdragerId', {
        ambtsdragerId: fromGlobalId(args.ambtsdragerId, 'Ambtsdrager', 'ambtsdragerId'),
      });
    }
    if (args.organisatieId) {
      qb.andWhere('n.organisatie_id = :organisatieId', {
        organisatieId: fromGlobalId(args.organisatieId, 'Organisatie', 'organisatieId'),
      });
    }
    if (args.peildatum) {
      qb.andWhere('n.vanaf <= :peildatum AND (n.tot IS NULL OR n.tot >= :peildatum)', { peildatum: args.peildatum });
    }
    const rows = await qb.orderBy('a.naam', 'ASC').addOrderBy('n.vanaf', 'ASC').addOrderBy('n.id', 'ASC').getMany();
    return rows.map(toNevenfunctieModel);
  }

  // ---------------------------------------------------------------- declarations

  /** Any signed-in user declares an interest; once per (initiative, user), a new text replaces the old. */
  async belangVerklaren(args: BelangVerklarenArgs, gebruiker: Gebruiker) {
    const initiatiefId = fromGlobalId(args.initiatiefId, 'Initiatief', 'initiatiefId');
    // An initiative the caller may not see is refused exactly like one that does not exist:
    // otherwise this mutation tells whether an id exists, and a stranger's text lands in the
    // staff's conflict list.
    if (!(await this.initiatiefZichtbaarVoor(args.initiatiefId, initiatiefId, gebruiker))) {
      throw fout.nietGevonden('Het initiatief');
    }
    const toelichting = args.toelichting.trim();
    return this.dataSource.transaction(async (tx) => {
      const rows: Array<{ id: string; nieuw: boolean }> = await tx.query(
        `INSERT INTO belang_verklaring (initiatief_id, gebruiker_id, persoon, toelichting)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (initiatief_id, gebruiker_id) DO UPDATE
            SET toelichting = excluded.toelichting, persoon = excluded.persoon, gewijzigd_op = now()
          WHERE belang_verklaring.toelichting IS DISTINCT FROM excluded.toelichting
         RETURNING id, (xmax = 0) AS nieuw`,
        [initiatiefId, gebruiker.sub, gebruiker.naam, toelichting],
      );
      const v = await tx.findOneByOrFail(BelangVerklaringEntity, { initiatiefId, gebruikerId: gebruiker.sub });
      if (rows.length > 0) {
        await audit(tx, gebruiker, rows[0].nieuw ? 'BELANG_VERKLAARD' : 'BELANGVERKLARING_GEWIJZIGD', 'BelangVerklaring', v.id, {
          initiatiefId,
          toelichting,
        });
      }
      return verklaringNaarModel(v);
    });
  }

  /**
   * Whether the caller may see the initiative: by the initiatives module's own rule (its node
   * loader: the initiator, staff once submitted, anyone once public), or as a member of a
   * buurtpanel it was put to (they see it through the vote).
   */
  private async initiatiefZichtbaarVoor(globalId: string, initiatiefId: string, gebruiker: Gebruiker): Promise<boolean> {
    if (!(await this.initiatiefBestaat(initiatiefId))) {
      return false;
    }
    if ((await this.nodes.laad(globalId, gebruiker)) !== null) {
      return true;
    }
    return (await this.initiatievenPoort?.isPanellidVoor(initiatiefId, gebruiker.sub)) ?? false;
  }

  /** The initiatives library owns initiatives; before it has registered, nothing can be found. */
  async initiatiefBestaat(initiatiefId: string): Promise<boolean> {
    return (await this.initiatievenPoort?.bestaat(initiatiefId)) ?? false;
  }

  private initiatievenPoort: InitiatievenPoort | null = null;

  /** The initiatives on which this user (`sub`) declared an interest (in the caller's transaction). */
  async verklaardeInitiatiefIds(tx: EntityManager, sub: string): Promise<string[]> {
    const rijen = await tx.query<Array<{ initiatief_id: string }>>(
      'SELECT initiatief_id FROM belang_verklaring WHERE gebruiker_id = $1',
      [sub],
    );
    return rijen.map((r) => r.initiatief_id);
  }

  /** Called once by the initiatives library at start-up (see InitiatievenPoort). */
  registreerInitiatieven(poort: InitiatievenPoort): void {
    this.initiatievenPoort = poort;
  }

  // ---------------------------------------------------------------- batch loads for DataLoaders

  async ambtsdragersBijIds(ids: readonly string[]) {
    return this.ambtsdragersRepo.findBy({ id: In([...ids]) });
  }

  async nevenfunctiesBijAmbtsdragers(ids: readonly string[]) {
    return this.nevenfuncties.find({
      where: { ambtsdragerId: In([...ids]) },
      order: { vanaf: 'ASC', id: 'ASC' },
    });
  }
}

function controleerPeriode(vanaf: string, tot: string | null, pad: string): void {
  if (!isGeldigeDatum(vanaf)) {
    throw fout.veld(`${pad}.vanaf`, 'is geen geldige datum.');
  }
  if (tot !== null && (!isGeldigeDatum(tot) || !isGeldigeEinddatum(vanaf, tot))) {
    throw fout.veld(`${pad}.tot`, `moet een datum op of na de begindatum (${vanaf}) zijn.`);
  }
}

/** docs/domein.md, invariant 12: every change to the register and every declaration leaves an append-only record. */
async function audit(
  tx: EntityManager,
  gebruiker: Gebruiker,
  actie: AuditActie,
  entiteit: string,
  entiteitId: string,
  details: Record<string, unknown>,
): Promise<void> {
  await tx.query('INSERT INTO register_audit (door, actie, entiteit, entiteit_id, details) VALUES ($1, $2, $3, $4, $5::jsonb)', [
    gebruiker.sub,
    actie,
    entiteit,
    entiteitId,
    JSON.stringify(details),
  ]);
}
