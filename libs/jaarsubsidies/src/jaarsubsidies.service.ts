import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  DomainError,
  FoutCode,
  fout,
  fromGlobalId,
  fromGlobalIds,
  type Gebruiker,
  isMedewerker,
  Lidmaatschappen,
  mailInWachtrij,
  PersoonsgegevensRegister,
  plusDagen,
  UitgaandeMailVerzender,
} from '@buurtwerk/core';
import { BelangenconflictService } from '@buurtwerk/conflict-of-interest';
import { PartnersService } from '@buurtwerk/partners';
import { bezwaarMogelijkTot, controleerRegel, euro, SubsidieregelsService } from '@buurtwerk/subsidieregels';
import { BESTUURSORGAAN, mandaatTekst } from '@buurtwerk/initiatives';
import {
  type AmbtshalveVaststellingInput,
  type BetalingenVerwerktInput,
  type JaaraanvraagInput,
  type JaarsubsidieregelingInput,
  type JaarsubsidieVaststellenInput,
  type JaarsubsidieVerlenenInput,
  type JaarsubsidieWijzigenInput,
  type JaarsubsidieWijzigingInput,
  type JaarverantwoordingInput,
} from './dto/jaarsubsidie.input';
import {
  BegrotingSoort,
  BetalingSoort,
  BetalingStatus,
  JaarbesluitSoort,
  JaarsubsidieBesluitEntity,
  JaarsubsidieBetalingEntity,
  JaarsubsidieEntity,
  JaarsubsidieregelingEntity,
  JaarsubsidieStatus,
  JaarsubsidieWijzigingEntity,
  type VaststellingRegel,
  WijzigingSoort,
} from './jaarsubsidie.entity';
import {
  type JaarAfwijkingModel,
  type JaarsubsidieModel,
  type TeBetalenModel,
  toJaarsubsidieModel,
  toJaarsubsidieregelingModel,
} from './jaarsubsidie.model';
import {
  afrekening,
  controleerVaststelling,
  datumTekst,
  herinneringenNu,
  herplan,
  isMeldingsplichtig,
  type Jaaraanvraag,
  JAARFEITNAMEN,
  NABETALING_DAGEN,
  nieuweTermijn,
  TERUGBETALING_DAGEN,
  toetsJaaraanvraag,
  verantwoordingUiterlijk,
  voorschotten,
} from './jaarsubsidie.rules';
import { JaarsubsidieKlok } from './jaarsubsidie.klok';
import { jaarsubsidiePersoonsgegevens } from './jaarsubsidie.persoonsgegevens';

/** Mail kind of a decision letter on a yearly subsidy; its delivery is the making known (Awb 3:41). */
export const JAARBESLUIT_MAIL = 'JAARSUBSIDIE_BESLUIT';
/** Mail kind of a reminder before (or, with the new term, after) the account deadline. */
export const JAARHERINNERING_MAIL = 'JAARSUBSIDIE_HERINNERING';

/**
 * Yearly subsidies for buurtorganisaties (docs/domein.md, "Yearly subsidies for buurtorganisaties"):
 * application per book year, grant with advances, reported changes, account and settlement. Money
 * moves through the ceiling ledger of libs/subsidieregels under the ceiling's row lock (Awb 4:25;
 * docs/domein.md, invariant 2). Every act locks the yearly subsidy's row first, then the ceiling.
 */
