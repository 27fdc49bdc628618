import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository, type SelectQueryBuilder } from 'typeorm';
import {
  centenTransformer,
  fromGlobalId,
  type Gebruiker,
  isMedewerker,
  leesQuery,
  NodeRegistry,
  pagineer,
  pagineerPerOuder,
  PersoonsgegevensRegister,
  type Sorteersleutel,
} from '@buurtwerk/core';
import { type BelangenconflictModel, BelangenconflictService } from '@buurtwerk/conflict-of-interest';
import { OrganisatieVerwijzingen } from '@buurtwerk/partners';
import { initiatievenPersoonsgegevens } from './initiatief.persoonsgegevens';
import type { BuurtInitiatievenArgs, InitiatievenArgs } from './dto/initiatief.input';
import { InitiatiefEntity, InitiatiefStatus, OndersteuningsaanvraagEntity, StatusWijzigingEntity } from './initiatief.entity';
import { toInitiatiefModel } from './initiatief.model';
import { PUBLIEKE_STATUSSEN } from './initiatief.rules';
import { type Belanghebbenden, conflictVraag, zichtVoor } from './dossier.rules';
import { AANVRAAGBESLUITEN } from './besluit.rules';
import { BesluitSoort } from './besluit.entity';

/**
 * Initiatives as the rest of the system reads them: the work queue and public lists, the node,
 * batch loads for DataLoaders and other libraries, and the conflict-of-interest check every act on
 * an initiative goes through (Awb 2:4). The acts themselves are per use case: IndieningService
 * (intake), BehandelingService (handling), AanvraagbesluitService (decision and revision on
 * objection), VaststellingService (settlement), on the shared DossierService (lock, status change).
 */
/** One decision's amounts per instrument (cents). */
export interface Bedragregel {
  instrumentId: string;
  bedrag: number;
}

/**
 * One initiative as a figure of a year (no personal data), for the year report of buurtregie.
 * `besluit`: the latest decision on the request (Awb 4:13) taken in the year; `vaststelling`: the
 * latest settlement (Awb 4:42) taken in the year.
 */
export interface Initiatiefcijfer {
  id: string;
  buurtIds: string[];
  stadsdeelId: string | null;
  /** Submitted in the year. */
  ontvangen: boolean;
  ingediendDatum: string | null;
  beslissenUiterlijk: string | null;
  besluit: { soort: BesluitSoort; datum: string; regels: Bedragregel[] } | null;
  vaststelling: { datum: string; regels: Bedragregel[] } | null;
}

