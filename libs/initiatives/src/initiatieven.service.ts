import { GebeurtenisPublisher } from '@buurtwerk/webhooks';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository, type SelectQueryBuilder } from 'typeorm';
import {
  amsterdamseDatum,
  DomainError,
  fout,
  FoutCode,
  fromGlobalId,
  type Gebruiker,
  isGeldigeDatum,
  isMedewerker,
  leesQuery,
  Lidmaatschappen,
  NodeRegistry,
  PersoonsgegevensRegister,
  schrijfAudit,
  pagineer,
  pagineerPerOuder,
  type Sorteersleutel,
  centenTransformer,
  toGlobalId,
} from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { type BelangenconflictModel, BelangenconflictService, type ConflictVraag } from '@buurtwerk/conflict-of-interest';
import { OrganisatieEntity, OrganisatieVerwijzingen } from '@buurtwerk/partners';
import { initiatievenPersoonsgegevens } from './initiatief.persoonsgegevens';
import {
  AanvragerSoort,
  aanvullenUiterlijk,
  Besluitvorming,
  beslissenUiterlijk,
  type Bevinding,
  euro,
  type GelijkgesteldeDagen,
  InstrumentEntity,
  InstrumentSoort,
  lopendeBeslistermijn,
  opgeschorteDagen,
  STANDAARD_BESLISTERMIJN_WEKEN,
  SubsidieregelingEntity,
  type SubsidieregelingInput,
  SubsidieregelsService,
  toToetsresultaatModel,
  Verdeelmethode,
} from '@buurtwerk/subsidieregels';
import type {
  BesluitInput,
  BuurtInitiatievenArgs,
  InitiatiefInput,
  InitiatievenArgs,
  ToekenningInput,
} from './dto/initiatief.input';
import {
  BesluitUitkomst,
  InitiatiefEntity,
  InitiatiefStatus,
  OndersteuningsaanvraagEntity,
  StatusWijzigingEntity,
  type Verschoning,
  type VaststellingsGrond,
  type Afwijking,
} from './initiatief.entity';
import { motiveringFout, vaststellingsgrondFout } from './motivering.rules';
import { toInitiatiefModel, type Zicht } from './initiatief.model';
import { InitiatiefGewijzigdService } from './initiatief-gewijzigd.service';
import { BesluitenService } from './besluiten.service';
import { BrievenService } from './brieven/brieven.service';
import { aanvraagbesluitSoort, besluitRegels } from './besluit.rules';
import { BesluitSoort } from './besluit.entity';
import { BehoeftenPoort } from './behoeften.poort';
import { GrootboekService } from './grootboek.service';
import { BesluitvoorbereidingService } from './besluitvoorbereiding.service';
import { aanspraak } from './plafond.rules';
import {
  controleerOvergang,
  PUBLIEKE_STATUSSEN,
  referentie,
  type ToetsGegevens,
  type Toetsing,
  toetsInitiatief,
} from './initiatief.rules';

/** An initiative's data from client input, with database ids, checked to exist. */
interface Gegevens {
  titel: string;
  beschrijving: string;
  schaal: InitiatiefEntity['schaal'];
  buurtIds: string[];
  stadsdeelId: string | null;
  aanvragerSoort: AanvragerSoort;
  organisatieId: string | null;
  aantalBetrokkenBewoners: number | null;
  startdatum: string | null;
  einddatum: string | null;
  aanvragen: Array<{
    instrumentId: string;
    gevraagdBedrag: number | null;
    eigenBijdrage: number | null;
    toelichting: string | null;
  }>;
}