@Injectable()
export class JaarsubsidiesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regels: SubsidieregelsService,
    private readonly partners: PartnersService,
    private readonly lidmaatschappen: Lidmaatschappen,
    private readonly mail: UitgaandeMailVerzender,
    private readonly klok: JaarsubsidieKlok,
    private readonly persoonsgegevens: PersoonsgegevensRegister,
    private readonly belangen: BelangenconflictService,
  ) {}

  onModuleInit(): void {
    this.persoonsgegevens.registreer(jaarsubsidiePersoonsgegevens);
    // Awb 3:41: a decision is made known when its letter is delivered; the objection term runs from the next day.
    this.mail.bijVerzending(JAARBESLUIT_MAIL, async (tx, m) => {
      if (!m.referentieId) {
        return;
      }
      const dagen = await this.regels.dagenVoorTermijnen(tx);
      const dag = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(m.verzondenOp);
      await tx.query(
        `UPDATE jaarsubsidie_besluit SET bekendgemaakt_op = $2, bezwaar_mogelijk_tot = $3
          WHERE id = $1 AND bekendgemaakt_op IS NULL`,
        [m.referentieId, m.verzondenOp, bezwaarMogelijkTot(dag, dagen)],
      );
    });
  }

  // ---------------------------------------------------------------- rules

  async regelingOpslaan(input: JaarsubsidieregelingInput) {
    const voorwaarden = input.voorwaarden ?? [];
    const fouten = voorwaarden.flatMap((v, i) =>
      controleerRegel(v.regel, JAARFEITNAMEN).map((melding) => ({ veld: `input.voorwaarden[${i}].regel`, melding })),
    );
    if (fouten.length > 0) {
      throw fout.ongeldigeInvoer(fouten);
    }
    if ((await this.regels.huidigeRegelingenBijCodes([input.regelingCode])).length === 0) {
      throw fout.veld('input.regelingCode', 'is geen vastgestelde subsidieregeling.');
    }
    // The ceiling of a yearly rule holds yearly subsidies only: the initiatives' line (Awb 4:25, invariant 3)
    // would otherwise never see money a settlement frees.
    const menukaart = await this.regels.menukaart(false);
    if (menukaart.some((i) => i.regelingCode === input.regelingCode)) {
      throw fout.veld(
        'input.regelingCode',
        'hoort bij een instrument op de menukaart; een jaarsubsidie heeft een eigen subsidieregeling met een eigen plafond.',
      );
    }
    return this.dataSource.transaction(async (tx) => {
      const bestaand = await tx.findOne(JaarsubsidieregelingEntity, {
        where: { code: input.code },
        lock: { mode: 'pessimistic_write' },
      });
      const e = bestaand ?? tx.create(JaarsubsidieregelingEntity, { code: input.code });
      Object.assign(e, {
        naam: input.naam,
        regelingCode: input.regelingCode,
        aanvraagUiterlijk: input.aanvraagUiterlijk,
        verantwoordingUiterlijk: input.verantwoordingUiterlijk,
        nieuweTermijnDagen: input.nieuweTermijnDagen ?? 28,
        voorschotschema: input.voorschotschema,
        voorschotProcent: input.voorschotProcent,
        accountantsverklaringVanaf: input.accountantsverklaringVanaf,
        meldingsdrempelProcent: input.meldingsdrempelProcent ?? 10,
        maximumBedrag: input.maximumBedrag ?? null,
        herinneringDagen: [...new Set(input.herinneringDagen ?? [28, 7])].sort((a, b) => b - a),
        voorwaarden: voorwaarden.map((v) => ({ code: v.code, omschrijving: v.omschrijving, regel: v.regel })),
        verplichtingen: input.verplichtingen ?? [],
      });
      return toJaarsubsidieregelingModel(await tx.save(e));
    });
  }

  async regelingen() {
    return (await this.dataSource.getRepository(JaarsubsidieregelingEntity).find({ order: { code: 'ASC' } })).map(
      toJaarsubsidieregelingModel,
    );
  }

  // ---------------------------------------------------------------- application

  private async controleerLid(gebruiker: Gebruiker, organisatieId: string, veld: string): Promise<void> {
    if (gebruiker.apiSleutel) {
      // A partner system reads its own file with its key; applying and accounting are signed acts of a person.
      throw fout.geenToegang(
        'Met een API-sleutel kun je het dossier alleen lezen. Aanvragen, melden en verantwoorden doet een persoon die is ingelogd.',
      );
    }
    if (!(await this.lidmaatschappen.isLidVan(gebruiker, organisatieId))) {
      throw new DomainError(
        FoutCode.FORBIDDEN,
        'Je bent niet gekoppeld aan deze organisatie. Alleen wie de gemeente aan de organisatie heeft gekoppeld, kan voor haar een jaarsubsidie aanvragen of verantwoorden.',
        [{ veld, melding: 'Je bent niet gekoppeld aan deze organisatie.' }],
      );
    }
  }

  private async aanvraagVan(input: JaaraanvraagInput, m: EntityManager) {
    const regelingId = fromGlobalId(input.regelingId, 'Jaarsubsidieregeling', 'input.regelingId');
    const organisatieId = fromGlobalId(input.organisatieId, 'Organisatie', 'input.organisatieId');
    const regeling = await m.findOneBy(JaarsubsidieregelingEntity, { id: regelingId });
    if (!regeling) {
      throw fout.veld('input.regelingId', 'is geen bestaande jaarsubsidieregeling.');
    }
    const [organisatie] = await this.partners.organisatiesBijIds([organisatieId]);
    if (!organisatie) {
      throw fout.veld('input.organisatieId', 'is geen bestaande organisatie.');
    }
    const dubbel = (lijst: readonly { code: string }[], veld: string) => {
      const gezien = new Set<string>();
      lijst.forEach((r, i) => {
        if (gezien.has(r.code)) {
          throw fout.veld(`input.${veld}[${i}].code`, 'komt al eerder voor; elke regel heeft een eigen code.');
        }
        gezien.add(r.code);
      });
    };
    dubbel(input.activiteiten, 'activiteiten');
    dubbel(input.begroting, 'begroting');
    if (!input.begroting.some((b) => b.soort === BegrotingSoort.KOSTEN)) {
      throw fout.veld('input.begroting', 'noemt geen kosten; een begroting heeft minstens één kostenregel.');
    }
    const aanvraag: Jaaraanvraag = {
      boekjaar: input.boekjaar,
      gevraagdBedrag: input.gevraagdBedrag,
      activiteiten: input.activiteiten.map((a) => ({ ...a, gerealiseerd: null, toelichting: null })),
      begroting: input.begroting.map((b) => ({ ...b, gerealiseerd: null })),
      vorigJaar: input.vorigJaar ? { ...input.vorigJaar, bereik: input.vorigJaar.bereik ?? null } : null,
      organisatieSoort: organisatie.soort,
    };
    return { regeling, organisatie, aanvraag };
  }

  /** The live check: the same function as at receipt (docs/domein.md, invariant 4). */
  async toets(input: JaaraanvraagInput, gebruiker: Gebruiker) {
    const { regeling, aanvraag } = await this.aanvraagVan(input, this.dataSource.manager);
    if (!isMedewerker(gebruiker)) {
      await this.controleerLid(
        gebruiker,
        fromGlobalId(input.organisatieId, 'Organisatie', 'input.organisatieId'),
        'input.organisatieId',
      );
    }
    const dagen = await this.regels.dagenVoorTermijnen(this.dataSource.manager);
    return toetsJaaraanvraag(regeling, aanvraag, this.klok.vandaag(), dagen);
  }

  /**
   * An application for a book year. Received in one transaction: the next reference, the check,
   * and the reservation in the book year's ceiling of what fits, up to the amount asked and the
   * rule's maximum (Awb 4:25). Received after the deadline, it is refused at once with a decision
   * that gives the reasons (and can be objected to), and reserves nothing.
   */
  async aanvragen(input: JaaraanvraagInput, gebruiker: Gebruiker): Promise<JaarsubsidieModel> {
    const { regeling, organisatie, aanvraag } = await this.aanvraagVan(input, this.dataSource.manager);
    await this.controleerLid(gebruiker, organisatie.id, 'input.organisatieId');
    const vandaag = this.klok.vandaag();
    const id = await this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `jaarsubsidie:${regeling.id}:${organisatie.id}:${input.boekjaar}`,
      ]);
      const al = await tx.findOneBy(JaarsubsidieEntity, {
        regelingId: regeling.id,
        organisatieId: organisatie.id,
        boekjaar: input.boekjaar,
      });
      if (al) {
        throw fout.veld(
          'input.boekjaar',
          `Er is al een aanvraag voor ${input.boekjaar} (${al.referentie}) van deze organisatie.`,
        );
      }
      const dagen = await this.regels.dagenVoorTermijnen(tx);
      const bevindingen = toetsJaaraanvraag(regeling, aanvraag, vandaag, dagen);
      const teLaat = !bevindingen.find((b) => b.voorwaarde.endsWith('.AANVRAAGTERMIJN'))!.voldaan;
      const referentie = await this.volgendeReferentie(tx, Number(vandaag.slice(0, 4)));
      const e = tx.create(JaarsubsidieEntity, {
        referentie,
        regelingId: regeling.id,
        organisatieId: organisatie.id,
        boekjaar: input.boekjaar,
        status: JaarsubsidieStatus.INGEDIEND,
        ingediendDoorSub: gebruiker.sub,
        ingediendDoor: gebruiker.naam,
        contactEmail: input.contactEmail,
        ingediendOp: new Date(),
        ontvangenDatum: vandaag,
        gevraagdBedrag: input.gevraagdBedrag,
        activiteiten: aanvraag.activiteiten.map((a) => ({ ...a })),
        begroting: aanvraag.begroting.map((b) => ({ ...b })),
        vorigJaar: aanvraag.vorigJaar,
        bevindingen,
        plafondId: null,
        gereserveerdBedrag: 0,
        verleendBedrag: null,
        meerjarigTot: null,
        verplichtingen: [],
      });
      if (!teLaat) {
        e.plafondId = await this.regels.plafondVoor(tx, regeling.regelingCode, String(input.boekjaar), null);
        if (e.plafondId) {
          await this.regels.vergrendelPlafonds(tx, [e.plafondId]);
          const aanspraak = Math.min(input.gevraagdBedrag, regeling.maximumBedrag ?? Number.MAX_SAFE_INTEGER);
          e.gereserveerdBedrag = await this.regels.reserveer(tx, e.plafondId, aanspraak);
        }
      }
      const saved = await tx.save(e);
      if (teLaat) {
        saved.status = JaarsubsidieStatus.AFGEWEZEN;
        await tx.save(saved);
        const termijn = bevindingen.find((b) => b.voorwaarde.endsWith('.AANVRAAGTERMIJN'))!;
        await this.besluit(tx, saved, regeling.naam, {
          soort: JaarbesluitSoort.AFWIJZING,
          bedrag: 0,
          motivering: `${termijn.toelichting} Een aanvraag na de aanvraagtermijn van de regeling "${regeling.naam}" wordt afgewezen, omdat het budget voor het boekjaar vóór het begin van dat jaar wordt verdeeld (Awb 4:25, 4:35).`,
          door: { sub: 'systeem', naam: 'Buurtwerk (automatische afwijzing na de aanvraagtermijn)' },
        });
      }
      return saved.id;
    });
    return this.model(id);
  }

  private async volgendeReferentie(tx: EntityManager, jaar: number): Promise<string> {
    const rijen = (await tx.query(
      `INSERT INTO jaarsubsidie_referentieteller (jaar, laatste) VALUES ($1, 1)
       ON CONFLICT (jaar) DO UPDATE SET laatste = jaarsubsidie_referentieteller.laatste + 1 RETURNING laatste`,
      [jaar],
    )) as Array<{ laatste: number }>;
    return `JS-${jaar}-${String(rijen[0].laatste).padStart(4, '0')}`;
  }

  // ---------------------------------------------------------------- decisions

  private async vergrendel(tx: EntityManager, globalId: string) {
    const id = fromGlobalId(globalId, 'Jaarsubsidie', 'id');
    const e = await tx.findOne(JaarsubsidieEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!e) {
      throw fout.nietGevonden('De jaarsubsidie');
    }
    const regeling = await tx.findOneByOrFail(JaarsubsidieregelingEntity, { id: e.regelingId });
    return { e, regeling };
  }

  /**
   * Awb 2:4 (docs/domein.md, invariant 7): whoever decides must not sit on the organisation's board,
   * hold a side position with it, or be the one who applied; refused with BELANGENCONFLICT. The
   * conflict library matches by identity links; its declared interests are per initiative, so a
   * yearly subsidy (its id in place of an initiative's) has none of those.
   */
  private async geenBelang(e: JaarsubsidieEntity, gebruiker: Gebruiker): Promise<void> {
    await this.belangen.controleerGeenConflict({
      initiatiefId: e.id,
      organisatieId: e.organisatieId,
      indienerSub: e.ingediendDoorSub,
      indienerNaam: e.ingediendDoor,
      peildatum: this.klok.vandaag(),
      gebruikerSub: gebruiker.sub,
    });
  }

  private vereisStatus(e: JaarsubsidieEntity, toegestaan: readonly JaarsubsidieStatus[], wat: string): void {
    if (!toegestaan.includes(e.status)) {
      throw new DomainError(
        FoutCode.ONGELDIGE_STATUSOVERGANG,
        `${wat} kan niet: de jaarsubsidie ${e.referentie} staat op ${e.status.toLowerCase().replace(/_/g, ' ')}.`,
      );
    }
  }

  /**
   * Awb 4:29–4:34: the grant for the book year. The ceiling is read at the moment of deciding: the
   * reservation plus the ceiling's free room (Awb 4:25). Multi-year: later years under the budget
   * proviso of Awb 4:34. The advances are planned on the rule's schedule (Awb 4:95).
   */
  async verlenen(globalId: string, input: JaarsubsidieVerlenenInput, gebruiker: Gebruiker) {
    await this.dataSource.transaction(async (tx) => {
      const { e, regeling } = await this.vergrendel(tx, globalId);
      this.vereisStatus(e, [JaarsubsidieStatus.INGEDIEND], 'Verlenen');
      await this.geenBelang(e, gebruiker);
      if (input.bedrag > e.gevraagdBedrag) {
        throw fout.veld('input.bedrag', `is meer dan gevraagd (${euro(e.gevraagdBedrag)}).`);
      }
      if (regeling.maximumBedrag !== null && input.bedrag > regeling.maximumBedrag) {
        throw fout.veld('input.bedrag', `is meer dan het maximum van de regeling (${euro(regeling.maximumBedrag)}).`);
      }
      if (input.meerjarigTot !== null && input.meerjarigTot !== undefined && input.meerjarigTot <= e.boekjaar) {
        throw fout.veld('input.meerjarigTot', `moet na het boekjaar ${e.boekjaar} liggen; laat het leeg voor één jaar.`);
      }
      if (!e.plafondId) {
        throw new DomainError(
          FoutCode.PLAFOND_BEREIKT,
          `Er is geen subsidieplafond voor ${e.boekjaar}; verlenen kan pas als het is vastgesteld (Awb 4:25).`,
        );
      }
      await this.regels.vergrendelPlafonds(tx, [e.plafondId]);
      if (input.bedrag > e.gereserveerdBedrag) {
        const erbij = await this.regels.reserveer(tx, e.plafondId, input.bedrag - e.gereserveerdBedrag);
        if (erbij !== input.bedrag - e.gereserveerdBedrag) {
          throw new DomainError(
            FoutCode.PLAFOND_BEREIKT,
            `Het plafond voor ${e.boekjaar} laat nu hoogstens ${euro(e.gereserveerdBedrag + erbij)} toe (Awb 4:25).`,
          );
        }
        e.gereserveerdBedrag = input.bedrag;
      }
      await this.regels.verlenen(tx, e.plafondId, e.gereserveerdBedrag, input.bedrag);
      const vandaag = this.klok.vandaag();
      const dagen = await this.regels.dagenVoorTermijnen(tx);
      Object.assign(e, {
        status: JaarsubsidieStatus.VERLEEND,
        gereserveerdBedrag: 0,
        verleendBedrag: input.bedrag,
        meerjarigTot: input.meerjarigTot ?? null,
        verplichtingen: [...regeling.verplichtingen, ...(input.extraVerplichtingen ?? [])],
        verantwoordingUiterlijk: verantwoordingUiterlijk(regeling.verantwoordingUiterlijk, e.boekjaar, dagen),
      });
      await tx.save(e);
      const plan = voorschotten(regeling.voorschotschema, e.boekjaar, input.bedrag, regeling.voorschotProcent, vandaag);
      await tx.insert(
        JaarsubsidieBetalingEntity,
        plan
          .filter((p) => p.bedrag > 0)
          .map((p) => ({
            ...p,
            jaarsubsidieId: e.id,
            soort: BetalingSoort.VOORSCHOT,
            status: BetalingStatus.GEPLAND,
            betaaldOp: null,
          })),
      );
      const meerjarig =
        e.meerjarigTot !== null
          ? ` De subsidie is meerjarig verleend voor ${e.boekjaar} tot en met ${e.meerjarigTot}. Voor de jaren na ${e.boekjaar} geldt dat de gemeenteraad voldoende middelen op de begroting vaststelt (begrotingsvoorbehoud, Awb 4:34).`
          : '';
      await this.besluit(tx, e, regeling.naam, {
        soort: JaarbesluitSoort.VERLENING,
        bedrag: input.bedrag,
        motivering:
          `${input.motivering}${meerjarig}\n\nVoorschotten (Awb 4:95): ${plan.map((p) => `${euro(p.bedrag)} op ${datumTekst(p.vervaldatum)}`).join('; ')}.` +
          `\n\nVerplichtingen (Awb 4:37–4:38): ${e.verplichtingen.length ? e.verplichtingen.join(' ') : 'geen bijzondere.'} Meld een wijziging van betekenis meteen (Awb 4:38).` +
          `\n\nJe verantwoordt de subsidie uiterlijk ${datumTekst(e.verantwoordingUiterlijk!)}${e.verleendBedrag! >= regeling.accountantsverklaringVanaf ? ', met een verklaring van een accountant' : ''} (Awb 4:44).`,
        door: gebruiker,
      });
    });
    return this.model(fromGlobalId(globalId, 'Jaarsubsidie', 'id'));
  }

  /** Awb 4:35: refused; the reservation goes back to the ceiling. */
  async afwijzen(globalId: string, motivering: string, gebruiker: Gebruiker) {
    if (motivering.trim().length < 20) {
      throw fout.veld('motivering', 'Leg in minstens een zin uit waarom de aanvraag wordt afgewezen (Awb 3:46).');
    }
    await this.dataSource.transaction(async (tx) => {
      const { e, regeling } = await this.vergrendel(tx, globalId);
      this.vereisStatus(e, [JaarsubsidieStatus.INGEDIEND], 'Afwijzen');
      await this.geenBelang(e, gebruiker);
      if (e.plafondId && e.gereserveerdBedrag > 0) {
        await this.regels.vergrendelPlafonds(tx, [e.plafondId]);
        await this.regels.vrijgeven(tx, e.plafondId, e.gereserveerdBedrag);
      }
      e.gereserveerdBedrag = 0;
      e.status = JaarsubsidieStatus.AFGEWEZEN;
      await tx.save(e);
      await this.besluit(tx, e, regeling.naam, { soort: JaarbesluitSoort.AFWIJZING, bedrag: 0, motivering, door: gebruiker });
    });
    return this.model(fromGlobalId(globalId, 'Jaarsubsidie', 'id'));
  }

  /** Awb 4:38: the organisation reports a material change during the year. */
  async wijzigingMelden(globalId: string, input: JaarsubsidieWijzigingInput, gebruiker: Gebruiker) {
    await this.dataSource.transaction(async (tx) => {
      const { e } = await this.vergrendel(tx, globalId);
      await this.controleerLid(gebruiker, e.organisatieId, 'id');
      this.vereisStatus(e, [JaarsubsidieStatus.VERLEEND], 'Een wijziging melden');
      if (input.soort === WijzigingSoort.ACTIVITEIT_VERVALT && !e.activiteiten.some((a) => a.code === input.betreft)) {
        throw fout.veld(
          'input.betreft',
          `noem de code van de activiteit die vervalt (${e.activiteiten.map((a) => a.code).join(', ')}).`,
        );
      }
      if (input.soort === WijzigingSoort.BEGROTINGSVERSCHUIVING) {
        if (!e.begroting.some((b) => b.code === input.betreft && b.soort === BegrotingSoort.KOSTEN)) {
          throw fout.veld('input.betreft', 'noem de code van de kostenregel waar het geld vandaan gaat.');
        }
        if (input.bedrag === null || input.bedrag === undefined) {
          throw fout.veld('input.bedrag', 'noem het bedrag dat verschuift.');
        }
      }
      await tx.save(
        tx.create(JaarsubsidieWijzigingEntity, {
          jaarsubsidieId: e.id,
          soort: input.soort,
          omschrijving: input.omschrijving,
          betreft: input.betreft ?? null,
          bedrag: input.bedrag ?? null,
          gemeldDoorSub: gebruiker.sub,
          gemeldOp: new Date(),
          besluitId: null,
        }),
      );
    });
    return this.model(fromGlobalId(globalId, 'Jaarsubsidie', 'id'));
  }

  /**
   * Staff change the grant during the year (Awb 4:48–4:50, or on a change the organisation reported,
   * Awb 4:38). Lower: the difference goes back to the ceiling; higher: it must fit in the ceiling now
   * (Awb 4:25). The advances still planned are set to the new grant (Awb 4:95).
   */
  async wijzigen(globalId: string, input: JaarsubsidieWijzigenInput, gebruiker: Gebruiker) {
    await this.dataSource.transaction(async (tx) => {
      const { e, regeling } = await this.vergrendel(tx, globalId);
      this.vereisStatus(e, [JaarsubsidieStatus.VERLEEND], 'De verlening wijzigen');
      await this.geenBelang(e, gebruiker);
      const meldingen = fromGlobalIds(input.wijzigingIds ?? [], 'JaarsubsidieWijziging', 'input.wijzigingIds');
      const gevonden = meldingen.length
        ? await tx.find(JaarsubsidieWijzigingEntity, { where: { id: In(meldingen), jaarsubsidieId: e.id } })
        : [];
      if (gevonden.length !== meldingen.length || gevonden.some((w) => w.besluitId !== null)) {
        throw fout.veld('input.wijzigingIds', 'noemt een melding die niet bij deze jaarsubsidie hoort of al is afgehandeld.');
      }
      const oud = e.verleendBedrag!;
      await this.regels.vergrendelPlafonds(tx, [e.plafondId!]);
      if (input.bedrag < oud) {
        await this.regels.verlagen(tx, e.plafondId!, oud - input.bedrag);
      } else if (input.bedrag > oud) {
        const erbij = await this.regels.reserveer(tx, e.plafondId!, input.bedrag - oud);
        if (erbij !== input.bedrag - oud) {
          throw new DomainError(
            FoutCode.PLAFOND_BEREIKT,
            `Het plafond voor ${e.boekjaar} laat nu hoogstens ${euro(oud + erbij)} toe (Awb 4:25).`,
          );
        }
        await this.regels.verlenen(tx, e.plafondId!, erbij, erbij);
      }
      e.verleendBedrag = input.bedrag;
      await tx.save(e);
      const betalingen = await tx.find(JaarsubsidieBetalingEntity, {
        where: { jaarsubsidieId: e.id, soort: BetalingSoort.VOORSCHOT },
        order: { volgnummer: 'ASC' },
      });
      const betaald = betalingen.filter((b) => b.status === BetalingStatus.BETAALD).reduce((t, b) => t + b.bedrag, 0);
      const open = betalingen.filter((b) => b.status === BetalingStatus.GEPLAND);
      const nieuw = herplan(input.bedrag, regeling.voorschotProcent, betaald, open.length);
      for (const [i, b] of open.entries()) {
        b.bedrag = nieuw[i];
        if (b.bedrag === 0) {
          b.status = BetalingStatus.VERVALLEN;
        }
        await tx.save(b);
      }
      const besluit = await this.besluit(tx, e, regeling.naam, {
        soort: JaarbesluitSoort.WIJZIGING,
        bedrag: input.bedrag,
        motivering: `${input.motivering}\n\nDe subsidie voor ${e.boekjaar} wordt ${euro(input.bedrag)} (was ${euro(oud)}). De voorschotten die nog komen zijn daarop aangepast.`,
        door: gebruiker,
      });
      if (gevonden.length) {
        await tx.update(JaarsubsidieWijzigingEntity, { id: In(gevonden.map((w) => w.id)) }, { besluitId: besluit.id });
      }
    });
    return this.model(fromGlobalId(globalId, 'Jaarsubsidie', 'id'));
  }

  // ---------------------------------------------------------------- payments

  /** The payments due up to `tot` that the financial system still has to make (advances, rests, recoveries). */
  async teBetalen(tot: string): Promise<TeBetalenModel[]> {
    const rijen = await this.dataSource
      .getRepository(JaarsubsidieBetalingEntity)
      .createQueryBuilder('b')
      .where('b.status = :s AND b.vervaldatum <= :tot', { s: BetalingStatus.GEPLAND, tot })
      .orderBy('b.vervaldatum', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .getMany();
    const subsidies = await this.dataSource
      .getRepository(JaarsubsidieEntity)
      .findBy({ id: In(rijen.map((r) => r.jaarsubsidieId)) });
    const per = new Map(subsidies.map((s) => [s.id, s]));
    const namen = new Map(
      (await this.partners.organisatiesBijIds([...new Set(subsidies.map((s) => s.organisatieId))])).map((o) => [o.id, o.naam]),
    );
    return rijen.map((b) => {
      const s = per.get(b.jaarsubsidieId)!;
      return {
        betalingId: b.id,
        referentie: s.referentie,
        organisatie: namen.get(s.organisatieId) ?? '',
        soort: b.soort,
        volgnummer: b.volgnummer,
        bedrag: b.bedrag,
        vervaldatum: b.vervaldatum,
      };
    });
  }

  /** The financial system reports payments made (or received, for a recovery); each is recorded once. */
  async betalingenVerwerkt(input: BetalingenVerwerktInput): Promise<number> {
    const ids = input.betalingIds.map((g) =>
      g.includes('-') && g.length === 36 ? g : fromGlobalId(g, 'JaarsubsidieBetaling', 'input.betalingIds'),
    );
    return this.dataSource.transaction(async (tx) => {
      const rijen = (await tx.query(
        `UPDATE jaarsubsidie_betaling SET status = $2, betaald_op = $3
          WHERE id = ANY($1::uuid[]) AND status = $4 RETURNING id`,
        [ids, BetalingStatus.BETAALD, input.betaaldOp, BetalingStatus.GEPLAND],
      )) as [unknown[], number];
      if (rijen[1] !== ids.length) {
        throw fout.veld('input.betalingIds', 'noemt een betaling die niet bestaat of niet meer openstaat; er is niets verwerkt.');
      }
      return rijen[1];
    });
  }

  // ---------------------------------------------------------------- account and settlement

  /** Awb 4:44: the organisation renders account after the book year: realised output and figures. */
  async verantwoorden(globalId: string, input: JaarverantwoordingInput, gebruiker: Gebruiker) {
    await this.dataSource.transaction(async (tx) => {
      const { e, regeling } = await this.vergrendel(tx, globalId);
      await this.controleerLid(gebruiker, e.organisatieId, 'id');
      this.vereisStatus(e, [JaarsubsidieStatus.VERLEEND], 'Verantwoorden');
      const vandaag = this.klok.vandaag();
      if (vandaag <= `${e.boekjaar}-12-31` && vandaag < `${e.boekjaar}-12-01`) {
        throw fout.veld('id', `Je verantwoordt ${e.boekjaar} na afloop van het jaar (vanaf december kan het al).`);
      }
      const activiteiten = new Map(input.activiteiten.map((a) => [a.code, a]));
      const begroting = new Map(input.begroting.map((b) => [b.code, b]));
      const ontbreekt = [
        ...e.activiteiten.filter((a) => !activiteiten.has(a.code)).map((a) => `activiteit ${a.code}`),
        ...e.begroting.filter((b) => !begroting.has(b.code)).map((b) => `begrotingsregel ${b.code}`),
      ];
      if (ontbreekt.length) {
        throw fout.veld(
          'input',
          `Vul voor elke activiteit en begrotingsregel in wat er gerealiseerd is; ontbreekt: ${ontbreekt.join(', ')}.`,
        );
      }
      if (e.verleendBedrag! >= regeling.accountantsverklaringVanaf && !input.accountantsverklaring?.trim()) {
        throw fout.veld(
          'input.accountantsverklaring',
          `Bij een subsidie vanaf ${euro(regeling.accountantsverklaringVanaf)} hoort een verklaring van een accountant bij de verantwoording.`,
        );
      }
      e.activiteiten = e.activiteiten.map((a) => ({
        ...a,
        gerealiseerd: activiteiten.get(a.code)!.gerealiseerd,
        toelichting: activiteiten.get(a.code)!.toelichting ?? null,
      }));
      e.begroting = e.begroting.map((b) => ({ ...b, gerealiseerd: begroting.get(b.code)!.gerealiseerd }));
      e.activiteitenverslag = input.verslag;
      e.accountantsverklaring = input.accountantsverklaring?.trim() || null;
      e.verantwoordOp = new Date();
      e.status = JaarsubsidieStatus.VERANTWOORD;
      await tx.save(e);
    });
    return this.model(fromGlobalId(globalId, 'Jaarsubsidie', 'id'));
  }

  /** Awb 4:46: the settlement with reasons per line that is settled lower; then the money (Awb 4:57, 4:87). */
  async vaststellen(globalId: string, input: JaarsubsidieVaststellenInput, gebruiker: Gebruiker) {
    await this.dataSource.transaction(async (tx) => {
      const { e, regeling } = await this.vergrendel(tx, globalId);
      this.vereisStatus(e, [JaarsubsidieStatus.VERANTWOORD], 'Vaststellen');
      await this.geenBelang(e, gebruiker);
      const kortingen = (input.kortingen ?? []).map((k) => ({
        code: k.code,
        bedrag: k.bedrag,
        grond: k.grond ?? null,
        motivering: k.motivering ?? null,
      }));
      const { fouten, vastgesteld } = controleerVaststelling(e.verleendBedrag!, kortingen, e.begroting);
      if (fouten.length) {
        throw fout.ongeldigeInvoer(fouten);
      }
      const regels: VaststellingRegel[] = e.begroting
        .filter((b) => b.soort === BegrotingSoort.KOSTEN || kortingen.some((k) => k.code === b.code))
        .map((b) => {
          const k = kortingen.find((x) => x.code === b.code);
          return {
            code: b.code,
            begroot: b.bedrag,
            gerealiseerd: b.gerealiseerd ?? null,
            aanvaard: k?.bedrag ?? 0,
            grond: (k?.bedrag ? k.grond : null) as VaststellingRegel['grond'],
            motivering: k?.bedrag ? k.motivering : null,
          };
        });
      await this.stelVast(tx, e, regeling, vastgesteld, input.motivering, regels, JaarbesluitSoort.VASTSTELLING, gebruiker);
    });
    return this.model(fromGlobalId(globalId, 'Jaarsubsidie', 'id'));
  }

  /** Awb 4:44: after the deadline and the new term passed without an account, staff settle ex officio. */
  async ambtshalveVaststellen(globalId: string, input: AmbtshalveVaststellingInput, gebruiker: Gebruiker) {
    await this.dataSource.transaction(async (tx) => {
      const { e, regeling } = await this.vergrendel(tx, globalId);
      this.vereisStatus(e, [JaarsubsidieStatus.VERLEEND], 'Ambtshalve vaststellen');
      await this.geenBelang(e, gebruiker);
      const vandaag = this.klok.vandaag();
      if (!e.nieuweTermijnTot || vandaag <= e.nieuweTermijnTot) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          e.nieuweTermijnTot
            ? `Ambtshalve vaststellen kan pas na de nieuwe termijn (tot en met ${datumTekst(e.nieuweTermijnTot)}) (Awb 4:44).`
            : 'Ambtshalve vaststellen kan pas als de verantwoordingstermijn is verstreken en de organisatie een nieuwe termijn heeft gekregen (Awb 4:44).',
        );
      }
      if (input.bedrag > e.verleendBedrag!) {
        throw fout.veld('input.bedrag', `is meer dan de verleende subsidie (${euro(e.verleendBedrag!)}).`);
      }
      await this.stelVast(
        tx,
        e,
        regeling,
        input.bedrag,
        input.motivering,
        [],
        JaarbesluitSoort.AMBTSHALVE_VASTSTELLING,
        gebruiker,
      );
    });
    return this.model(fromGlobalId(globalId, 'Jaarsubsidie', 'id'));
  }

  private async stelVast(
    tx: EntityManager,
    e: JaarsubsidieEntity,
    regeling: JaarsubsidieregelingEntity,
    vastgesteld: number,
    motivering: string,
    regels: VaststellingRegel[],
    soort: JaarbesluitSoort,
    gebruiker: Gebruiker,
  ): Promise<void> {
    const verleend = e.verleendBedrag!;
    // Awb 4:46: a settlement below the grant frees the difference in the ceiling.
    if (vastgesteld < verleend) {
      await this.regels.vergrendelPlafonds(tx, [e.plafondId!]);
      await this.regels.verlagen(tx, e.plafondId!, verleend - vastgesteld);
    }
    e.vastgesteldBedrag = vastgesteld;
    e.status = JaarsubsidieStatus.VASTGESTELD;
    await tx.save(e);
    // Advances not yet paid lapse: what is owed now follows from the settlement.
    await tx.update(
      JaarsubsidieBetalingEntity,
      { jaarsubsidieId: e.id, status: BetalingStatus.GEPLAND, soort: BetalingSoort.VOORSCHOT },
      { status: BetalingStatus.VERVALLEN },
    );
    const betaald = (
      await tx.find(JaarsubsidieBetalingEntity, {
        where: { jaarsubsidieId: e.id, soort: BetalingSoort.VOORSCHOT, status: BetalingStatus.BETAALD },
      })
    ).reduce((t, b) => t + b.bedrag, 0);
    const { nabetaling, terugvordering } = afrekening(vastgesteld, betaald);
    const vandaag = this.klok.vandaag();
    let geld = `Je hebt ${euro(betaald)} aan voorschotten ontvangen.`;
    if (nabetaling > 0) {
      await tx.insert(JaarsubsidieBetalingEntity, {
        jaarsubsidieId: e.id,
        soort: BetalingSoort.NABETALING,
        volgnummer: 1,
        bedrag: nabetaling,
        vervaldatum: plusDagen(vandaag, NABETALING_DAGEN),
        status: BetalingStatus.GEPLAND,
        betaaldOp: null,
      });
      geld += ` De gemeente betaalt je het restant van ${euro(nabetaling)} uiterlijk ${datumTekst(plusDagen(vandaag, NABETALING_DAGEN))} (Awb 4:87).`;
    } else if (terugvordering > 0) {
      await tx.insert(JaarsubsidieBetalingEntity, {
        jaarsubsidieId: e.id,
        soort: BetalingSoort.TERUGVORDERING,
        volgnummer: 1,
        bedrag: terugvordering,
        vervaldatum: plusDagen(vandaag, TERUGBETALING_DAGEN),
        status: BetalingStatus.GEPLAND,
        betaaldOp: null,
      });
      geld += ` Dat is ${euro(terugvordering)} meer dan de vastgestelde subsidie. Dat bedrag vordert de gemeente terug (Awb 4:57); betaal het uiterlijk ${datumTekst(plusDagen(vandaag, TERUGBETALING_DAGEN))}.`;
    }
    const perRegel = regels
      .filter((r) => r.aanvaard > 0)
      .map(
        (r) =>
          `- ${r.code}: ${euro(r.aanvaard)} lager (${r.grond?.toLowerCase().replace(/_/g, ' ')}, Awb 4:46 lid 2): ${r.motivering}`,
      )
      .join('\n');
    await this.besluit(tx, e, regeling.naam, {
      soort,
      bedrag: vastgesteld,
      motivering: `${motivering}\n\nDe subsidie voor ${e.boekjaar} is vastgesteld op ${euro(vastgesteld)} (verleend: ${euro(verleend)}).${perRegel ? `\n${perRegel}` : ''}\n\n${geld}`,
      regels,
      door: gebruiker,
    });
  }

  // ---------------------------------------------------------------- reminders (job runner)

  /**
   * One round of the reminder job: before the account deadline the reminders of the rule's
   * schedule; after it passed unused, once, the new term of Awb 4:44 (moved per the Atw). Each
   * subsidy is claimed with FOR UPDATE SKIP LOCKED, so instances side by side send each once.
   */
  async herinneringenVersturen(): Promise<{ herinneringen: number; nieuweTermijnen: number }> {
    const vandaag = this.klok.vandaag();
    return this.dataSource.transaction(async (tx) => {
      const rijen = await tx
        .getRepository(JaarsubsidieEntity)
        .createQueryBuilder('j')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('j.status = :s AND j.verantwoording_uiterlijk IS NOT NULL', { s: JaarsubsidieStatus.VERLEEND })
        .andWhere('j.verantwoording_uiterlijk - 130 <= :v::date AND (j.nieuwe_termijn_tot IS NULL)', { v: vandaag })
        .orderBy('j.id')
        .limit(200)
        .getMany();
      const dagen = await this.regels.dagenVoorTermijnen(tx);
      let herinneringen = 0;
      let nieuweTermijnen = 0;
      for (const e of rijen) {
        const regeling = await tx.findOneByOrFail(JaarsubsidieregelingEntity, { id: e.regelingId });
        const uiterlijk = e.verantwoordingUiterlijk!;
        if (vandaag > uiterlijk) {
          e.nieuweTermijnTot = nieuweTermijn(vandaag, regeling.nieuweTermijnDagen, dagen);
          await tx.save(e);
          await mailInWachtrij(tx, [
            {
              soort: JAARHERINNERING_MAIL,
              referentieId: e.id,
              aan: e.contactEmail,
              onderwerp: `Verantwoording ${e.boekjaar} ontbreekt (${e.referentie}): nieuwe termijn`,
              tekst: `De verantwoording van je jaarsubsidie ${e.referentie} voor ${e.boekjaar} had uiterlijk ${datumTekst(uiterlijk)} binnen moeten zijn. Je krijgt een nieuwe termijn tot en met ${datumTekst(e.nieuweTermijnTot)} (Awb 4:44). Komt de verantwoording ook dan niet, dan stelt de gemeente de subsidie zelf vast (ambtshalve); dat kan betekenen dat je voorschotten moet terugbetalen.`,
            },
          ]);
          nieuweTermijnen++;
          continue;
        }
        const nu = herinneringenNu(uiterlijk, regeling.herinneringDagen, e.herinneringenVerstuurd, vandaag);
        if (nu.length === 0) {
          continue;
        }
        e.herinneringenVerstuurd = [...e.herinneringenVerstuurd, ...nu];
        await tx.save(e);
        await mailInWachtrij(tx, [
          {
            soort: JAARHERINNERING_MAIL,
            referentieId: e.id,
            aan: e.contactEmail,
            onderwerp: `Herinnering: verantwoording ${e.boekjaar} uiterlijk ${datumTekst(uiterlijk)} (${e.referentie})`,
            tekst: `Je verantwoordt je jaarsubsidie ${e.referentie} voor ${e.boekjaar} uiterlijk ${datumTekst(uiterlijk)} in het Buurtportaal: het activiteitenverslag en de cijfers${e.verleendBedrag! >= regeling.accountantsverklaringVanaf ? ', met de verklaring van een accountant' : ''}.`,
          },
        ]);
        herinneringen++;
      }
      return { herinneringen, nieuweTermijnen };
    });
  }

  // ---------------------------------------------------------------- letters

  private async besluit(
    tx: EntityManager,
    e: JaarsubsidieEntity,
    regelingNaam: string,
    b: {
      soort: JaarbesluitSoort;
      bedrag: number | null;
      motivering: string;
      regels?: VaststellingRegel[];
      door: { sub: string; naam: string };
    },
  ): Promise<JaarsubsidieBesluitEntity> {
    const datum = this.klok.vandaag();
    const mandaat = b.door.sub === 'systeem' ? null : mandaatTekst(b.door.naam);
    const [organisatie] = await this.partners.organisatiesBijIds([e.organisatieId]);
    const onderwerp = `${ONDERWERP[b.soort]} jaarsubsidie ${e.boekjaar} (${e.referentie})`;
    const brief = [
      `Gemeente Heerlen, ${datumTekst(datum)}`,
      `Aan: ${organisatie?.naam ?? ''}`,
      `Ons kenmerk: ${e.referentie}`,
      `Onderwerp: ${onderwerp}`,
      '',
      `Beste ${organisatie?.naam ?? 'organisatie'},`,
      '',
      `Dit is het besluit over je jaarsubsidie onder de regeling "${regelingNaam}".`,
      '',
      b.motivering,
      '',
      'Ben je het niet eens met dit besluit? Dan kun je binnen zes weken na de dag waarop deze brief is verstuurd bezwaar maken bij het college van burgemeester en wethouders van Heerlen (Awb 6:7). Noem in je bezwaar je naam en adres, de datum, dit kenmerk en waarom je het er niet mee eens bent, en onderteken het.',
      '',
      mandaat ? `Met vriendelijke groet,\n${mandaat}` : `Met vriendelijke groet,\n${BESTUURSORGAAN}`,
    ].join('\n');
    const saved = await tx.save(
      tx.create(JaarsubsidieBesluitEntity, {
        jaarsubsidieId: e.id,
        soort: b.soort,
        bedrag: b.bedrag,
        motivering: b.motivering,
        regels: b.regels ?? [],
        genomenOp: new Date(),
        datum,
        genomenDoor: b.door.naam,
        genomenDoorSub: b.door.sub,
        orgaan: BESTUURSORGAAN,
        mandaat,
        brief,
        bekendgemaaktOp: null,
        bezwaarMogelijkTot: null,
      }),
    );
    await mailInWachtrij(tx, [{ soort: JAARBESLUIT_MAIL, referentieId: saved.id, aan: e.contactEmail, onderwerp, tekst: brief }]);
    return saved;
  }

  // ---------------------------------------------------------------- reading

  private controleerLezen = async (e: JaarsubsidieEntity, gebruiker: Gebruiker): Promise<void> => {
    if (!isMedewerker(gebruiker) && !(await this.lidmaatschappen.isLidVan(gebruiker, e.organisatieId))) {
      throw fout.nietGevonden('De jaarsubsidie');
    }
  };

  async lees(globalId: string, gebruiker: Gebruiker): Promise<JaarsubsidieModel> {
    const id = fromGlobalId(globalId, 'Jaarsubsidie', 'id');
    const e = await this.dataSource.getRepository(JaarsubsidieEntity).findOneBy({ id });
    if (!e) {
      throw fout.nietGevonden('De jaarsubsidie');
    }
    await this.controleerLezen(e, gebruiker);
    return (await this.modellen([e]))[0];
  }

  /** The yearly subsidies of the organisations the caller acts for (a partner's key: its own organisation). */
  async mijnJaarsubsidies(gebruiker: Gebruiker): Promise<JaarsubsidieModel[]> {
    const ids = await this.lidmaatschappen.organisatieIds(gebruiker);
    if (ids.length === 0) {
      return [];
    }
    const rijen = await this.dataSource
      .getRepository(JaarsubsidieEntity)
      .find({ where: { organisatieId: In(ids) }, order: { boekjaar: 'DESC', referentie: 'ASC' } });
    return this.modellen(rijen);
  }

  /** Staff: the yearly subsidies, optionally of one organisation or book year. */
  async zoek(organisatieId: string | null | undefined, boekjaar: number | null | undefined): Promise<JaarsubsidieModel[]> {
    const where: Record<string, unknown> = {};
    if (organisatieId) {
      where.organisatieId = fromGlobalId(organisatieId, 'Organisatie', 'organisatieId');
    }
    if (boekjaar) {
      where.boekjaar = boekjaar;
    }
    const rijen = await this.dataSource
      .getRepository(JaarsubsidieEntity)
      .find({ where, order: { boekjaar: 'DESC', referentie: 'ASC' }, take: 200 });
    return this.modellen(rijen);
  }

  private async model(id: string): Promise<JaarsubsidieModel> {
    return (await this.modellen([await this.dataSource.getRepository(JaarsubsidieEntity).findOneByOrFail({ id })]))[0];
  }

  /** Models for a list, one query per part (not per row). */
  private async modellen(rijen: JaarsubsidieEntity[]): Promise<JaarsubsidieModel[]> {
    if (rijen.length === 0) {
      return [];
    }
    const ids = rijen.map((r) => r.id);
    const m = this.dataSource.manager;
    // One after the other: inside a request's transaction the manager holds one connection.
    const regelingen = await m.findBy(JaarsubsidieregelingEntity, { id: In([...new Set(rijen.map((r) => r.regelingId))]) });
    const organisaties = await this.partners.organisatiesBijIds([...new Set(rijen.map((r) => r.organisatieId))]);
    const betalingen = await m.find(JaarsubsidieBetalingEntity, {
      where: { jaarsubsidieId: In(ids) },
      order: { vervaldatum: 'ASC', soort: 'ASC', volgnummer: 'ASC' },
    });
    const besluiten = await m.find(JaarsubsidieBesluitEntity, {
      where: { jaarsubsidieId: In(ids) },
      order: { genomenOp: 'ASC' },
    });
    const wijzigingen = await m.find(JaarsubsidieWijzigingEntity, {
      where: { jaarsubsidieId: In(ids) },
      order: { gemeldOp: 'ASC' },
    });
    const regelingPer = new Map(regelingen.map((r) => [r.id, r]));
    const naamPer = new Map(organisaties.map((o) => [o.id, o.naam]));
    return rijen.map((e) => {
      const regeling = regelingPer.get(e.regelingId)!;
      return toJaarsubsidieModel(e, {
        regeling,
        organisatieNaam: naamPer.get(e.organisatieId) ?? '',
        betalingen: betalingen.filter((b) => b.jaarsubsidieId === e.id),
        besluiten: besluiten.filter((b) => b.jaarsubsidieId === e.id),
        wijzigingen: wijzigingen.filter((w) => w.jaarsubsidieId === e.id),
        afwijkingen: afwijkingenVan(e, regeling),
        meldingsplichtig: (w) => {
          if (w.soort !== WijzigingSoort.BEGROTINGSVERSCHUIVING) {
            return true;
          }
          const regel = e.begroting.find((b) => b.code === w.betreft);
          return regel ? isMeldingsplichtig(regel, w.bedrag ?? 0, regeling.meldingsdrempelProcent) : true;
        },
      });
    });
  }
}