@Injectable()
export class InitiatievenService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InitiatiefEntity) private readonly initiatieven: Repository<InitiatiefEntity>,
    @InjectRepository(OndersteuningsaanvraagEntity) private readonly aanvragen: Repository<OndersteuningsaanvraagEntity>,
    @InjectRepository(StatusWijzigingEntity) private readonly historie: Repository<StatusWijzigingEntity>,
    private readonly conflicten: BelangenconflictService,
    private readonly nodes: NodeRegistry,
    private readonly organisatieVerwijzingen: OrganisatieVerwijzingen,
    private readonly persoonsgegevens: PersoonsgegevensRegister,
  ) {}

  onModuleInit(): void {
    // Export, pseudonymisation and retention of this library's personal data (privacy orchestrates).
    this.persoonsgegevens.registreer(initiatievenPersoonsgegevens(this.conflicten));
    // The conflict-of-interest library (below this one) asks about initiatives through its port.
    this.conflicten.registreerInitiatieven({
      bestaat: async (id) => (await this.bestaandeInitiatiefIds([id])).length > 0,
      isPanellidVoor: async (id, sub) => {
        const rijen: unknown[] = await this.dataSource.query(
          `SELECT 1 FROM panelstemming s JOIN buurtpanel_lid l ON l.panel_id = s.panel_id
            WHERE s.initiatief_id = $1 AND l.gebruiker_id = $2 LIMIT 1`,
          [id, sub],
        );
        return rijen.length > 0;
      },
    });
    // An organisation with initiatives stays: decisions are archived with it (partners asks this).
    this.organisatieVerwijzingen.registreer(async (tx, organisatieId) => {
      const [r] = await tx.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM initiatief WHERE organisatie_id = $1', [
        organisatieId,
      ]);
      return r.n > 0 ? `er ${r.n === 1 ? 'hoort 1 initiatief' : `horen ${r.n} initiatieven`} bij (die worden bewaard)` : null;
    });
    this.nodes.registreer('Initiatief', async (id, gebruiker) => {
      const e = await this.initiatieven.findOneBy({ id });
      const zicht = e ? zichtVoor(e, gebruiker) : null;
      return e && zicht ? toInitiatiefModel(e, zicht) : null;
    });
  }

  // ---------------------------------------------------------------- queries

  async initiatief(e: InitiatiefEntity, gebruiker: Gebruiker | null) {
    const zicht = zichtVoor(e, gebruiker);
    return zicht ? toInitiatiefModel(e, zicht) : null;
  }

  /** Staff: the work queue (everything submitted), by deadline. Others: granted initiatives only, without personal data. */
  async zoek(args: InitiatievenArgs, gebruiker: Gebruiker | null, buurtDbId?: string) {
    const staf = isMedewerker(gebruiker);
    const qb = this.initiatieven.createQueryBuilder('i');
    const sleutels = this.filter(qb, args, staf);
    const buurtId = buurtDbId ?? (args.buurtId ? fromGlobalId(args.buurtId, 'Buurt', 'buurtId') : undefined);
    if (buurtId) {
      // @> rather than = ANY: only the containment operator can use the GIN index IDX_initiatief_buurten.
      qb.andWhere('i.buurt_ids @> ARRAY[:buurtId]::uuid[]', { buurtId });
    }
    return pagineer(
      qb,
      sleutels,
      args,
      (e) => toInitiatiefModel(e, staf ? 'volledig' : 'publiek'),
      async (q) => {
        for (const [i, [kolom, veld, soort]] of INITIATIEF_KOLOMMEN.entries()) {
          const expr = `i.${kolom}${soort === 'datum' ? '::text' : ''}`;
          if (i === 0) {
            q.select(expr, veld);
          } else {
            q.addSelect(expr, veld);
          }
        }
        return (await q.getRawMany<Record<string, unknown>>()).map(initiatiefUitRij);
      },
    );
  }

  /** `zoek` for the initiatives of many buurten at once (Buurt.initiatieven through a DataLoader). */
  async zoekPerBuurt(buurtIds: readonly string[], args: BuurtInitiatievenArgs, gebruiker: Gebruiker | null) {
    const staf = isMedewerker(gebruiker);
    const sleutels = this.filter(this.initiatieven.createQueryBuilder('i'), args, staf);
    return pagineerPerOuder({
      basis: () => {
        const qb = this.initiatieven.createQueryBuilder('i');
        this.filter(qb, args, staf);
        return qb;
      },
      alias: 'i',
      ouderVoorwaarde: (ouder) => `i.buurt_ids @> ARRAY[${ouder}]`,
      ouderIds: buurtIds,
      sleutels,
      args,
      rijen: { selectie: INITIATIEF_SELECTIE, uitRij: initiatiefUitRij },
      toNode: (e) => toInitiatiefModel(e, staf ? 'volledig' : 'publiek'),
    });
  }

  /** The statuses the caller may see and the order (by deadline, or by change for delta sync). */
  private filter(
    qb: SelectQueryBuilder<InitiatiefEntity>,
    args: BuurtInitiatievenArgs & { gewijzigdSinds?: Date },
    staf: boolean,
  ): Sorteersleutel<InitiatiefEntity>[] {
    const toegestaan = staf
      ? Object.values(InitiatiefStatus).filter((s) => s !== InitiatiefStatus.CONCEPT)
      : [...PUBLIEKE_STATUSSEN];
    const statussen = args.status && args.status.length > 0 ? args.status.filter((s) => toegestaan.includes(s)) : toegestaan;
    qb.where('i.status IN (:...statussen)', { statussen: statussen.length > 0 ? statussen : ['-'] });
    if (args.gewijzigdSinds) {
      qb.andWhere('i.gewijzigd_op >= :sinds', { sinds: args.gewijzigdSinds });
      return [
        { expr: 'i.gewijzigd_op', waarde: (i) => i.gewijzigdOp },
        { expr: 'i.id', waarde: (i) => i.id },
      ];
    }
    return [
      { expr: "COALESCE(i.beslissen_uiterlijk, DATE '9999-12-31')", waarde: (i) => i.beslissenUiterlijk ?? '9999-12-31' },
      { expr: 'i.id', waarde: (i) => i.id },
    ];
  }

  async mijnInitiatieven(gebruiker: Gebruiker) {
    const rows = await this.initiatieven.find({
      where: { indienerSub: gebruiker.sub },
      order: { aangemaaktOp: 'DESC', id: 'ASC' },
    });
    return rows.map((e) => toInitiatiefModel(e, 'volledig'));
  }

  /** Only for staff: conflicts of interest of the people who may decide. */
  async belangenconflicten(dbId: string, gebruiker: Gebruiker | null) {
    if (!isMedewerker(gebruiker)) {
      return [];
    }
    const e = await this.initiatieven.findOneBy({ id: dbId });
    if (!e) {
      return [];
    }
    return this.conflictenBij(e);
  }

  // ---------------------------------------------------------------- conflicts of interest (docs/domein.md, invariant 7)

  /** Everyone who must step aside on this initiative (for the file and for counting a panel's votes). */
  async conflictenBij(e: Belanghebbenden): Promise<BelangenconflictModel[]> {
    return this.conflicten.conflictenVoor(conflictVraag(e));
  }

  /**
   * Awb 2:4: whoever has a personal interest in an initiative takes no part in handling it. Every
   * act of staff or a panel member on an initiative goes through this one check: taking it in
   * handling, asking for information, presenting it to a buurtpanel or a citizen budget, voting,
   * deciding and settling. Refuses with BELANGENCONFLICT when the caller must step aside (the
   * submitter, an office holder with a side position at or a linked board member of the applying
   * organisation, anyone who declared an interest); otherwise returns everyone else's conflicts,
   * to record as verschoningen. It reads other tables through their own connections: call it
   * before the act's transaction, never inside one.
   */
  async geenBelangBijBehandeling(e: Belanghebbenden, gebruiker: Gebruiker): Promise<BelangenconflictModel[]> {
    return this.conflicten.controleerGeenConflict({ ...conflictVraag(e), gebruikerSub: gebruiker.sub });
  }

  /** Which of these initiative ids exist (in the caller's transaction when given). */
  async bestaandeInitiatiefIds(ids: readonly string[], m: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (ids.length === 0) {
      return [];
    }
    const rijen: Array<{ id: string }> = await m.query('SELECT id FROM initiatief WHERE id = ANY($1::uuid[])', [[...ids]]);
    return rijen.map((r) => r.id);
  }

  // ---------------------------------------------------------------- batch loads

  /**
   * The initiatives of a calendar year (Europe/Amsterdam) as figures: submitted in it, or with a
   * decision on the request or a settlement taken in it. Read from the decisions (`besluit`), so a
   * decision replaced later (on objection) counts as the latest one of the year.
   */
  async jaarcijfers(jaar: number): Promise<Initiatiefcijfer[]> {
    const rijen = await this.dataSource.query<
      Array<{
        id: string;
        buurt_ids: string[];
        stadsdeel_id: string | null;
        ontvangen: boolean;
        ingediend_datum: string | null;
        beslissen_uiterlijk: string | null;
        soort: BesluitSoort | null;
        datum: string | null;
        regels: Array<{ instrumentId: string; bedrag: number | null }> | null;
      }>
    >(
      `WITH b AS (
         SELECT DISTINCT ON (initiatief_id, soort = 'VASTSTELLING') initiatief_id, soort, regels,
                (genomen_op AT TIME ZONE 'Europe/Amsterdam')::date::text AS datum
           FROM besluit
          WHERE soort = ANY($2::text[])
            AND extract(year FROM genomen_op AT TIME ZONE 'Europe/Amsterdam') = $1
          ORDER BY initiatief_id, soort = 'VASTSTELLING', genomen_op DESC, id DESC)
       SELECT i.id, i.buurt_ids, i.stadsdeel_id,
              COALESCE(extract(year FROM i.ingediend_op AT TIME ZONE 'Europe/Amsterdam') = $1, false) AS ontvangen,
              i.ingediend_datum::text AS ingediend_datum, i.beslissen_uiterlijk::text AS beslissen_uiterlijk,
              b.soort, b.datum, b.regels
         FROM initiatief i LEFT JOIN b ON b.initiatief_id = i.id
        WHERE b.initiatief_id IS NOT NULL
           OR extract(year FROM i.ingediend_op AT TIME ZONE 'Europe/Amsterdam') = $1
        ORDER BY i.id`,
      [jaar, [...AANVRAAGBESLUITEN, BesluitSoort.VASTSTELLING]],
    );
    const perId = new Map<string, Initiatiefcijfer>();
    for (const r of rijen) {
      let c = perId.get(r.id);
      if (!c) {
        c = {
          id: r.id,
          buurtIds: r.buurt_ids,
          stadsdeelId: r.stadsdeel_id,
          ontvangen: r.ontvangen,
          ingediendDatum: r.ingediend_datum,
          beslissenUiterlijk: r.beslissen_uiterlijk,
          besluit: null,
          vaststelling: null,
        };
        perId.set(r.id, c);
      }
      if (r.soort && r.datum) {
        const regels = (r.regels ?? [])
          .filter((g) => g.bedrag !== null && g.bedrag > 0)
          .map((g) => ({ instrumentId: g.instrumentId, bedrag: Number(g.bedrag) }));
        if (r.soort === BesluitSoort.VASTSTELLING) {
          c.vaststelling = { datum: r.datum, regels };
        } else {
          c.besluit = { soort: r.soort, datum: r.datum, regels };
        }
      }
    }
    return [...perId.values()];
  }

  async initiatievenBijIds(ids: readonly string[]) {
    const rijen = await leesQuery<Array<Record<string, unknown>>>(
      this.dataSource,
      `SELECT ${INITIATIEF_SELECTIE} FROM initiatief i WHERE i.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rijen.map(initiatiefUitRij);
  }

  /**
   * Public initiatives of a buurt granted since a moment, newest decision first (the weekly buurt
   * digest and the buurt's Atom feed in libs/meedoen). Only the title: no applicant data.
   */
  async toegekendInBuurtSinds(
    buurtId: string,
    sinds: Date,
  ): Promise<Array<{ id: string; titel: string; besluitGenomenOp: Date }>> {
    const rijen = await leesQuery<Array<{ id: string; titel: string; besluit_genomen_op: Date }>>(
      this.dataSource,
      `SELECT i.id, i.titel, i.besluit_genomen_op FROM initiatief i
        WHERE i.buurt_ids @> ARRAY[$1::uuid] AND i.status = ANY($2::text[]) AND i.besluit_genomen_op >= $3
        ORDER BY i.besluit_genomen_op DESC, i.id LIMIT 50`,
      [buurtId, [...PUBLIEKE_STATUSSEN], sinds],
    );
    return rijen.map((r) => ({ id: r.id, titel: r.titel, besluitGenomenOp: r.besluit_genomen_op }));
  }

  /**
   * Public initiatives (granted, running or done) like a draft, in the given buurten ("op elkaar
   * afgestemd"): Dutch full-text match of title and description with any stemmed word of the
   * draft, those sharing `eigenBuurtId` first, then by rank. At most `max`; only public fields.
   */
  async vergelijkbareInitiatieven(
    tekst: string,
    buurtIds: readonly string[],
    eigenBuurtId: string | null,
    max: number,
  ): Promise<Array<{ id: string; titel: string; status: InitiatiefStatus; buurtIds: string[]; rang: number }>> {
    if (buurtIds.length === 0) {
      return [];
    }
    const rijen = await leesQuery<
      Array<{ id: string; titel: string; status: InitiatiefStatus; buurt_ids: string[]; rang: number }>
    >(
      this.dataSource,
      `WITH q AS (SELECT to_tsquery('dutch', NULLIF(array_to_string(tsvector_to_array(to_tsvector('dutch', $1)), ' | '), '')) AS q)
       SELECT i.id, i.titel, i.status, i.buurt_ids,
              ts_rank(to_tsvector('dutch', i.titel || ' ' || i.beschrijving), q.q) AS rang
         FROM initiatief i, q
        WHERE q.q IS NOT NULL AND i.status = ANY($2::text[]) AND i.buurt_ids && $3::uuid[]
          AND to_tsvector('dutch', i.titel || ' ' || i.beschrijving) @@ q.q
        ORDER BY ($4::uuid IS NOT NULL AND $4 = ANY(i.buurt_ids)) DESC, rang DESC, i.id
        LIMIT $5`,
      [tekst, [...PUBLIEKE_STATUSSEN], [...buurtIds], eigenBuurtId, max],
    );
    return rijen.map((r) => ({ id: r.id, titel: r.titel, status: r.status, buurtIds: r.buurt_ids, rang: Number(r.rang) }));
  }

  async aanvragenBijInitiatieven(ids: readonly string[]) {
    return this.aanvragen.find({ where: { initiatiefId: In([...ids]) }, order: { volgnummer: 'ASC' } });
  }

  async historieBijInitiatieven(ids: readonly string[]) {
    return this.historie.find({ where: { initiatiefId: In([...ids]) }, order: { op: 'ASC', id: 'ASC' } });
  }
}

/**
 * Initiative lists (the work queue and other `initiatieven` pages, a buurt's initiatives, the
 * per-request loader) read every column raw, named after the entity's property, and map them
 * here instead of through TypeORM's entity hydration (the largest TypeORM share of the work
 * queue's CPU). `date` columns are read as text ('YYYY-MM-DD', as TypeORM returns them), bigint
 * amounts through the entity's transformer.
 */
const INITIATIEF_KOLOMMEN: ReadonlyArray<readonly [kolom: string, veld: keyof InitiatiefEntity, soort?: 'datum' | 'centen']> = [
  ['id', 'id'],
  ['referentie', 'referentie'],
  ['titel', 'titel'],
  ['beschrijving', 'beschrijving'],
  ['schaal', 'schaal'],
  ['buurt_ids', 'buurtIds'],
  ['stadsdeel_id', 'stadsdeelId'],
  ['aanvrager_soort', 'aanvragerSoort'],
  ['organisatie_id', 'organisatieId'],
  ['aantal_betrokken_bewoners', 'aantalBetrokkenBewoners'],
  ['startdatum', 'startdatum', 'datum'],
  ['einddatum', 'einddatum', 'datum'],
  ['status', 'status'],
  ['indiener_sub', 'indienerSub'],
  ['indiener_naam', 'indienerNaam'],
  ['indiener_email', 'indienerEmail'],
  ['ingediend_op', 'ingediendOp'],
  ['ingediend_datum', 'ingediendDatum', 'datum'],
  ['beslistermijn_weken', 'beslistermijnWeken'],
  ['beslissen_uiterlijk', 'beslissenUiterlijk', 'datum'],
  ['opgeschort_sinds', 'opgeschortSinds', 'datum'],
  ['dagen_opgeschort', 'dagenOpgeschort'],
  ['aanvullen_uiterlijk', 'aanvullenUiterlijk', 'datum'],
  ['aanvulling_verzoek', 'aanvullingVerzoek'],
  ['oorspronkelijk_beslissen_uiterlijk', 'oorspronkelijkBeslissenUiterlijk', 'datum'],
  ['verdaagd_tot', 'verdaagdTot', 'datum'],
  ['dagen_opgeschort_bij_verdaging', 'dagenOpgeschortBijVerdaging'],
  ['verdaging_motivering', 'verdagingMotivering'],
  ['verdaagd_op', 'verdaagdOp'],
  ['ingebrekestelling_ontvangen', 'ingebrekestellingOntvangen', 'datum'],
  ['dwangsom_gestopt_op', 'dwangsomGestoptOp', 'datum'],
  ['dwangsom_besloten_op', 'dwangsomBeslotenOp'],
  ['dwangsom_bedrag', 'dwangsomBedrag', 'centen'],
  ['dwangsom_motivering', 'dwangsomMotivering'],
  ['dwangsom_besloten_door', 'dwangsomBeslotenDoor'],
  ['toetsresultaat', 'toetsresultaat'],
  ['besluit_uitkomst', 'besluitUitkomst'],
  ['besluit_motivering', 'besluitMotivering'],
  ['besluit_genomen_op', 'besluitGenomenOp'],
  ['besluit_genomen_door', 'besluitGenomenDoor'],
  ['besluit_genomen_door_sub', 'besluitGenomenDoorSub'],
  ['bezwaar_mogelijk_tot', 'bezwaarMogelijkTot', 'datum'],
  ['verschoningen', 'verschoningen'],
  ['afwijkingen', 'afwijkingen'],
  ['afwijking_motivering', 'afwijkingMotivering'],
  ['volledig_ontvangen_op', 'volledigOntvangenOp'],
  ['verslag', 'verslag'],
  ['werkelijke_kosten', 'werkelijkeKosten', 'centen'],
  ['vaststelling_toelichting', 'vaststellingToelichting'],
  ['vaststelling_grond', 'vaststellingGrond'],
  ['aangemaakt_op', 'aangemaaktOp'],
  ['gewijzigd_op', 'gewijzigdOp'],
];

const INITIATIEF_SELECTIE = INITIATIEF_KOLOMMEN.map(
  ([kolom, veld, soort]) => `i.${kolom}${soort === 'datum' ? '::text' : ''} AS "${veld}"`,
).join(', ');

function initiatiefUitRij(rij: Record<string, unknown>): InitiatiefEntity {
  const e = Object.assign(new InitiatiefEntity(), rij);
  e.werkelijkeKosten = centenTransformer.from(rij.werkelijkeKosten) as number | null;
  e.dwangsomBedrag = centenTransformer.from(rij.dwangsomBedrag) as number | null;
  return e;
}
