import { Injectable } from '@nestjs/common';
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
  Lidmaatschappen,
  klok,
} from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { OrganisatieEntity } from '@buurtwerk/partners';
import {
  AanvragerSoort,
  beslissenUiterlijk,
  type Bevinding,
  euro,
  InstrumentEntity,
  InstrumentSoort,
  STANDAARD_BESLISTERMIJN_WEKEN,
  SubsidieregelingEntity,
  type SubsidieregelingInput,
  SubsidieregelsService,
  toToetsresultaatModel,
  Verdeelmethode,
} from '@buurtwerk/subsidieregels';
import type { InitiatiefInput } from './dto/initiatief.input';
import { InitiatiefEntity, InitiatiefStatus, OndersteuningsaanvraagEntity } from './initiatief.entity';
import { toInitiatiefModel } from './initiatief.model';
import { BrievenService } from './brieven/brieven.service';
import { BehoeftenPoort } from './behoeften.poort';
import { GrootboekService } from './grootboek.service';
import { aanspraak } from './plafond.rules';
import { controleerOvergang, referentie, type ToetsGegevens, type Toetsing, toetsInitiatief } from './initiatief.rules';
import { DossierService } from './dossier.service';
import { alleenIndiener, hervatTermijn, stopDwangsom, zichtVoor } from './dossier.rules';

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

/**
 * Intake (docs/domein.md, "Lifecycle"): the live check of a draft (invariant 4), saving a draft,
 * submitting it (reference, receipt, check and reservation in the ceiling, Awb 4:3a and 4:25),
 * withdrawing it, and completing it after a request for information (Awb 4:5, 4:15; invariant 3).
 * The acts of the applicant before a decision; staff's acts are in BehandelingService.
 */
@Injectable()
export class IndieningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InitiatiefEntity) private readonly rijen: Repository<InitiatiefEntity>,
    private readonly buurten: BuurtenService,
    private readonly regels: SubsidieregelsService,
    private readonly lidmaatschappen: Lidmaatschappen,
    private readonly behoeften: BehoeftenPoort,
    private readonly brieven: BrievenService,
    private readonly grootboek: GrootboekService,
    private readonly dossier: DossierService,
  ) {}

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
      const e = await this.rijen.findOneBy({ id });
      initiatiefId = e && zichtVoor(e, gebruiker) === 'volledig' ? e.id : null;
    }
    const gegevens = await this.gegevensUitInput(input, this.dataSource.manager);
    const toetsing = await this.voerToetsUit(
      this.dataSource.manager,
      gegevens,
      amsterdamseDatum(klok.nu()),
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
        e = await this.dossier.vergrendel(tx, globalId);
        alleenIndiener(e, gebruiker);
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
          aangemaaktOp: klok.nu(),
        });
      }
      this.neemGegevensOver(e, gegevens);
      e.gewijzigdOp = new Date();
      e = await tx.save(e);
      await this.bewaarAanvragen(tx, e.id, gegevens);
      if (!globalId) {
        await this.dossier.schrijfHistorie(tx, e, null, InitiatiefStatus.CONCEPT, gebruiker, true, null);
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
    return this.dossier.alsIndiener(
      globalId,
      gebruiker,
      async (tx, e, vrij) => {
        controleerOvergang(e.status, InitiatiefStatus.INGEDIEND, 'INITIATIEFNEMER');
        // Everything that does not need the counter comes before it (the check, finding the
        // ceilings): every submission of the year waits for the counter row until the previous
        // one commits, so the locked section is only counter, reservation and status.
        const datumVooraf = amsterdamseDatum(klok.nu());
        const jaar = Number(datumVooraf.slice(0, 4));
        let toets = await this.toetsVoorIndiening(tx, e, datumVooraf, String(jaar));
        const [teller] = (await tx.query(
          `INSERT INTO initiatief_referentieteller (jaar, laatste) VALUES ($1, 1)
         ON CONFLICT (jaar) DO UPDATE SET laatste = initiatief_referentieteller.laatste + 1
         RETURNING laatste`,
          [jaar],
        )) as Array<{ laatste: number }>;
        // Receipt is the moment we hold the counter: references and receipt order agree.
        const nu = klok.nu();
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
        const model = await this.dossier.wijzigStatus(tx, e, InitiatiefStatus.INGEDIEND, gebruiker, true, null);
        await this.brieven.ontvangstbevestiging(tx, e); // Awb 4:3a
        return model;
      },
      { termijnen: true },
    );
  }

  async intrekken(globalId: string, toelichting: string | null | undefined, gebruiker: Gebruiker) {
    return this.dossier.alsIndiener(globalId, gebruiker, async (tx, e) => {
      controleerOvergang(e.status, InitiatiefStatus.INGETROKKEN, 'INITIATIEFNEMER');
      stopDwangsom(e);
      await this.dossier.geefReserveringenVrij(tx, e.id);
      return this.dossier.wijzigStatus(tx, e, InitiatiefStatus.INGETROKKEN, gebruiker, true, toelichting?.slice(0, 2000) ?? null);
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
    return this.dossier.alsIndiener(
      globalId,
      gebruiker,
      async (tx, e, vrij) => {
        controleerOvergang(e.status, InitiatiefStatus.IN_BEHANDELING, 'INITIATIEFNEMER');
        const vandaag = amsterdamseDatum(klok.nu());
        hervatTermijn(e, vandaag, vrij);
        // docs/domein.md, invariant 3: an incomplete request counts as received when it became complete,
        // so it takes its place in line today, behind the requests that were complete earlier.
        e.volledigOntvangenOp = klok.nu();
        await this.dossier.geefReserveringenVrij(tx, e.id);
        await tx.delete(OndersteuningsaanvraagEntity, { initiatiefId: e.id });
        this.neemGegevensOver(e, gegevens);
        await this.bewaarAanvragen(tx, e.id, gegevens);
        e.toetsresultaat = await this.toetsEnReserveer(tx, e, vandaag, e.referentie!.slice(4, 8));
        return this.dossier.wijzigStatus(tx, e, InitiatiefStatus.IN_BEHANDELING, gebruiker, true, 'Aanvulling aangeleverd.');
      },
      { termijnen: true },
    );
  }

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
    { aanvragen, bevindingen, teReserveren }: Awaited<ReturnType<IndieningService['toetsVoorIndiening']>>,
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
}