const ONDERWERP: Record<JaarbesluitSoort, string> = {
  [JaarbesluitSoort.VERLENING]: 'Verlening',
  [JaarbesluitSoort.AFWIJZING]: 'Afwijzing',
  [JaarbesluitSoort.WIJZIGING]: 'Wijziging',
  [JaarbesluitSoort.VASTSTELLING]: 'Vaststelling',
  [JaarbesluitSoort.AMBTSHALVE_VASTSTELLING]: 'Ambtshalve vaststelling',
};

/** Where the account departs from the plan: output below plan, a cost line off by more than the threshold. */
function afwijkingenVan(e: JaarsubsidieEntity, regeling: JaarsubsidieregelingEntity): JaarAfwijkingModel[] {
  const uit: JaarAfwijkingModel[] = [];
  for (const a of e.activiteiten) {
    if (typeof a.gerealiseerd === 'number' && a.gerealiseerd < a.gepland) {
      uit.push({
        code: a.code,
        omschrijving: `${a.omschrijving}: ${a.gerealiseerd} van ${a.gepland} ${a.eenheid} gerealiseerd.`,
      });
    }
  }
  for (const b of e.begroting) {
    if (
      b.soort === BegrotingSoort.KOSTEN &&
      typeof b.gerealiseerd === 'number' &&
      isMeldingsplichtig(b, b.gerealiseerd - b.bedrag, regeling.meldingsdrempelProcent)
    ) {
      uit.push({
        code: b.code,
        omschrijving: `${b.omschrijving}: ${euro(b.gerealiseerd)} uitgegeven, ${euro(b.bedrag)} begroot.`,
      });
    }
  }
  return uit;
}
