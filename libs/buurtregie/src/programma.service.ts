import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  amsterdamseDatum,
  DomainError,
  fout,
  FoutCode,
  fromGlobalId,
  type Gebruiker,
  heeftRol,
  Lidmaatschappen,
  NodeRegistry,
  toGlobalId,
  klok,
} from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { PartnersService } from '@buurtwerk/partners';
import { SubsidieregelsService } from '@buurtwerk/subsidieregels';
import type {
  ProgrammaBudgetArgs,
  ProgrammaDoelInput,
  ProgrammaInbrengInput,
  ProgrammaInbrengVensterArgs,
  UitvoeringsprogrammaInput,
} from './dto/programma.input';
import { BehoefteEntity } from './behoefte.entity';
import { JaarverslagModel } from './jaarverslag.model';
import { JaarverslagService } from './jaarverslag.service';
import {
  InbrengSoort,
  ProgrammaBudgetEntity,
  ProgrammaDoelEntity,
  ProgrammaInbrengEntity,
  ProgrammaStatus,
  UitvoeringsprogrammaEntity,
} from './programma.entity';
import { ProgrammaInbrengModel, toUitvoeringsprogrammaModel, type UitvoeringsprogrammaModel } from './programma.model';
import {
  evaluatieMagStarten,
  inbrengMogelijk,
  jaarToegestaan,
  PROGRAMMA_LEZERS,
  PROGRAMMA_STATUS_TEKST,
  programmaMagOvergaan,
  wijzigbaar,
} from './programma.rules';

/**
 * The yearly uitvoeringsprogramma and its evaluation (issue 20): drawn up and adopted by policy
 * staff per stadsdeel or city-wide, with goals linked to the buurtagenda's needs, actions with
 * owners and a budget per instrument; at year end evaluated with the year report's figures and
 * published for the council.
 */