@Injectable()
export class InitiatievenService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InitiatiefEntity) private readonly initiatieven: Repository<InitiatiefEntity>,
    @InjectRepository(OndersteuningsaanvraagEntity) private readonly aanvragen: Repository<OndersteuningsaanvraagEntity>,
    @InjectRepository(StatusWijzigingEntity) private readonly historie: Repository<StatusWijzigingEntity>,
    private readonly buurten: BuurtenService,
    private readonly regels: SubsidieregelsService,
    private readonly conflicten: BelangenconflictService,
    private readonly nodes: NodeRegistry,
    private readonly gebeurtenissen: GebeurtenisPublisher,
    private readonly live: InitiatiefGewijzigdService,
    private readonly organisatieVerwijzingen: OrganisatieVerwijzingen,
    private readonly lidmaatschappen: Lidmaatschappen,
    private readonly persoonsgegevens: PersoonsgegevensRegister,
    private readonly besluiten: BesluitenService,
    private readonly behoeften: BehoeftenPoort,
    private readonly brieven: BrievenService,
    private readonly grootboek: GrootboekService,
    private readonly besluitvoorbereiding: BesluitvoorbereidingService,
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

  // ---------------------------------------------------------------- the check (invariant 4)

  /**
   * Live check of a draft: exactly the check that runs at submission. With a `concept` (staff
   * who keep the rules only), that unsaved rule takes the place of the vastgestelde version
   * with its code; nothing is stored.
   */
  async toets(
    input: InitiatiefInput,
    concept?: SubsidieregelingInput | null,
    gebruiker: Gebruiker | null = null,
    initiatiefGlobalId: string | null = null,
  ) {
    const conceptRegeling = concept ? this.regels.conceptRegeling(concept, gebruiker) : null;
    // The saved draft the check is for: facts about its links (beantwoordtBehoefte) come from it,
    // only when the caller may see it (else the check runs as for an unsaved draft).
    let initiatiefId: string | null = null;
    if (initiatiefGlobalId) {
      const id = fromGlobalId(initiatiefGlobalId, 'Initiatief', 'initiatiefId');
      const e = await this.initiatieven.findOneBy({ id });
      initiatiefId = e && zichtVoor(e, gebruiker) === 'volledig' ? e.id : null;
    }
    const gegevens = await this.gegevensUitInput(input, this.dataSource.manager);
    const toetsing = await this.voerToetsUit(
      this.dataSource.manager,
      gegevens,
      amsterdamseDatum(new Date()),
      conceptRegeling,
      initiatiefId,
    );
    return toToetsresultaatModel(toetsing.bevindingen);
  }

  private async voerToetsUit(
    m: EntityManager,
    g: Gegevens,
    vandaag: string,
    concept: SubsidieregelingEntity | null = null,
    initiatiefId: string | null = null,
  ): Promise<Toetsing> {
    const instrumentIds = [...new Set(g.aanvragen.map((a) => a.instrumentId))];
    const instrumenten = instrumentIds.length > 0 ? await m.findBy(InstrumentEntity, { id: In(instrumentIds) }) : [];
    const codes = [...new Set(instrumenten.map((i) => i.regelingCode).filter((c): c is string => c !== null))];
    const regelingen: SubsidieregelingEntity[] =
      codes.length > 0
        ? await m
            .createQueryBuilder(SubsidieregelingEntity, 'r')
            .distinctOn(['r.code'])
            .where('r.code IN (:...codes)', { codes })
            .orderBy('r.code', 'ASC')
            .addOrderBy('r.versie', 'DESC')
            .getMany()
        : [];
    const organisatie = g.organisatieId ? await m.findOneBy(OrganisatieEntity, { id: g.organisatieId }) : null;
    const feiten: ToetsGegevens = {
      aanvragerSoort: g.aanvragerSoort,
      organisatieSoort: organisatie?.soort ?? null,
      schaal: g.schaal,
      aantalBuurten: g.buurtIds.length,
      aantalBetrokkenBewoners: g.aantalBetrokkenBewoners,
      startdatum: g.startdatum,
      einddatum: g.einddatum,
      beantwoordtBehoefte: await this.behoeften.beantwoordtBehoefte(m, initiatiefId),
      aanvragen: g.aanvragen,
    };
    return toetsInitiatief(
      feiten,
      new Map(
        instrumenten.map((i) => [
          i.id,
          {
            id: i.id,
            naam: i.naam,
            financieel: i.soort === InstrumentSoort.FINANCIELE_BIJDRAGE,
            actief: i.actief,
            regelingCode: i.regelingCode,
          },
        ]),
      ),
      new Map([...regelingen, ...(concept && codes.includes(concept.code) ? [concept] : [])].map((r) => [r.code, r])),
      vandaag,
    );
  }

  private async gegevensUitInput(input: InitiatiefInput, m: EntityManager): Promise<Gegevens> {
    const buurtIds = await this.buurten.bestaandeBuurtIds(input.buurtIds, 'input.buurtIds');
    let stadsdeelId: string | null = null;
    if (input.stadsdeelId) {
      stadsdeelId = fromGlobalId(input.stadsdeelId, 'Stadsdeel', 'input.stadsdeelId');
      if ((await this.buurten.stadsdelenBijIds([stadsdeelId])).length === 0) {
        throw fout.veld('input.stadsdeelId', 'is geen bestaand stadsdeel.');
      }
    } else if (buurtIds.length > 0) {
      // The stadsdeel follows from the buurten when they all lie in one (for a per-stadsdeel ceiling).
      stadsdeelId = await this.buurten.gemeenschappelijkStadsdeel(buurtIds, m);
    }
    let organisatieId: string | null = null;
    if (input.organisatieId) {
      organisatieId = fromGlobalId(input.organisatieId, 'Organisatie', 'input.organisatieId');
      if (!(await m.existsBy(OrganisatieEntity, { id: organisatieId }))) {
        throw fout.veld('input.organisatieId', 'is geen bestaande organisatie.');
      }
    } else if (input.aanvragerSoort === AanvragerSoort.ORGANISATIE) {
      throw fout.veld('input.organisatieId', 'is verplicht als een organisatie de aanvraag doet.');
    }
    const velden: Array<{ veld: string; melding: string }> = [];
    for (const veld of ['startdatum', 'einddatum'] as const) {
      const d = input[veld];
      if (d && !isGeldigeDatum(d)) {
        velden.push({ veld: `input.${veld}`, melding: 'is geen geldige datum.' });
      }
    }
    if (input.startdatum && input.einddatum && input.einddatum < input.startdatum) {
      velden.push({ veld: 'input.einddatum', melding: 'ligt voor de startdatum.' });
    }
    const aanvragen = input.aanvragen.map((a, i) => ({
      instrumentId: fromGlobalId(a.instrumentId, 'Instrument', `input.aanvragen[${i}].instrumentId`),
      gevraagdBedrag: a.gevraagdBedrag ?? null,
      eigenBijdrage: a.eigenBijdrage ?? null,
      toelichting: a.toelichting ?? null,
    }));
    const totaal = aanvragen.reduce((s, a) => s + (a.gevraagdBedrag ?? 0) + (a.eigenBijdrage ?? 0), 0);
    if (!Number.isSafeInteger(totaal)) {
      velden.push({ veld: 'input.aanvragen', melding: 'de bedragen samen zijn te groot.' });
    }
    const ids = [...new Set(aanvragen.map((a) => a.instrumentId))];
    const bestaand = ids.length > 0 ? await m.findBy(InstrumentEntity, { id: In(ids) }) : [];
    aanvragen.forEach((a, i) => {
      if (!bestaand.some((b) => b.id === a.instrumentId)) {
        velden.push({ veld: `input.aanvragen[${i}].instrumentId`, melding: 'is geen instrument van de menukaart.' });
      }
    });
    if (velden.length > 0) {
      throw fout.ongeldigeInvoer(velden);
    }
    return {
      titel: input.titel.trim(),
      beschrijving: input.beschrijving.trim(),
      schaal: input.schaal,
      buurtIds,
      stadsdeelId,
      aanvragerSoort: input.aanvragerSoort,
      organisatieId,
      aantalBetrokkenBewoners: input.aantalBetrokkenBewoners ?? null,
      startdatum: input.startdatum ?? null,
      einddatum: input.einddatum ?? null,
      aanvragen,
    };
  }

  // ---------------------------------------------------------------- initiator: draft, submit, withdraw

  /**
   * Applying on behalf of an organisation is for the people a BEHEERDER linked to it (docs/domein.md,
   * "Identity and access": a PARTNER acts for the organisations it is linked to); anyone else could
   * otherwise spend an organisation's name and its ceiling.
   */
  private async alleenNamensEigenOrganisatie(g: Gegevens, gebruiker: Gebruiker): Promise<void> {
    if (!g.organisatieId) {
      return;
    }
    if (!(await this.lidmaatschappen.isLidVan(gebruiker, g.organisatieId))) {
      throw fout.veld('input.organisatieId', 'U kunt alleen aanvragen namens een organisatie waaraan u bent gekoppeld.');
    }
  }

  async opslaan(globalId: string | null | undefined, input: InitiatiefInput, gebruiker: Gebruiker) {
    const gegevens = await this.gegevensUitInput(input, this.dataSource.manager);
    await this.alleenNamensEigenOrganisatie(gegevens, gebruiker);
    return this.dataSource.transaction(async (tx) => {
      let e: InitiatiefEntity;
      if (globalId) {
        e = await this.vergrendel(tx, globalId);
        this.alleenIndiener(e, gebruiker);
        if (e.status !== InitiatiefStatus.CONCEPT) {
          throw new DomainError(
            FoutCode.ONGELDIGE_STATUSOVERGANG,
            'Alleen een concept kan worden gewijzigd; vul een ingediend initiatief aan als de gemeente daarom vraagt.',
          );
        }
        await tx.delete(OndersteuningsaanvraagEntity, { initiatiefId: e.id });
      } else {
        e = tx.create(InitiatiefEntity, {
          status: InitiatiefStatus.CONCEPT,
          indienerSub: gebruiker.sub,
          indienerNaam: gebruiker.naam,
          indienerEmail: gebruiker.email,
          verschoningen: [],
        });
      }
      this.neemGegevensOver(e, gegevens);
      e.gewijzigdOp = new Date();
      e = await tx.save(e);
      await this.bewaarAanvragen(tx, e.id, gegevens);
      if (!globalId) {
        await this.schrijfHistorie(tx, e, null, InitiatiefStatus.CONCEPT, gebruiker, true, null);
      }
      return toInitiatiefModel(e, 'volledig');
    });
  }

  /**
   * CONCEPT -> INGEDIEND. Applying is a right: the submission is always accepted. In one
   * transaction: the next reference of the year (counter row, UPDATE ... RETURNING, which also
   * queues concurrent submissions in order of receipt), the check, and the reservation in the
   * ceiling (Awb 4:25-4:26).
   */
  async indienen(globalId: string, gebruiker: Gebruiker) {
    return this.dataSource.transaction(async (tx) => {
      const vrij = await this.regels.dagenVoorTermijnen(tx);
      const e = await this.vergrendel(tx, globalId);
      this.alleenIndiener(e, gebruiker);
      controleerOvergang(e.status, InitiatiefStatus.INGEDIEND, 'INITIATIEFNEMER');
      // Everything that does not need the counter comes before it (the check, finding the
      // ceilings): every submission of the year waits for the counter row until the previous
      // one commits, so the locked section is only counter, reservation and status.
      const datumVooraf = amsterdamseDatum(new Date());
      const jaar = Number(datumVooraf.slice(0, 4));
      let toets = await this.toetsVoorIndiening(tx, e, datumVooraf, String(jaar));
      const [teller] = (await tx.query(
        `INSERT INTO initiatief_referentieteller (jaar, laatste) VALUES ($1, 1)
         ON CONFLICT (jaar) DO UPDATE SET laatste = initiatief_referentieteller.laatste + 1
         RETURNING laatste`,
        [jaar],
      )) as Array<{ laatste: number }>;
      // Receipt is the moment we hold the counter: references and receipt order agree.
      const nu = new Date();
      const vandaag = amsterdamseDatum(nu);
      if (vandaag !== datumVooraf) {
        // Midnight passed while waiting for the counter: check again on the day of receipt.
        toets = await this.toetsVoorIndiening(tx, e, vandaag, String(jaar));
      }
      e.referentie = referentie(jaar, teller.laatste);
      e.ingediendOp = nu;
      e.ingediendDatum = vandaag;
      // docs/domein.md, invariant 3: the place in line for the ceiling is the moment of (complete) receipt.
      e.volledigOntvangenOp = nu;
      const bevindingen = await this.reserveer(tx, toets, String(jaar));
      e.toetsresultaat = bevindingen;
      e.dagenOpgeschort = 0;
      e.beslissenUiterlijk = beslissenUiterlijk(vandaag, e.beslistermijnWeken!, 0, vrij);
      const model = await this.wijzigStatus(tx, e, InitiatiefStatus.INGEDIEND, gebruiker, true, null);
      await this.brieven.ontvangstbevestiging(tx, e); // Awb 4:3a
      return model;
    });
  }

  async intrekken(globalId: string, toelichting: string | null | undefined, gebruiker: Gebruiker) {
    return this.dataSource.transaction(async (tx) => {
      const e = await this.vergrendel(tx, globalId);
      this.alleenIndiener(e, gebruiker);
      controleerOvergang(e.status, InitiatiefStatus.INGETROKKEN, 'INITIATIEFNEMER');
      stopDwangsom(e);
      await this.geefReserveringenVrij(tx, e.id);
      return this.wijzigStatus(tx, e, InitiatiefStatus.INGETROKKEN, gebruiker, true, toelichting?.slice(0, 2000) ?? null);
    });
  }

  // ---------------------------------------------------------------- staff: handling and information

  async inBehandelingNemen(globalId: string, gebruiker: Gebruiker) {
    return this.behandelen(fromGlobalId(globalId, 'Initiatief', 'id'), gebruiker, async (tx, e) => {
      controleerOvergang(e.status, InitiatiefStatus.IN_BEHANDELING, 'MEDEWERKER');
      return this.wijzigStatus(tx, e, InitiatiefStatus.IN_BEHANDELING, gebruiker, false, null);
    });
  }

  /** Awb 4:5 / 4:15: asking for more information suspends the decision term from today. */
  async aanvullingVragen(globalId: string, toelichting: string, termijnDagen: number, gebruiker: Gebruiker) {
    if (!Number.isInteger(termijnDagen) || termijnDagen < 1 || termijnDagen > 90) {
      throw fout.veld('termijnDagen', 'moet een geheel aantal dagen van 1 tot en met 90 zijn.');
    }
    const tekst = toelichting.trim();
    if (tekst === '' || tekst.length > 5000) {
      throw fout.veld('toelichting', 'vertel de initiatiefnemer wat er ontbreekt (hoogstens 5000 tekens).');
    }
    return this.behandelen(fromGlobalId(globalId, 'Initiatief', 'id'), gebruiker, async (tx, e, _verschoningen, vrij) => {
      controleerOvergang(e.status, InitiatiefStatus.AANVULLING_GEVRAAGD, 'MEDEWERKER');
      const vandaag = amsterdamseDatum(new Date());
      e.opgeschortSinds = vandaag;
      e.aanvullingVerzoek = tekst;
      e.aanvullenUiterlijk = aanvullenUiterlijk(vandaag, termijnDagen, vrij);
      // Awb 4:15: the deadline as it will be if the aanvulling term passes unused (the longest
      // suspension); supplying earlier brings it forward. So the work queue's order is right and the
      // term simply runs again once the aanvulling term has passed.
      e.beslissenUiterlijk = lopendeTermijn(e, e.dagenOpgeschort + opgeschorteDagen(vandaag, e.aanvullenUiterlijk, null), vrij);
      const model = await this.wijzigStatus(tx, e, InitiatiefStatus.AANVULLING_GEVRAAGD, gebruiker, false, tekst);
      await this.brieven.aanvullingsverzoek(tx, e, gebruiker); // Awb 4:5
      return model;
    });
  }

  /**
   * The initiator completes the request: the term resumes (extended by the days waited), the
   * check runs again and the reservation follows the new amounts. The old reservation is released
   * and taken again under the same row lock, so the request keeps its place for what it had.
   */
  async aanvullingAanleveren(globalId: string, input: InitiatiefInput, gebruiker: Gebruiker) {
    const gegevens = await this.gegevensUitInput(input, this.dataSource.manager);
    await this.alleenNamensEigenOrganisatie(gegevens, gebruiker);
    return this.dataSource.transaction(async (tx) => {
      const vrij = await this.regels.dagenVoorTermijnen(tx);
      const e = await this.vergrendel(tx, globalId);
      this.alleenIndiener(e, gebruiker);
      controleerOvergang(e.status, InitiatiefStatus.IN_BEHANDELING, 'INITIATIEFNEMER');
      const vandaag = amsterdamseDatum(new Date());
      hervatTermijn(e, vandaag, vrij);
      // docs/domein.md, invariant 3: an incomplete request counts as received when it became complete,
      // so it takes its place in line today, behind the requests that were complete earlier.
      e.volledigOntvangenOp = new Date();
      await this.geefReserveringenVrij(tx, e.id);
      await tx.delete(OndersteuningsaanvraagEntity, { initiatiefId: e.id });
      this.neemGegevensOver(e, gegevens);
      await this.bewaarAanvragen(tx, e.id, gegevens);
      e.toetsresultaat = await this.toetsEnReserveer(tx, e, vandaag, e.referentie!.slice(4, 8));
      return this.wijzigStatus(tx, e, InitiatiefStatus.IN_BEHANDELING, gebruiker, true, 'Aanvulling aangeleverd.');
    });
  }

  // ---------------------------------------------------------------- decision, execution, settlement

  async besluitNemen(input: BesluitInput, gebruiker: Gebruiker) {
    const initiatiefId = fromGlobalId(input.initiatiefId, 'Initiatief', 'input.initiatiefId');
    if (input.uitkomst === BesluitUitkomst.BUITEN_BEHANDELING) {
      // Awb 4:5 has its own act, with its own moment and letter.
      throw fout.veld(
        'input.uitkomst',
        'buiten behandeling stellen gaat met buitenBehandelingStellen, na de ongebruikte aanvullingstermijn.',
      );
    }
    const motivering = input.motivering.trim();
    // Awb 3:46: a decision states a real reason, not ".".
    const motiveringOngeldig = motiveringFout(motivering, 'besluit');
    if (motiveringOngeldig) {
      throw fout.veld('input.motivering', motiveringOngeldig);
    }
    const naar = input.uitkomst === BesluitUitkomst.TOEGEKEND ? InitiatiefStatus.TOEGEKEND : InitiatiefStatus.AFGEWEZEN;
    // Whoever has a conflict of interest cannot decide (BELANGENCONFLICT); others' conflicts are
    // recorded as verschoningen.
    return this.behandelen(initiatiefId, gebruiker, async (tx, e, verschoningen, vrij) => {
      controleerOvergang(e.status, naar, 'MEDEWERKER');
      const huidige = await tx.find(OndersteuningsaanvraagEntity, { where: { initiatiefId: e.id } });
      // Awb 4:25 at the moment of deciding, the amounts asked, and the rule (or a reasoned override).
      const besluit = await this.besluitvoorbereiding.controleer(tx, e, {
        uitkomst: input.uitkomst,
        bedragen: this.bedragenPerAanvraag(input.bedragen ?? [], huidige, 'input.bedragen'),
        afwijken: input.afwijken === true,
        afwijkingMotivering: input.afwijkingMotivering ?? null,
      });
      const { aanvragen, bedragen } = besluit;
      return this.legBesluitVast(tx, e, aanvragen, {
        uitkomst: input.uitkomst,
        bedragen,
        afwijking:
          besluit.afwijkingen.length > 0 ? { afwijkingen: besluit.afwijkingen, motivering: besluit.afwijkingMotivering! } : null,
        motivering,
        door: gebruiker,
        gelijkgesteld: vrij,
        verschoningen: verschoningen.map((v) => ({
          persoon: v.persoon,
          grond: v.grond,
          organisatieId: v.organisatieDbId,
          toelichting: v.toelichting,
        })),
      });
    });
  }

  /**
   * The one place where a decision is recorded, by staff (besluitNemen) or by a panel: a rejection
   * releases the reservations; a grant converts each reservation into `verleend` for the granted
   * amount (at most the reserved amount; the rest returns to the ceiling). The caller has locked
   * the initiative and checked the transition and the amounts.
   */
  async legBesluitVast(
    tx: EntityManager,
    e: InitiatiefEntity,
    aanvragen: OndersteuningsaanvraagEntity[],
    b: {
      uitkomst: BesluitUitkomst;
      /** Granted amount per aanvraag id; missing means nothing. */
      bedragen: ReadonlyMap<string, number>;
      motivering: string;
      door: Gebruiker;
      /** Days equated with holidays (Atw art. 3 lid 3), read before the initiative was locked. */
      gelijkgesteld: GelijkgesteldeDagen;
      verschoningen: Verschoning[];
      /** A reasoned override of the rule (afwijking.rules.ts), recorded with the decision. */
      afwijking?: { afwijkingen: Afwijking[]; motivering: string } | null;
    },
  ) {
    // The ledger: a refusal or not handling releases, a grant converts (and releases the rest); freed
    // money goes to the line in this transaction (Awb 4:25). `aanvragen` were read after the ceilings' locks.
    if (b.uitkomst !== BesluitUitkomst.TOEGEKEND) {
      await this.geefReserveringenVrij(tx, e.id);
    } else {
      await this.grootboek.verleen(tx, aanvragen, b.bedragen);
    }
    e.afwijkingen = b.afwijking?.afwijkingen ?? [];
    e.afwijkingMotivering = b.afwijking?.motivering ?? null;
    if (b.afwijking) {
      // The override of the rule: in the audit trail and the file, in the decision's transaction.
      await schrijfAudit(
        tx,
        [
          {
            door: b.door.sub,
            rollen: [],
            operatie: 'afwijking',
            entiteit: 'Initiatief',
            entiteitId: toGlobalId('Initiatief', e.id),
            details: { voorwaarden: b.afwijking.afwijkingen.map((a) => a.voorwaarde), motivering: b.afwijking.motivering },
          },
        ],
        null,
      );
    }
    const nu = new Date();
    e.besluitUitkomst = b.uitkomst;
    e.besluitMotivering = b.motivering;
    e.besluitGenomenOp = nu;
    e.besluitGenomenDoor = b.door.naam;
    e.besluitGenomenDoorSub = b.door.sub;
    // Awb 6:8: the objection term runs from the sending of the letter (besluit.bezwaar_mogelijk_tot), not from today.
    e.bezwaarMogelijkTot = null;
    e.verschoningen = b.verschoningen;
    stopDwangsom(e, nu);
    // The decision's own record (and, from it, its letter), in this transaction.
    await this.besluiten.vastleggen(tx, {
      initiatiefId: e.id,
      soort: aanvraagbesluitSoort(b.uitkomst, besluitRegels(aanvragen, 'toegekend')),
      regels: besluitRegels(aanvragen, 'toegekend'),
      motivering: b.motivering,
      door: b.door,
      genomenOp: nu,
    });
    // docs/domein.md, invariants 7 and 12: every recusal is in the audit trail, in the decision's transaction.
    await schrijfAudit(
      tx,
      b.verschoningen.map((v) => ({
        door: b.door.sub,
        rollen: [],
        operatie: 'verschoning',
        entiteit: 'Initiatief',
        entiteitId: toGlobalId('Initiatief', e.id),
        details: { grond: v.grond, organisatieId: v.organisatieId, uitkomst: b.uitkomst },
      })),
      null,
    );
    return this.wijzigStatus(tx, e, STATUS_NA_BESLUIT[b.uitkomst], b.door, false, b.motivering);
  }

  /**
   * A decision produced by a tender's allocation (TenderService.verdelen, Awb 4:26), in its
   * transaction with the initiative locked: received requests are taken in handling first.
   */
  async tenderBesluitVastleggen(tx: EntityManager, e: InitiatiefEntity, b: Parameters<InitiatievenService['legBesluitVast']>[3]) {
    if (e.status === InitiatiefStatus.INGEDIEND) {
      await this.wijzigStatus(
        tx,
        e,
        InitiatiefStatus.IN_BEHANDELING,
        b.door,
        false,
        'In behandeling voor de verdeling van de tender.',
      );
    }
    controleerOvergang(
      e.status,
      b.uitkomst === BesluitUitkomst.TOEGEKEND ? InitiatiefStatus.TOEGEKEND : InitiatiefStatus.AFGEWEZEN,
      'MEDEWERKER',
    );
    const { aanvragen } = await this.grootboek.vergrendel(tx, e.id);
    return this.legBesluitVast(tx, e, aanvragen, b);
  }

  // ---------------------------------------------------------------- buurtpanel (docs/domein.md, invariant 8), for BuurtpanelService

  /**
   * IN_BEHANDELING -> BIJ_BUURTPANEL in the caller's transaction: only for requests under a
   * buurtaktie-regeling (besluitvorming BUURTPANEL), and only when something could be granted.
   * `controle` runs on the locked initiative before the transition (e.g. the panel's buurten).
   * `gecontroleerd` is the initiative as the caller checked it with geenBelangBijBehandeling.
   */
  async naarBuurtpanel(
    tx: EntityManager,
    gecontroleerd: Belanghebbenden,
    gebruiker: Gebruiker,
    panelNaam: string,
    controle: (e: InitiatiefEntity) => void,
  ): Promise<InitiatiefEntity> {
    const e = await this.vergrendelOpId(tx, gecontroleerd.id);
    zelfdeAanvrager(gecontroleerd, e);
    controleerOvergang(e.status, InitiatiefStatus.BIJ_BUURTPANEL, 'MEDEWERKER');
    controle(e);
    const aanvragen = await tx.find(OndersteuningsaanvraagEntity, { where: { initiatiefId: e.id } });
    const regelingIds = [...new Set(aanvragen.map((a) => a.regelingId).filter((r): r is string => r !== null))];
    const regelingen = regelingIds.length > 0 ? await tx.findBy(SubsidieregelingEntity, { id: In(regelingIds) }) : [];
    const ambtelijk = regelingen.find((r) => r.besluitvorming !== Besluitvorming.BUURTPANEL);
    if (regelingen.length === 0 || ambtelijk) {
      throw new DomainError(
        FoutCode.ONGELDIGE_STATUSOVERGANG,
        ambtelijk
          ? `Over aanvragen onder "${ambtelijk.naam}" beslist de gemeente zelf; alleen bij een buurtaktie-regeling beslist een buurtpanel.`
          : 'Dit initiatief valt niet onder een buurtaktie-regeling; een buurtpanel kan er niet over beslissen.',
      );
    }
    if (alleenAfwijzenMogelijk(aanvragen, await this.grootboek.beschikbaar(tx, aanvragen, false))) {
      throw new DomainError(
        FoutCode.PLAFOND_BEREIKT,
        'Het subsidieplafond is bereikt: er is nu niets beschikbaar voor deze aanvraag; zij kan alleen worden afgewezen (Awb 4:25) en hoeft niet naar het buurtpanel.',
      );
    }
    await this.wijzigStatus(tx, e, InitiatiefStatus.BIJ_BUURTPANEL, gebruiker, false, `Voorgelegd aan ${panelNaam}.`);
    return e;
  }

  /**
   * The panel's outcome, in the caller's transaction (the one that closes the vote). A residents'
   * panel advises, it does not decide (docs/domein.md, invariant 8): with an outcome the advice is
   * recorded and the initiative stays with the panel until the official with the mandate decides
   * (`besluitOpPaneladvies`); the reservation stays. Without quorum the initiative returns to
   * staff. Returns the status, or null when the initiative is no longer with the panel (withdrawn
   * meanwhile): then nothing is recorded.
   */
  async panelUitkomstVastleggen(
    tx: EntityManager,
    initiatiefId: string,
    u: {
      panelId: string;
      panelNaam: string;
      uitkomst: BesluitUitkomst | null;
      motivering: string;
    },
  ): Promise<InitiatiefStatus | null> {
    const e = await this.vergrendelOpId(tx, initiatiefId);
    if (e.status !== InitiatiefStatus.BIJ_BUURTPANEL) {
      return null;
    }
    if (u.uitkomst === null) {
      const panel: Gebruiker = { sub: `buurtpanel:${u.panelId}`, naam: u.panelNaam, email: null, rollen: [], buurtcode: null };
      controleerOvergang(e.status, InitiatiefStatus.IN_BEHANDELING, 'BUURTPANEL');
      await this.wijzigStatus(tx, e, InitiatiefStatus.IN_BEHANDELING, panel, false, u.motivering);
      return InitiatiefStatus.IN_BEHANDELING;
    }
    return InitiatiefStatus.BIJ_BUURTPANEL;
  }

  /**
   * The decision on a buurtpanel's advice by the official with the mandate, on behalf of the
   * college (BuurtpanelService.besluitOpAdvies builds the reasons). Whoever has a conflict of
   * interest cannot decide (Awb 2:4). A grant gives each request what is reserved for it at the
   * moment of deciding, after freed money went to the line (Awb 4:25). `advies` runs in the same transaction to mark the advice as decided.
   */
  async besluitOpPaneladvies(
    initiatiefId: string,
    uitkomst: BesluitUitkomst,
    motivering: string,
    gebruiker: Gebruiker,
    advies: (tx: EntityManager) => Promise<void>,
  ) {
    const naar = uitkomst === BesluitUitkomst.TOEGEKEND ? InitiatiefStatus.TOEGEKEND : InitiatiefStatus.AFGEWEZEN;
    return this.behandelen(initiatiefId, gebruiker, async (tx, e, verschoningen, vrij) => {
      controleerOvergang(e.status, naar, 'OP_PANELADVIES');
      // The ceilings locked and the line topped up first: a grant gives what is reserved now (Awb 4:25).
      const eerst = await this.grootboek.vergrendel(tx, e.id);
      for (const p of [...eerst.standen.keys()]) {
        await this.grootboek.bijvullen(tx, p);
      }
      const { aanvragen } = await this.grootboek.vergrendel(tx, e.id);
      if (
        naar === InitiatiefStatus.TOEGEKEND &&
        alleenAfwijzenMogelijk(aanvragen, new Map(aanvragen.map((a) => [a.id, a.gereserveerdBedrag])))
      ) {
        throw new DomainError(
          FoutCode.PLAFOND_BEREIKT,
          'Het subsidieplafond is bereikt: er is nu niets beschikbaar voor deze aanvraag; zij kan alleen worden afgewezen (Awb 4:25).',
        );
      }
      await advies(tx);
      return this.legBesluitVast(tx, e, aanvragen, {
        uitkomst,
        bedragen: new Map(aanvragen.map((a) => [a.id, Math.min(a.gereserveerdBedrag, a.gevraagdBedrag ?? 0)])),
        motivering,
        door: gebruiker,
        gelijkgesteld: vrij,
        verschoningen: verschoningen.map((v) => ({
          persoon: v.persoon,
          grond: v.grond,
          organisatieId: v.organisatieDbId,
          toelichting: v.toelichting,
        })),
      });
    });
  }

  async uitvoeringMelden(globalId: string, verslag: string, werkelijkeKosten: number, gebruiker: Gebruiker) {
    const tekst = verslag.trim();
    if (tekst === '' || tekst.length > 10000) {
      throw fout.veld('verslag', 'beschrijf kort hoe het initiatief is uitgevoerd (hoogstens 10000 tekens).');
    }
    return this.dataSource.transaction(async (tx) => {
      const e = await this.vergrendel(tx, globalId);
      this.alleenIndiener(e, gebruiker);
      controleerOvergang(e.status, InitiatiefStatus.UITGEVOERD, 'INITIATIEFNEMER');
      e.verslag = tekst;
      e.werkelijkeKosten = werkelijkeKosten;
      return this.wijzigStatus(tx, e, InitiatiefStatus.UITGEVOERD, gebruiker, true, null);
    });
  }

  /**
   * Vaststelling: never above the grant; always with a reason (Awb 3:46); a lower amount names its
   * ground (Awb 4:46) and releases the difference.
   */
  async subsidieVaststellen(
    globalId: string,
    invoer: ToekenningInput[],
    toelichting: string | null | undefined,
    gebruiker: Gebruiker,
    grond: VaststellingsGrond | null = null,
  ) {
    return this.behandelen(fromGlobalId(globalId, 'Initiatief', 'id'), gebruiker, async (tx, e) => {
      controleerOvergang(e.status, InitiatiefStatus.VASTGESTELD, 'MEDEWERKER');
      const aanvragen = await tx.find(OndersteuningsaanvraagEntity, {
        where: { initiatiefId: e.id },
        order: { volgnummer: 'ASC' },
      });
      const bedragen = this.bedragenPerAanvraag(invoer, aanvragen, 'bedragen');
      const velden: Array<{ veld: string; melding: string }> = [];
      let lager = false;
      for (const a of aanvragen) {
        const t = bedragen.get(a.id);
        const toegekend = a.toegekendBedrag ?? 0;
        if (t && t.bedrag > toegekend) {
          velden.push({
            veld: `bedragen[${t.index}].bedrag`,
            melding: `mag niet hoger zijn dan het toegekende bedrag (${euro(toegekend)}).`,
          });
        }
        if (t && t.bedrag < toegekend) {
          lager = true;
        }
      }
      const reden = toelichting?.trim() ?? '';
      const redenOngeldig = motiveringFout(reden, 'vaststelling');
      if (redenOngeldig) {
        velden.push({ veld: 'toelichting', melding: redenOngeldig });
      }
      const grondOngeldig = vaststellingsgrondFout(lager, grond);
      if (grondOngeldig) {
        velden.push({ veld: 'grond', melding: grondOngeldig });
      }
      if (velden.length > 0) {
        throw fout.ongeldigeInvoer(velden);
      }
      for (const a of aanvragen) {
        if (a.toegekendBedrag === null) {
          continue;
        }
        const vastgesteld = bedragen.get(a.id)?.bedrag ?? a.toegekendBedrag;
        if (a.plafondId) {
          // A settlement below the grant frees money for the line (Awb 4:25).
          await this.grootboek.verlaag(tx, a.plafondId, a.toegekendBedrag - vastgesteld);
        }
        a.vastgesteldBedrag = vastgesteld;
        await tx.save(a);
      }
      e.vaststellingToelichting = reden;
      e.vaststellingGrond = lager ? grond : null;
      await this.besluiten.vastleggen(tx, {
        initiatiefId: e.id,
        soort: BesluitSoort.VASTSTELLING,
        regels: besluitRegels(aanvragen, 'vastgesteld'),
        motivering: reden,
        door: gebruiker,
        gegevens: { grond: e.vaststellingGrond },
      });
      return this.wijzigStatus(tx, e, InitiatiefStatus.VASTGESTELD, gebruiker, false, reden);
    });
  }

  // ---------------------------------------------------------------- revision on objection (libs/bezwaar)

  /**
   * Awb 7:11: a well-founded objection revokes the decision and a new one takes its place. Runs in
   * the objection's transaction (which locked the objection first; nothing locks them the other
   * way round): locks the initiative, checks that the decision objected to is still the one in
   * force (`besluitGenomenOp`), sets each request's granted amount and moves the ceiling ledger by
   * the difference, ceiling by ceiling in id order (docs/domein.md, invariant 2). A higher amount
   * takes the difference from what is free now in the ceiling the request was reserved in at
   * receipt (Awb 4:25: refused with PLAFOND_BEREIKT insofar as it does not fit; the transaction
   * then undoes everything); a lower amount releases it. `gecontroleerd` is the initiative as the
   * caller checked it with geenBelangBijBehandeling.
   */
  async herzienNaBezwaar(
    tx: EntityManager,
    gecontroleerd: Belanghebbenden,
    h: {
      /** The decision objected to (a `besluit` row) and when it was taken. */
      besluitId: string;
      besluitGenomenOp: Date;
      /** The moment of the decision on the objection: from now on the decision in force. */
      op: Date;
      /** The objection, recorded with the new decision (Awb 7:1: no objection lies against it). */
      bezwaar: { id: string; referentie: string };
      uitkomst: BesluitUitkomst;
      /** New granted amount per request (global id); requests left out keep their amount (0 on a rejection). */
      bedragen: ReadonlyArray<{ aanvraagId: string; bedrag: number }>;
      /** Input path of `bedragen`, for error messages. */
      veld: string;
      toelichting: string;
      door: Gebruiker;
    },
  ): Promise<BezwaarHerziening[]> {
    const e = await this.vergrendelOpId(tx, gecontroleerd.id);
    zelfdeAanvrager(gecontroleerd, e);
    if (e.besluitGenomenOp?.getTime() !== h.besluitGenomenOp.getTime()) {
      throw new DomainError(
        FoutCode.CONFLICT,
        'Over dit initiatief is intussen een ander besluit genomen; het besluit waartegen het bezwaar zich richtte, geldt niet meer.',
      );
    }
    controleerOvergang(
      e.status,
      h.uitkomst === BesluitUitkomst.TOEGEKEND ? InitiatiefStatus.TOEGEKEND : InitiatiefStatus.AFGEWEZEN,
      'BEZWAAR',
    );
    const aanvragen = await tx.find(OndersteuningsaanvraagEntity, {
      where: { initiatiefId: e.id },
      order: { volgnummer: 'ASC' },
    });
    const bedragen = this.bedragenPerAanvraag(
      h.bedragen.map((b) => ({ aanvraagId: b.aanvraagId, bedrag: b.bedrag })),
      aanvragen,
      h.veld,
    );
    const velden: Array<{ veld: string; melding: string }> = [];
    const nieuw = new Map<string, number>();
    for (const a of aanvragen) {
      const t = bedragen.get(a.id);
      if (h.uitkomst === BesluitUitkomst.AFGEWEZEN) {
        if (t && t.bedrag > 0) {
          velden.push({ veld: `${h.veld}[${t.index}].bedrag`, melding: 'bij een afwijzing wordt niets toegekend.' });
        }
        nieuw.set(a.id, 0);
      } else if (t) {
        if (a.gevraagdBedrag === null) {
          velden.push({ veld: `${h.veld}[${t.index}].bedrag`, melding: 'deze aanvraag vraagt geen geld.' });
        } else if (t.bedrag > a.gevraagdBedrag) {
          velden.push({ veld: `${h.veld}[${t.index}].bedrag`, melding: `is meer dan gevraagd (${euro(a.gevraagdBedrag)}).` });
        }
        nieuw.set(a.id, t.bedrag);
      } else {
        nieuw.set(a.id, a.toegekendBedrag ?? 0);
      }
    }
    if (velden.length > 0) {
      throw fout.ongeldigeInvoer(velden);
    }
    const herzieningen: BezwaarHerziening[] = [];
    const instrumenten = await tx.findBy(InstrumentEntity, { id: In([...new Set(aanvragen.map((a) => a.instrumentId))]) });
    const volgorde = [...aanvragen].sort(
      (x, y) => (x.plafondId ?? '').localeCompare(y.plafondId ?? '') || x.volgnummer - y.volgnummer,
    );
    for (const a of volgorde) {
      if (a.gevraagdBedrag === null) {
        continue;
      }
      const van = a.toegekendBedrag ?? 0;
      const naar = nieuw.get(a.id) ?? van;
      if (naar > van) {
        const extra = naar - van;
        const past = a.plafondId ? await this.regels.reserveer(tx, a.plafondId, extra) : 0;
        if (past < extra) {
          const t = bedragen.get(a.id);
          throw new DomainError(
            FoutCode.PLAFOND_BEREIKT,
            `In het subsidieplafond is nog ${euro(past)} vrij; ${euro(extra)} meer toekennen kan niet (Awb 4:25).`,
            [{ veld: `${h.veld}[${t?.index ?? 0}].bedrag`, melding: `mag hoogstens ${van + past} zijn.` }],
          );
        }
        await this.regels.verlenen(tx, a.plafondId!, extra, extra);
      } else if (naar < van && a.plafondId) {
        await this.regels.verlagen(tx, a.plafondId, van - naar);
      }
      if (naar !== van || a.toegekendBedrag === null) {
        herzieningen.push({
          aanvraagId: a.id,
          naam: instrumenten.find((i) => i.id === a.instrumentId)?.naam ?? 'Aanvraag',
          van,
          naar,
        });
      }
      a.toegekendBedrag = naar;
      await tx.save(a);
    }
    e.besluitUitkomst = h.uitkomst;
    // The decision in force is now the one on the objection: its day counts for the file, and no
    // new objection lies against it (appeal does: Awb 8:1); bezwaarMogelijkTot stays as it was.
    e.besluitGenomenOp = h.op;
    e.besluitGenomenDoor = h.door.naam;
    e.besluitGenomenDoorSub = h.door.sub;
    // Awb 7:11: the new decision that takes the place of the revoked one, in the decision record.
    await this.besluiten.vastleggen(tx, {
      initiatiefId: e.id,
      soort: aanvraagbesluitSoort(h.uitkomst, besluitRegels(aanvragen, 'toegekend')),
      regels: besluitRegels(aanvragen, 'toegekend'),
      motivering: h.toelichting,
      door: h.door,
      genomenOp: h.op,
      betreftBesluitId: h.besluitId,
      gegevens: { bezwaarId: h.bezwaar.id, bezwaarReferentie: h.bezwaar.referentie },
    });
    const naar = h.uitkomst === BesluitUitkomst.TOEGEKEND ? InitiatiefStatus.TOEGEKEND : InitiatiefStatus.AFGEWEZEN;
    await this.wijzigStatus(tx, e, naar, h.door, false, h.toelichting);
    return herzieningen;
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

  /**
   * A staff act on one initiative: the conflict check (geenBelangBijBehandeling), then the act in
   * a transaction on the locked row. When the applicant or the applying organisation changed
   * between the check and the lock (the initiator completed the request meanwhile), the check no
   * longer holds for the file as it now is: the act is refused and can simply be tried again.
   */
  async behandelen<T>(
    initiatiefId: string,
    gebruiker: Gebruiker,
    handeling: (
      tx: EntityManager,
      e: InitiatiefEntity,
      verschoningen: BelangenconflictModel[],
      vrij: GelijkgesteldeDagen,
    ) => Promise<T>,
  ): Promise<T> {
    const vooraf = await this.initiatieven.findOneBy({ id: initiatiefId });
    if (!vooraf) {
      throw fout.nietGevonden('Het initiatief');
    }
    const verschoningen = await this.geenBelangBijBehandeling(vooraf, gebruiker);
    return this.dataSource.transaction(async (tx) => {
      // The equated days before the row lock: adding one takes their lock first, then the rows.
      const vrij = await this.regels.dagenVoorTermijnen(tx);
      const e = await this.vergrendelOpId(tx, initiatiefId);
      zelfdeAanvrager(vooraf, e);
      return handeling(tx, e, verschoningen, vrij);
    });
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

  // ---------------------------------------------------------------- internals

  /**
   * Runs the check and reserves, per request under a rule, what still fits in the ceiling of the
   * rule, the period and (when it has its own ceiling) the stadsdeel. Ceilings are locked in id
   * order, so two transactions never wait for each other crosswise.
   */
  private async toetsEnReserveer(tx: EntityManager, e: InitiatiefEntity, vandaag: string, periode: string): Promise<Bevinding[]> {
    return this.reserveer(tx, await this.toetsVoorIndiening(tx, e, vandaag, periode), periode);
  }

  /** The check and the ceiling of every request under a rule; locks nothing. */
  private async toetsVoorIndiening(tx: EntityManager, e: InitiatiefEntity, vandaag: string, periode: string) {
    const aanvragen = await tx.find(OndersteuningsaanvraagEntity, {
      where: { initiatiefId: e.id },
      order: { volgnummer: 'ASC' },
    });
    const toetsing = await this.voerToetsUit(tx, this.gegevensVan(e, aanvragen), vandaag, null, e.id);
    const bevindingen = [...toetsing.bevindingen];
    e.beslistermijnWeken =
      Math.max(0, ...toetsing.regelingPerAanvraag.map((r) => r?.beslistermijnWeken ?? 0)) || STANDAARD_BESLISTERMIJN_WEKEN;
    const teReserveren: Array<{
      aanvraag: OndersteuningsaanvraagEntity;
      plafondId: string | null;
      code: string;
      naam: string;
      tender: boolean;
    }> = [];
    // The rule's maximum holds for its requests together (toetsRegeling): what is left per code.
    const maximumOver = new Map<string, number | null>();
    for (const [i, a] of aanvragen.entries()) {
      const regeling = toetsing.regelingPerAanvraag[i];
      a.regelingId = regeling?.id ?? null;
      a.plafondId = null;
      a.gereserveerdBedrag = 0;
      a.aanspraakBedrag = null;
      if (regeling && a.gevraagdBedrag) {
        const tender = (regeling as Partial<SubsidieregelingEntity>).verdeelmethode === Verdeelmethode.VERGELIJKENDE_BEOORDELING;
        const over = maximumOver.has(regeling.code) ? maximumOver.get(regeling.code)! : regeling.maximumBedrag;
        // Reserve only what can be granted: never above the rule's maximum (Awb 4:25). A tender
        // has no line: its ceiling is allocated by ranking after the window closes (Awb 4:26).
        a.aanspraakBedrag = tender ? null : aanspraak(a.gevraagdBedrag, over);
        maximumOver.set(regeling.code, over === null ? null : Math.max(0, over - (a.aanspraakBedrag ?? 0)));
        teReserveren.push({
          tender,
          aanvraag: a,
          plafondId: await this.regels.plafondVoor(tx, regeling.code, periode, e.stadsdeelId),
          code: regeling.code,
          naam: regeling.naam,
        });
      }
    }
    teReserveren.sort(
      (x, y) => (x.plafondId ?? '').localeCompare(y.plafondId ?? '') || x.aanvraag.volgnummer - y.aanvraag.volgnummer,
    );
    return { aanvragen, bevindingen, teReserveren };
  }

  /** Reserves what still fits, ceiling by ceiling in id order, and saves the requests. */
  private async reserveer(
    tx: EntityManager,
    { aanvragen, bevindingen, teReserveren }: Awaited<ReturnType<InitiatievenService['toetsVoorIndiening']>>,
    periode: string,
  ): Promise<Bevinding[]> {
    for (const r of teReserveren) {
      const gevraagd = r.aanvraag.aanspraakBedrag ?? r.aanvraag.gevraagdBedrag!;
      r.aanvraag.plafondId = r.plafondId;
      const past = await this.grootboek.reserveerBijOntvangst(tx, r.aanvraag);
      const voorwaarde = `${r.code}.PLAFOND_BEREIKT`;
      if (r.tender && r.plafondId) {
        continue; // Awb 4:26: nothing is reserved; the ranking decides after the window closes.
      }
      if (!r.plafondId) {
        bevindingen.push({
          voorwaarde,
          voldaan: false,
          toelichting: `Voor "${r.naam}" is voor ${periode} geen subsidieplafond vastgesteld; er is dus geen geld beschikbaar voor uw aanvraag van ${euro(gevraagd)}.`,
        });
      } else if (past < gevraagd) {
        bevindingen.push({
          voorwaarde,
          voldaan: false,
          toelichting:
            past > 0
              ? `Het subsidieplafond van "${r.naam}" voor ${periode} is bijna bereikt: van de gevraagde ${euro(gevraagd)} past nog ${euro(past)}. Meer kan niet worden toegekend (Awb 4:25).`
              : `Het subsidieplafond van "${r.naam}" voor ${periode} is bereikt: van de gevraagde ${euro(gevraagd)} past niets meer. De aanvraag kan alleen worden afgewezen (Awb 4:25).`,
        });
      }
    }
    await tx.save(aanvragen);
    return bevindingen;
  }

  /** Releases the reservations and offers the money to the line, in this transaction (Awb 4:25). */
  async geefReserveringenVrij(tx: EntityManager, initiatiefId: string): Promise<void> {
    await this.grootboek.geefVrij(tx, initiatiefId);
  }

  private bedragenPerAanvraag(invoer: ToekenningInput[], aanvragen: OndersteuningsaanvraagEntity[], veld: string) {
    const result = new Map<string, { bedrag: number; index: number }>();
    const velden: Array<{ veld: string; melding: string }> = [];
    invoer.forEach((t, index) => {
      const id = fromGlobalId(t.aanvraagId, 'Ondersteuningsaanvraag', `${veld}[${index}].aanvraagId`);
      if (!aanvragen.some((a) => a.id === id)) {
        velden.push({ veld: `${veld}[${index}].aanvraagId`, melding: 'hoort niet bij dit initiatief.' });
      } else if (result.has(id)) {
        velden.push({ veld: `${veld}[${index}].aanvraagId`, melding: 'komt twee keer voor.' });
      } else {
        result.set(id, { bedrag: t.bedrag, index });
      }
    });
    if (velden.length > 0) {
      throw fout.ongeldigeInvoer(velden);
    }
    return result;
  }

  private gegevensVan(e: InitiatiefEntity, aanvragen: OndersteuningsaanvraagEntity[]): Gegevens {
    return {
      titel: e.titel,
      beschrijving: e.beschrijving,
      schaal: e.schaal,
      buurtIds: e.buurtIds,
      stadsdeelId: e.stadsdeelId,
      aanvragerSoort: e.aanvragerSoort,
      organisatieId: e.organisatieId,
      aantalBetrokkenBewoners: e.aantalBetrokkenBewoners,
      startdatum: e.startdatum,
      einddatum: e.einddatum,
      aanvragen: aanvragen.map((a) => ({
        instrumentId: a.instrumentId,
        gevraagdBedrag: a.gevraagdBedrag,
        eigenBijdrage: a.eigenBijdrage,
        toelichting: a.toelichting,
      })),
    };
  }

  private neemGegevensOver(e: InitiatiefEntity, g: Gegevens): void {
    e.titel = g.titel;
    e.beschrijving = g.beschrijving;
    e.schaal = g.schaal;
    e.buurtIds = g.buurtIds;
    e.stadsdeelId = g.stadsdeelId;
    e.aanvragerSoort = g.aanvragerSoort;
    e.organisatieId = g.organisatieId;
    e.aantalBetrokkenBewoners = g.aantalBetrokkenBewoners;
    e.startdatum = g.startdatum;
    e.einddatum = g.einddatum;
  }

  private async bewaarAanvragen(tx: EntityManager, initiatiefId: string, g: Gegevens): Promise<void> {
    if (g.aanvragen.length === 0) {
      return;
    }
    await tx.save(
      g.aanvragen.map((a, i) =>
        tx.create(OndersteuningsaanvraagEntity, {
          initiatiefId,
          volgnummer: i + 1,
          instrumentId: a.instrumentId,
          regelingId: null,
          gevraagdBedrag: a.gevraagdBedrag,
          eigenBijdrage: a.eigenBijdrage,
          toelichting: a.toelichting,
          plafondId: null,
          gereserveerdBedrag: 0,
          toegekendBedrag: null,
          vastgesteldBedrag: null,
        }),
      ),
    );
  }

  async vergrendel(tx: EntityManager, globalId: string): Promise<InitiatiefEntity> {
    return this.vergrendelOpId(tx, fromGlobalId(globalId, 'Initiatief', 'id'));
  }

  async vergrendelOpId(tx: EntityManager, id: string): Promise<InitiatiefEntity> {
    const e = await tx.findOne(InitiatiefEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!e) {
      throw fout.nietGevonden('Het initiatief');
    }
    return e;
  }

  alleenIndiener(e: InitiatiefEntity, gebruiker: Gebruiker): void {
    if (e.indienerSub !== gebruiker.sub) {
      // Do not reveal whether someone else's draft exists.
      if (e.status === InitiatiefStatus.CONCEPT && !isMedewerker(gebruiker)) {
        throw fout.nietGevonden('Het initiatief');
      }
      throw fout.geenToegang('Alleen de initiatiefnemer kan dit doen.');
    }
  }

  async wijzigStatus(
    tx: EntityManager,
    e: InitiatiefEntity,
    naar: InitiatiefStatus,
    gebruiker: Gebruiker,
    doorIndiener: boolean,
    toelichting: string | null,
  ) {
    const van = e.status;
    e.status = naar;
    e.gewijzigdOp = new Date();
    const saved = await tx.save(e);
    await this.schrijfHistorie(tx, saved, van, naar, gebruiker, doorIndiener, toelichting);
    // The buurt codes, in the initiative's order, for the webhook event and the live update (one query).
    const buurtcodes = await this.buurten.buurtcodes(saved.buurtIds, tx);
    await this.publiceerStatus(tx, saved, van, naar, buurtcodes);
    // Subscription initiatiefGewijzigd, on every instance, once the transaction has committed.
    this.live.melden(tx, saved, van, naar, buurtcodes);
    return toInitiatiefModel(saved, 'volledig');
  }

  /**
   * Webhook event (channel `initiatieven`) in the transaction of the change. Events follow the
   * public view: only transitions into a public status (granted and later) are published, with
   * no personal data; kenmerk `buurtcode` lists all its buurten (a filter on any of them matches).
   */
  private async publiceerStatus(
    tx: EntityManager,
    e: InitiatiefEntity,
    van: InitiatiefStatus,
    naar: InitiatiefStatus,
    buurtcodes: string[],
  ) {
    if (!PUBLIEKE_STATUSSEN.includes(naar)) {
      return;
    }
    const onderwerp = toGlobalId('Initiatief', e.id);
    await this.gebeurtenissen.publiceer(tx, {
      kanaal: 'initiatieven',
      type: `nl.heerlen.buurtwerk.initiatief.${naar.toLowerCase()}`,
      onderwerp,
      kenmerken: { buurtcode: buurtcodes, status: naar },
      data: {
        id: onderwerp,
        referentie: e.referentie,
        titel: e.titel,
        van,
        status: naar,
        buurtcodes,
      },
    });
  }

  private async schrijfHistorie(
    tx: EntityManager,
    e: InitiatiefEntity,
    van: InitiatiefStatus | null,
    naar: InitiatiefStatus,
    gebruiker: Gebruiker,
    doorIndiener: boolean,
    toelichting: string | null,
  ): Promise<void> {
    await tx.save(
      tx.create(StatusWijzigingEntity, {
        initiatiefId: e.id,
        van,
        naar,
        op: new Date(),
        door: gebruiker.naam,
        doorSub: gebruiker.sub,
        doorIndiener,
        toelichting,
      }),
    );
  }
}

/** The status a decision leads to. */
const STATUS_NA_BESLUIT: Record<BesluitUitkomst, InitiatiefStatus> = {
  [BesluitUitkomst.TOEGEKEND]: InitiatiefStatus.TOEGEKEND,
  [BesluitUitkomst.AFGEWEZEN]: InitiatiefStatus.AFGEWEZEN,
  [BesluitUitkomst.BUITEN_BEHANDELING]: InitiatiefStatus.BUITEN_BEHANDELING,
};

/** The decision deadline for `dagenOpgeschort` suspended days, after any delay notice (Awb 4:13-4:15). */
export function lopendeTermijn(e: InitiatiefEntity, dagenOpgeschort: number, vrij: GelijkgesteldeDagen): string {
  return lopendeBeslistermijn(
    e.ingediendDatum!,
    e.beslistermijnWeken!,
    dagenOpgeschort,
    e.verdaagdTot ? { tot: e.verdaagdTot, dagenOpgeschortBijVerdaging: e.dagenOpgeschortBijVerdaging } : null,
    vrij,
  );
}

/**
 * Awb 4:15: the suspension ends on `vandaag` (information supplied, or staff go on without it),
 * never later than the last day of the aanvulling term; the term resumes with the days suspended.
 */
export function hervatTermijn(e: InitiatiefEntity, vandaag: string, vrij: GelijkgesteldeDagen): void {
  if (e.opgeschortSinds && e.aanvullenUiterlijk) {
    e.dagenOpgeschort += opgeschorteDagen(e.opgeschortSinds, e.aanvullenUiterlijk, vandaag);
  }
  e.opgeschortSinds = null;
  e.aanvullenUiterlijk = null;
  e.beslissenUiterlijk = lopendeTermijn(e, e.dagenOpgeschort, vrij);
}

/** Awb 4:17 lid 1: a penalty stops on the day the decision is taken (or the request is withdrawn). */
function stopDwangsom(e: InitiatiefEntity, nu: Date = new Date()): void {
  if (e.ingebrekestellingOntvangen && !e.dwangsomGestoptOp) {
    e.dwangsomGestoptOp = amsterdamseDatum(nu);
  }
}

/** One request's granted amount before and after a revision on objection (cents). */
export interface BezwaarHerziening {
  aanvraagId: string;
  naam: string;
  van: number;
  naar: number;
}

/** What the conflict check needs of an initiative: who applied, nothing about its merits. */
export type Belanghebbenden = Pick<InitiatiefEntity, 'id' | 'organisatieId' | 'indienerSub' | 'indienerNaam'>;

function conflictVraag(e: Belanghebbenden): ConflictVraag {
  return { initiatiefId: e.id, organisatieId: e.organisatieId, indienerSub: e.indienerSub, indienerNaam: e.indienerNaam };
}

/**
 * The conflict check ran on `gecontroleerd` before the transaction; the locked row must still have
 * the same applicant, or the check says nothing about it (refused; trying again checks anew).
 */
function zelfdeAanvrager(gecontroleerd: Belanghebbenden, e: InitiatiefEntity): void {
  if (e.organisatieId !== gecontroleerd.organisatieId || e.indienerSub !== gecontroleerd.indienerSub) {
    throw new DomainError(
      FoutCode.CONFLICT,
      'De aanvrager van dit initiatief is zojuist gewijzigd; bekijk het initiatief opnieuw en probeer het dan nog eens.',
    );
  }
}

/** The initiator and staff see everything; anyone else only granted initiatives, without personal data. */
export function zichtVoor(e: InitiatiefEntity, gebruiker: Gebruiker | null): Zicht | null {
  if (gebruiker && e.indienerSub === gebruiker.sub) {
    return 'volledig';
  }
  if (isMedewerker(gebruiker) && e.status !== InitiatiefStatus.CONCEPT) {
    return 'volledig';
  }
  return PUBLIEKE_STATUSSEN.includes(e.status) ? 'publiek' : null;
}

/** Awb 4:25: every request asks for money and nothing of it is available now. */
function alleenAfwijzenMogelijk(
  aanvragen: readonly OndersteuningsaanvraagEntity[],
  beschikbaar: ReadonlyMap<string, number>,
): boolean {
  const financieel = aanvragen.filter((a) => a.gevraagdBedrag !== null && a.gevraagdBedrag > 0);
  return (
    financieel.length > 0 && financieel.length === aanvragen.length && financieel.every((a) => (beschikbaar.get(a.id) ?? 0) === 0)
  );
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