@Injectable()
export class ProgrammaService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly buurten: BuurtenService,
    private readonly regels: SubsidieregelsService,
    private readonly jaarverslag: JaarverslagService,
    private readonly nodes: NodeRegistry,
    private readonly partners: PartnersService,
    private readonly lidmaatschappen: Lidmaatschappen,
  ) {}

  onModuleInit(): void {
    this.nodes.registreer('Uitvoeringsprogramma', async (id, gebruiker) => {
      const e = await this.dataSource.manager.findOneBy(UitvoeringsprogrammaEntity, { id });
      return e && this.magZien(e, gebruiker) ? (await this.modellen([e], gebruiker))[0] : null;
    });
  }

  /** Staff see every programme; everyone else the adopted ones (public policy). */
  async lijst(jaar: number | null | undefined, gebruiker: Gebruiker | null): Promise<UitvoeringsprogrammaModel[]> {
    const qb = this.dataSource.manager.createQueryBuilder(UitvoeringsprogrammaEntity, 'p');
    if (jaar) {
      qb.where('p.jaar = :jaar', { jaar });
    }
    if (!this.isLezer(gebruiker)) {
      // A draft is public only while it is open for partners' input.
      qb.andWhere('(p.status <> :concept OR p.inbreng_van IS NOT NULL)', { concept: ProgrammaStatus.CONCEPT });
    }
    const rijen = await qb
      .orderBy('p.jaar', 'DESC')
      .addOrderBy('p.stadsdeel_id', 'ASC', 'NULLS FIRST')
      .addOrderBy('p.id')
      .getMany();
    return this.modellen(rijen, gebruiker);
  }

  async opstellen(input: UitvoeringsprogrammaInput, gebruiker: Gebruiker): Promise<UitvoeringsprogrammaModel> {
    if (!jaarToegestaan(input.jaar, amsterdamseDatum(klok.nu()))) {
      throw fout.veld('input.jaar', 'moet dit jaar of een van de twee volgende jaren zijn.');
    }
    let stadsdeelId: string | null = null;
    if (input.stadsdeelId) {
      stadsdeelId = fromGlobalId(input.stadsdeelId, 'Stadsdeel', 'input.stadsdeelId');
      if ((await this.buurten.stadsdelenBijIds([stadsdeelId])).length === 0) {
        throw fout.veld('input.stadsdeelId', 'is geen bestaand stadsdeel.');
      }
    }
    // One programme per year and area: the partial unique indexes decide, also for two at once.
    const nieuw = await this.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO uitvoeringsprogramma (jaar, stadsdeel_id, titel, inleiding, status, opgesteld_door)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING id`,
      [input.jaar, stadsdeelId, input.titel.trim(), input.inleiding.trim(), ProgrammaStatus.CONCEPT, gebruiker.sub],
    );
    if (nieuw.length === 0) {
      throw new DomainError(
        FoutCode.CONFLICT,
        `Er is al een uitvoeringsprogramma voor ${input.jaar} ${stadsdeelId ? 'in dit stadsdeel' : 'voor de hele stad'}.`,
      );
    }
    const e = await this.dataSource.manager.findOneByOrFail(UitvoeringsprogrammaEntity, { id: nieuw[0].id });
    return (await this.modellen([e], gebruiker))[0];
  }

  async doelToevoegen(programmaGlobalId: string, input: ProgrammaDoelInput): Promise<UitvoeringsprogrammaModel> {
    const behoefteIds = [...new Set(input.behoefteIds.map((b) => fromGlobalId(b, 'Behoefte', 'input.behoefteIds')))];
    return this.dataSource.transaction(async (tx) => {
      const p = await this.vergrendel(tx, programmaGlobalId, 'programmaId');
      this.controleerWijzigbaar(p);
      if (behoefteIds.length > 0) {
        const gebiedBuurten = p.stadsdeelId ? await this.buurten.buurtIdsInStadsdeel(p.stadsdeelId) : null;
        const gevonden = await tx
          .createQueryBuilder(BehoefteEntity, 'b')
          .where('b.id IN (:...ids)', { ids: behoefteIds })
          .andWhere(`b.status NOT IN ('INGEDIEND', 'AFGEWEZEN')`)
          .getMany();
        const goed = gevonden.filter((b) => gebiedBuurten === null || gebiedBuurten.includes(b.buurtId));
        if (goed.length !== behoefteIds.length) {
          throw fout.veld('input.behoefteIds', 'noemt een behoefte die niet op de buurtagenda van dit gebied staat.');
        }
      }
      await tx.save(
        tx.create(ProgrammaDoelEntity, {
          programmaId: p.id,
          titel: input.titel.trim(),
          eigenaar: input.eigenaar.trim(),
          behoefteIds,
          acties: input.acties.map((a) => ({ omschrijving: a.omschrijving.trim(), eigenaar: a.eigenaar.trim() })),
        }),
      );
      return (await this.modellen([p], null, tx, true))[0];
    });
  }

  async budgetVaststellen(args: ProgrammaBudgetArgs): Promise<UitvoeringsprogrammaModel> {
    const instrumentId = fromGlobalId(args.instrumentId, 'Instrument', 'instrumentId');
    if ((await this.regels.instrumentenBijIds([instrumentId])).length === 0) {
      throw fout.veld('instrumentId', 'is geen instrument van de menukaart.');
    }
    return this.dataSource.transaction(async (tx) => {
      const p = await this.vergrendel(tx, args.programmaId, 'programmaId');
      this.controleerWijzigbaar(p);
      if (args.bedrag === 0) {
        await tx.delete(ProgrammaBudgetEntity, { programmaId: p.id, instrumentId });
      } else {
        await tx.query(
          `INSERT INTO programma_budget (programma_id, instrument_id, bedrag) VALUES ($1, $2, $3)
           ON CONFLICT ON CONSTRAINT "UQ_programma_budget_instrument" DO UPDATE SET bedrag = EXCLUDED.bedrag, gewijzigd_op = now()`,
          [p.id, instrumentId, args.bedrag],
        );
      }
      return (await this.modellen([p], null, tx, true))[0];
    });
  }

  async vaststellen(globalId: string): Promise<UitvoeringsprogrammaModel> {
    return this.overgang(globalId, ProgrammaStatus.VASTGESTELD, async (p, tx) => {
      const doelen = await tx.countBy(ProgrammaDoelEntity, { programmaId: p.id });
      if (doelen === 0) {
        throw fout.veld('id', 'heeft nog geen doelen: voeg eerst minstens één doel toe.');
      }
      p.vastgesteldOp = klok.nu();
    });
  }

  /** Year end: the evaluation starts (from 1 December of the programme's year). */
  async evaluatieStarten(globalId: string): Promise<UitvoeringsprogrammaModel> {
    return this.overgang(globalId, ProgrammaStatus.EVALUATIE, async (p) => {
      if (!evaluatieMagStarten(p.jaar, amsterdamseDatum(klok.nu()))) {
        throw fout.veld('id', `kan pas vanaf 1 december ${p.jaar} worden geëvalueerd.`);
      }
    });
  }

  /**
   * The evaluation: the year report's figures of the area are recorded as they are now, with the
   * municipality's conclusion, and published for the council.
   */
  async evalueren(globalId: string, conclusie: string): Promise<UitvoeringsprogrammaModel> {
    const id = fromGlobalId(globalId, 'Uitvoeringsprogramma', 'id');
    const p0 = await this.dataSource.manager.findOneBy(UitvoeringsprogrammaEntity, { id });
    if (!p0) {
      throw fout.nietGevonden('Het uitvoeringsprogramma');
    }
    const cijfers = await this.cijfersVan(p0);
    return this.overgang(globalId, ProgrammaStatus.GEEVALUEERD, async (p) => {
      p.conclusie = conclusie.trim();
      p.cijfers = JSON.parse(JSON.stringify(cijfers)) as Record<string, unknown>;
      p.geevalueerdOp = klok.nu();
    });
  }

  // ---------------------------------------------------------------- partners ("samen met diverse partners in de buurt")

  /** Open the draft for partners' input from `openVan` to `openTot`; the draft is public from then on. */
  async inbrengOpenen(args: ProgrammaInbrengVensterArgs): Promise<UitvoeringsprogrammaModel> {
    if (args.openTot < args.openVan) {
      throw fout.veld('openTot', 'ligt vóór de eerste dag; kies een latere dag.');
    }
    if (args.openTot < amsterdamseDatum(klok.nu())) {
      throw fout.veld('openTot', 'ligt in het verleden.');
    }
    return this.dataSource.transaction(async (tx) => {
      const p = await this.vergrendel(tx, args.id, 'id');
      this.controleerWijzigbaar(p);
      p.inbrengVan = args.openVan;
      p.inbrengTot = args.openTot;
      return (await this.modellen([await tx.save(p)], null, tx, true))[0];
    });
  }

  /**
   * A partner gives input on the draft in its window, or its evaluation while the programme is
   * evaluated, for an organisation they are linked to.
   */
  async inbrengGeven(
    programmaGlobalId: string,
    input: ProgrammaInbrengInput,
    gebruiker: Gebruiker,
  ): Promise<UitvoeringsprogrammaModel> {
    const organisatieId = fromGlobalId(input.organisatieId, 'Organisatie', 'input.organisatieId');
    if ((await this.partners.organisatiesBijIds([organisatieId])).length === 0) {
      throw fout.veld('input.organisatieId', 'is geen bestaande organisatie.');
    }
    if (!(await this.lidmaatschappen.isLidVan(gebruiker, organisatieId))) {
      throw fout.geenToegang('Je kunt alleen inbreng geven namens een organisatie waaraan je bent gekoppeld.');
    }
    return this.dataSource.transaction(async (tx) => {
      const id = fromGlobalId(programmaGlobalId, 'Uitvoeringsprogramma', 'programmaId');
      // A share lock: the window or status cannot change while this is written.
      const p = await tx.findOne(UitvoeringsprogrammaEntity, { where: { id }, lock: { mode: 'pessimistic_read' } });
      if (!p || !this.magZien(p, gebruiker)) {
        throw fout.nietGevonden('Het uitvoeringsprogramma');
      }
      const soort = inbrengMogelijk(p, amsterdamseDatum(klok.nu()));
      if (!soort) {
        throw new DomainError(
          FoutCode.STEMMING_GESLOTEN,
          p.inbrengVan && p.status === ProgrammaStatus.CONCEPT
            ? `Inbreng op dit programma kan van ${p.inbrengVan} tot en met ${p.inbrengTot}.`
            : 'Dit programma staat nu niet open voor inbreng of evaluatie van partners.',
        );
      }
      await tx.save(
        tx.create(ProgrammaInbrengEntity, {
          programmaId: p.id,
          soort,
          organisatieId,
          tekst: input.tekst.trim(),
          ingediendDoor: gebruiker.sub,
        }),
      );
      return (await this.modellen([p], gebruiker, tx))[0];
    });
  }

  // ---------------------------------------------------------------- helpers

  private async cijfersVan(p: UitvoeringsprogrammaEntity): Promise<JaarverslagModel> {
    const gebied = p.stadsdeelId
      ? await this.jaarverslag.gebied(null, toGlobalId('Stadsdeel', p.stadsdeelId))
      : await this.jaarverslag.gebied(null, null);
    return this.jaarverslag.bereken(p.jaar, gebied);
  }

  private async overgang(
    globalId: string,
    naar: ProgrammaStatus,
    wijzig: (p: UitvoeringsprogrammaEntity, tx: EntityManager) => Promise<void>,
  ): Promise<UitvoeringsprogrammaModel> {
    return this.dataSource.transaction(async (tx) => {
      const p = await this.vergrendel(tx, globalId, 'id');
      if (!programmaMagOvergaan(p.status, naar)) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          `Dit uitvoeringsprogramma is ${PROGRAMMA_STATUS_TEKST[p.status]} en kan niet ${PROGRAMMA_STATUS_TEKST[naar]} worden.`,
        );
      }
      await wijzig(p, tx);
      p.status = naar;
      return (await this.modellen([await tx.save(p)], null, tx, true))[0];
    });
  }

  private controleerWijzigbaar(p: UitvoeringsprogrammaEntity): void {
    if (!wijzigbaar(p.status)) {
      throw new DomainError(
        FoutCode.ONGELDIGE_STATUSOVERGANG,
        `Dit uitvoeringsprogramma is ${PROGRAMMA_STATUS_TEKST[p.status]}; doelen en budget wijzigen kan alleen in een concept.`,
      );
    }
  }

  private async vergrendel(tx: EntityManager, globalId: string, veld: string): Promise<UitvoeringsprogrammaEntity> {
    const id = fromGlobalId(globalId, 'Uitvoeringsprogramma', veld);
    const p = await tx.findOne(UitvoeringsprogrammaEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!p) {
      throw fout.nietGevonden('Het uitvoeringsprogramma');
    }
    return p;
  }

  private isLezer(gebruiker: Gebruiker | null): boolean {
    return gebruiker !== null && heeftRol(gebruiker, ...PROGRAMMA_LEZERS);
  }

  private magZien(e: UitvoeringsprogrammaEntity, gebruiker: Gebruiker | null): boolean {
    return e.status !== ProgrammaStatus.CONCEPT || e.inbrengVan !== null || this.isLezer(gebruiker);
  }

  /**
   * Models with goals, budget, figures and partners' contributions. `staf`: the caller is known to
   * be staff (a mutation of policy staff); otherwise decided from `gebruiker`.
   */
  private async modellen(
    rijen: UitvoeringsprogrammaEntity[],
    gebruiker: Gebruiker | null,
    m: EntityManager = this.dataSource.manager,
    staf = false,
  ) {
    if (rijen.length === 0) {
      return [];
    }
    const ids = rijen.map((r) => r.id);
    const lezer = staf || this.isLezer(gebruiker);
    const inbreng = await m
      .createQueryBuilder(ProgrammaInbrengEntity, 'i')
      .where('i.programma_id IN (:...ids)', { ids })
      .orderBy('i.ingediend_op')
      .addOrderBy('i.id')
      .getMany();
    const organisaties = new Map(
      (await this.partners.organisatiesBijIds([...new Set(inbreng.map((i) => i.organisatieId))])).map((o) => [o.id, o.naam]),
    );
    const doelen = await m
      .createQueryBuilder(ProgrammaDoelEntity, 'd')
      .where('d.programma_id IN (:...ids)', { ids })
      .orderBy('d.aangemaakt_op')
      .addOrderBy('d.id')
      .getMany();
    const budget = await m.createQueryBuilder(ProgrammaBudgetEntity, 'b').where('b.programma_id IN (:...ids)', { ids }).getMany();
    const instrumenten = new Map(
      (await this.regels.instrumentenBijIds([...new Set(budget.map((b) => b.instrumentId))])).map((i) => [i.id, i.naam]),
    );
    const stadsdelen = new Map(
      (
        await this.buurten.stadsdelenBijIds([...new Set(rijen.map((r) => r.stadsdeelId).filter((s): s is string => s !== null))])
      ).map((s) => [s.id, s.naam]),
    );
    const uit: UitvoeringsprogrammaModel[] = [];
    for (const e of rijen) {
      let cijfers: JaarverslagModel | null = null;
      if (e.status === ProgrammaStatus.GEEVALUEERD && e.cijfers) {
        cijfers = Object.assign(new JaarverslagModel(), e.cijfers);
      } else if (e.status === ProgrammaStatus.EVALUATIE) {
        cijfers = await this.cijfersVan(e);
      }
      uit.push(
        toUitvoeringsprogrammaModel(e, {
          gebied: e.stadsdeelId ? (stadsdelen.get(e.stadsdeelId) ?? '') : 'Heerlen',
          doelen: doelen.filter((d) => d.programmaId === e.id),
          budget: budget
            .filter((b) => b.programmaId === e.id)
            .map((b) => Object.assign(b, { instrument: instrumenten.get(b.instrumentId) ?? 'Onbekend instrument' }))
            .sort((a, b) => a.instrument.localeCompare(b.instrument, 'nl')),
          cijfers,
          // Staff read all input; the public the partners' evaluations once the evaluation is published.
          inbreng: inbreng
            .filter(
              (i) =>
                i.programmaId === e.id &&
                (lezer || (i.soort === InbrengSoort.EVALUATIE && e.status === ProgrammaStatus.GEEVALUEERD)),
            )
            .map((i) =>
              Object.assign(new ProgrammaInbrengModel(), {
                id: toGlobalId('ProgrammaInbreng', i.id),
                soort: i.soort,
                organisatie: organisaties.get(i.organisatieId) ?? '',
                tekst: i.tekst,
                ingediendOp: i.ingediendOp,
              }),
            ),
        }),
      );
    }
    return uit;
  }
}
