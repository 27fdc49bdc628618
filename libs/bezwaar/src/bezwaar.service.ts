import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Not, Repository } from 'typeorm';
import {
  amsterdamseDatum,
  DomainError,
  fout,
  FoutCode,
  fromGlobalId,
  type Gebruiker,
  isMedewerker,
  Lidmaatschappen,
  mailInWachtrij,
  NodeRegistry,
  pagineer,
  PersoonsgegevensRegister,
  type Sorteersleutel,
} from '@buurtwerk/core';
import {
  AANVRAAGBESLUITEN,
  AanvraagbesluitService,
  type BesluitSoort,
  BesluitenService,
  BesluitUitkomst,
  briefAlsTekst,
  BriefSoort,
  BrievenService,
  type InitiatiefEntity,
  InitiatievenService,
  PUBLIEKE_STATUSSEN,
} from '@buurtwerk/initiatives';
import {
  type GelijkgesteldeDagen,
  GelijkgesteldeDagenService,
  SubsidieregelsService,
  termijnEinde,
} from '@buurtwerk/subsidieregels';
import type { BezwaarBeslissingInput, BezwaarInput, BezwarenArgs } from './dto/bezwaar.input';
import { BezwaarBeslissing, BezwaarEntity, BezwaarHoedanigheid, BezwaarStatus, HoorzittingAfzienGrond } from './bezwaar.entity';
import { toBezwaarModel } from './bezwaar.model';
import { bezwaarPersoonsgegevens } from './bezwaar.persoonsgegevens';
import {
  AFZIEN_GROND_TEKST,
  afzienGrondPastBij,
  beroepMogelijkTot,
  beslisBeletsel,
  beslissenOpBezwaarUiterlijk,
  beslissingOpBezwaarBrief,
  type BezwaarBriefBasis,
  bezwaarOntvangstBrief,
  bezwaarReferentie,
  bezwaartermijnEinde,
  controleerBezwaarOvergang,
  isTijdig,
  RECHTBANK_ADRES,
  verdagingFout,
} from './bezwaar.rules';

const OPEN: readonly BezwaarStatus[] = [BezwaarStatus.ONTVANGEN, BezwaarStatus.IN_BEHANDELING, BezwaarStatus.HOORZITTING_GEPLAND];

/**
 * Objections against decisions on initiatives (Awb chapters 6 and 7; docs/domein.md, "Objections
 * (bezwaar)"). This library sits above initiatives: it reads an initiative and revises its decision
 * only through InitiatievenService, never through that library's tables.
 */
@Injectable()
export class BezwaarService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BezwaarEntity) private readonly bezwaren: Repository<BezwaarEntity>,
    private readonly initiatieven: InitiatievenService,
    private readonly aanvraagbesluit: AanvraagbesluitService,
    private readonly besluiten: BesluitenService,
    private readonly brieven: BrievenService,
    private readonly regels: SubsidieregelsService,
    private readonly gelijkgesteldeDagen: GelijkgesteldeDagenService,
    private readonly lidmaatschappen: Lidmaatschappen,
    private readonly nodes: NodeRegistry,
    private readonly persoonsgegevens: PersoonsgegevensRegister,
  ) {}

  onModuleInit(): void {
    this.persoonsgegevens.registreer(bezwaarPersoonsgegevens);
    this.gelijkgesteldeDagen.bijToevoeging((tx, datum, dagen) => this.schuifTermijnen(tx, datum, dagen));
    this.brieven.registreerBezwaarbrieven(
      async (tx, brief, op) => {
        if (brief.soort === BriefSoort.BESLISSING_OP_BEZWAAR) {
          await this.beroeptermijnVanaf(tx, brief.bezwaarId, op);
        }
      },
      async (bezwaarId, gebruiker) => (await this.bezwaren.findOneBy({ id: bezwaarId }))?.indienerSub === gebruiker.sub,
    );
    this.nodes.registreer('Bezwaar', async (id, gebruiker) => {
      const b = await this.bezwaren.findOneBy({ id });
      return b && magZien(b, gebruiker) ? toBezwaarModel(b, amsterdamseDatum(new Date())) : null;
    });
  }

  /**
   * Atw art. 3 lid 3: a day equated with a holiday by decree, added after terms were given, moves
   * the stored terms that end on it to the next working day (Atw art. 1), in the transaction that
   * adds the day: the objection term (an objection received up to the new end is on time after
   * all), the decision term of open objections and the appeal term. Stored terms are working days
   * under the previous list, so only terms on the added day itself change.
   */
  async schuifTermijnen(tx: EntityManager, datum: string, dagen: GelijkgesteldeDagen): Promise<void> {
    const nieuw = termijnEinde(datum, dagen);
    await tx.query(
      `UPDATE bezwaar SET bezwaartermijn_einde = $2, tijdig = tijdig OR ingediend_datum <= $2::date, gewijzigd_op = now()
        WHERE bezwaartermijn_einde = $1`,
      [datum, nieuw],
    );
    await tx.query(
      `UPDATE bezwaar SET beslissen_uiterlijk = $2, gewijzigd_op = now() WHERE beslissen_uiterlijk = $1 AND status = ANY($3::text[])`,
      [datum, nieuw, [...OPEN]],
    );
    await tx.query(`UPDATE bezwaar SET beroep_mogelijk_tot = $2, gewijzigd_op = now() WHERE beroep_mogelijk_tot = $1`, [
      datum,
      nieuw,
    ]);
  }

  /**
   * Awb 3:41, 6:7-6:8, 8:1: the letter on the objection was sent (the mail delivered, or placed in
   * the Buurtportaal): the appeal term is six weeks from the next day, moved per the Atw. Recorded
   * once; a later delivery of the same letter does not move it.
   */
  private async beroeptermijnVanaf(tx: EntityManager, bezwaarId: string, op: Date): Promise<void> {
    const vrij = await this.regels.dagenVoorTermijnen(tx);
    await tx.query(
      'UPDATE bezwaar SET beroep_mogelijk_tot = $2, gewijzigd_op = now() WHERE id = $1 AND beroep_mogelijk_tot IS NULL',
      [bezwaarId, beroepMogelijkTot(amsterdamseDatum(op), vrij)],
    );
  }

  // ---------------------------------------------------------------- the objector

  /**
   * Lodging an objection (Awb 6:4-6:5). The signed-in identity is the name and the signature
   * (Awb 2:16, 6:5: the municipality opened this electronic way and the sign-in identifies the
   * sender); the moment of receipt is the date. Always registered, also when late: lateness is
   * flagged and judged by staff (Awb 6:11).
   */
  async maken(input: BezwaarInput, gebruiker: Gebruiker) {
    const besluitId = fromGlobalId(input.besluitId, 'Besluit', 'input.besluitId');
    const [besluit] = await this.besluiten.besluitenBijIds([besluitId]);
    const [e] = besluit ? await this.initiatieven.initiatievenBijIds([besluit.initiatiefId]) : [];
    if (!besluit || !e) {
      throw fout.nietGevonden('Het besluit');
    }
    const initiatiefId = e.id;
    const aanvrager =
      e.indienerSub === gebruiker.sub ||
      (e.organisatieId !== null && (await this.lidmaatschappen.isLidVan(gebruiker, e.organisatieId)));
    // Someone else sees only granted (public) initiatives; they can object to those as an
    // interested party (Awb 1:2). Whether they really are one, staff judge (NIET_ONTVANKELIJK).
    if (!aanvrager && !PUBLIEKE_STATUSSEN.includes(e.status)) {
      throw fout.nietGevonden('Het besluit');
    }
    // Awb 7:1 lid 1 sub a: no objection lies against a decision taken on an objection; appeal does.
    if (besluit.gegevens.bezwaarId !== undefined) {
      throw new DomainError(
        FoutCode.ONGELDIGE_STATUSOVERGANG,
        'Dit besluit is genomen op een bezwaar. Daartegen kunt u geen bezwaar maken; u kunt in beroep gaan bij de rechtbank Limburg (artikel 7:1 en 8:1 Awb).',
      );
    }
    const belang = input.belang?.trim() || null;
    if (!aanvrager && !belang) {
      throw fout.veld(
        'input.belang',
        'U bent niet de aanvrager. Vertel waarom dit besluit u zelf rechtstreeks raakt (artikel 1:2 Awb).',
      );
    }
    const dubbel = await this.bezwaren.findOneBy({
      besluitId,
      indienerSub: gebruiker.sub,
      status: Not(BezwaarStatus.INGETROKKEN),
    });
    if (dubbel) {
      throw new DomainError(
        FoutCode.CONFLICT,
        `U heeft al bezwaar gemaakt tegen dit besluit (${dubbel.referentie}). Wilt u iets toevoegen? Zeg het tijdens de hoorzitting of neem contact op met de gemeente.`,
      );
    }
    return this.dataSource.transaction(async (tx) => {
      const vrij = await this.regels.dagenVoorTermijnen(tx);
      const nu = new Date();
      const vandaag = amsterdamseDatum(nu);
      const jaar = Number(vandaag.slice(0, 4));
      const [{ laatste }] = await tx.query<Array<{ laatste: number }>>(
        `INSERT INTO bezwaar_referentieteller (jaar, laatste) VALUES ($1, 1)
         ON CONFLICT (jaar) DO UPDATE SET laatste = bezwaar_referentieteller.laatste + 1 RETURNING laatste`,
        [jaar],
      );
      // Awb 3:41, 6:8: the term runs from the day after the decision was sent. Not sent yet: the
      // term has not begun and the objection is not late (Awb 6:10 lid 1); its end is then only
      // provisional, counted from the day of the decision.
      const bekendgemaaktOp = besluit.bekendgemaaktOp ? amsterdamseDatum(besluit.bekendgemaaktOp) : null;
      const termijnEinde = bezwaartermijnEinde(bekendgemaaktOp ?? amsterdamseDatum(besluit.genomenOp), vrij);
      const tijdig = bekendgemaaktOp === null || isTijdig(vandaag, termijnEinde);
      const b = tx.create(BezwaarEntity, {
        referentie: bezwaarReferentie(jaar, laatste),
        initiatiefId,
        besluitId,
        besluitSoort: besluit.soort,
        besluitGenomenOp: besluit.genomenOp,
        besluitBekendgemaaktOp: bekendgemaaktOp,
        besluitGenomenDoorSub: besluit.genomenDoorSub,
        hoedanigheid: aanvrager ? BezwaarHoedanigheid.AANVRAGER : BezwaarHoedanigheid.BELANGHEBBENDE,
        indienerSub: gebruiker.sub,
        indienerNaam: gebruiker.naam,
        indienerAdres: input.adres.trim(),
        indienerEmail: gebruiker.email,
        belang: aanvrager ? null : belang,
        gronden: input.gronden.trim(),
        ingediendOp: nu,
        ingediendDatum: vandaag,
        bezwaartermijnEinde: termijnEinde,
        tijdig,
        termijnoverschrijdingVerschoonbaar: null,
        termijnoverschrijdingMotivering: null,
        status: BezwaarStatus.ONTVANGEN,
        adviescommissie: false,
        verdagingWeken: 0,
        verderUitstelWeken: 0,
        herziening: null,
      });
      b.beslissenUiterlijk = beslissenOpBezwaarUiterlijk(b, vrij);
      const saved = await tx.save(b);
      // Awb 6:14: the receipt of the objection is confirmed in writing: a letter through the letter service.
      await this.brieven.bezwaarbrief(tx, {
        initiatiefId,
        bezwaarId: saved.id,
        bezwaarReferentie: saved.referentie,
        soort: BriefSoort.BEZWAAR_ONTVANGST,
        ontvanger: { sub: saved.indienerSub, naam: saved.indienerNaam, email: saved.indienerEmail },
        document: ({ datum, kenmerk, inleiding, slot }) =>
          bezwaarOntvangstBrief(
            {
              ...briefBasis(saved, e, datum, kenmerk),
              tijdig,
              bezwaartermijnEinde: termijnEinde,
              besluitBekendgemaakt: bekendgemaaktOp,
              beslissenUiterlijk: saved.beslissenUiterlijk,
            },
            { inleiding, slot },
          ),
      });
      return toBezwaarModel(saved, vandaag);
    });
  }

  /** Awb 6:21: the objector may withdraw until the decision on the objection. */
  async intrekken(globalId: string, toelichting: string | null | undefined, gebruiker: Gebruiker) {
    const id = fromGlobalId(globalId, 'Bezwaar', 'id');
    return this.dataSource.transaction(async (tx) => {
      const b = await this.vergrendel(tx, id);
      if (b.indienerSub !== gebruiker.sub) {
        if (!isMedewerker(gebruiker)) {
          throw fout.nietGevonden('Het bezwaar');
        }
        throw fout.geenToegang('Alleen wie het bezwaar maakte, kan het intrekken.');
      }
      controleerBezwaarOvergang(b.status, BezwaarStatus.INGETROKKEN, 'INDIENER');
      b.status = BezwaarStatus.INGETROKKEN;
      b.ingetrokkenOp = new Date();
      b.intrekkingToelichting = toelichting?.trim().slice(0, 2000) || null;
      return toBezwaarModel(await tx.save(b), amsterdamseDatum(new Date()));
    });
  }

  // ---------------------------------------------------------------- staff

  async inBehandelingNemen(globalId: string, gebruiker: Gebruiker) {
    return this.behandelen(globalId, gebruiker, 'behandelen', async (tx, b) => {
      controleerBezwaarOvergang(b.status, BezwaarStatus.IN_BEHANDELING, 'MEDEWERKER');
      b.status = BezwaarStatus.IN_BEHANDELING;
      return b;
    });
  }

  /** Awb 6:11: whether a late objection is excusable, with reasons; judged before the decision. */
  async termijnoverschrijdingBeoordelen(globalId: string, verschoonbaar: boolean, motivering: string, gebruiker: Gebruiker) {
    const reden = motiveringFout(motivering);
    if (reden) {
      throw fout.veld('motivering', reden);
    }
    return this.behandelen(globalId, gebruiker, 'behandelen', async (_tx, b) => {
      nogOpen(b);
      if (b.tijdig) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          'Dit bezwaar kwam op tijd binnen; er is geen termijnoverschrijding te beoordelen.',
        );
      }
      b.termijnoverschrijdingVerschoonbaar = verschoonbaar;
      b.termijnoverschrijdingMotivering = motivering.trim();
      return b;
    });
  }

  /** Awb 7:2: the objector is invited to be heard; a new date or place replaces the old one. */
  async hoorzittingPlannen(globalId: string, op: Date, plaats: string, gebruiker: Gebruiker) {
    if (op.getTime() <= Date.now()) {
      throw fout.veld('op', 'de hoorzitting moet in de toekomst liggen.');
    }
    return this.behandelen(globalId, gebruiker, 'horen', async (tx, b) => {
      controleerBezwaarOvergang(b.status, BezwaarStatus.HOORZITTING_GEPLAND, 'MEDEWERKER');
      b.status = BezwaarStatus.HOORZITTING_GEPLAND;
      b.hoorzittingOp = op;
      b.hoorzittingPlaats = plaats.trim();
      b.hoorzittingAfgezienGrond = null;
      b.hoorzittingAfgezienMotivering = null;
      const wanneer = op.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' });
      await this.mail(tx, b, 'BEZWAAR_HOORZITTING', `Uitnodiging hoorzitting bezwaar ${b.referentie}`, [
        `Beste ${b.indienerNaam},`,
        '',
        `U bent uitgenodigd om uw bezwaar ${b.referentie} mondeling toe te lichten (artikel 7:2 Awb).`,
        `Wanneer: ${wanneer}.`,
        `Waar: ${b.hoorzittingPlaats}.`,
        'U mag iemand meenemen die u helpt. Kunt u niet komen of wilt u niet gehoord worden? Laat het ons weten.',
      ]);
      return b;
    });
  }

  /** Awb 7:3: the hearing is waived only on one of its grounds, with reasons. */
  async hoorzittingAfzien(globalId: string, grond: HoorzittingAfzienGrond, motivering: string, gebruiker: Gebruiker) {
    const reden = motiveringFout(motivering);
    if (reden) {
      throw fout.veld('motivering', reden);
    }
    return this.behandelen(globalId, gebruiker, 'horen', async (_tx, b) => {
      nogOpen(b);
      if (b.status !== BezwaarStatus.IN_BEHANDELING) {
        controleerBezwaarOvergang(b.status, BezwaarStatus.IN_BEHANDELING, 'MEDEWERKER');
        b.status = BezwaarStatus.IN_BEHANDELING;
      }
      b.hoorzittingOp = null;
      b.hoorzittingPlaats = null;
      b.hoorzittingAfgezienGrond = grond;
      b.hoorzittingAfgezienMotivering = motivering.trim();
      return b;
    });
  }

  /** Awb 7:13: with an advisory committee the decision term is twelve weeks instead of six (7:10 lid 1). */
  async adviescommissie(globalId: string, inschakelen: boolean, gebruiker: Gebruiker) {
    return this.behandelen(globalId, gebruiker, 'behandelen', async (_tx, b, vrij) => {
      nogOpen(b);
      b.adviescommissie = inschakelen;
      b.beslissenUiterlijk = beslissenOpBezwaarUiterlijk(b, vrij);
      return b;
    });
  }

  /** Awb 7:10 lid 3: deferred once by at most six weeks, with notice to the objector. */
  async verdagen(globalId: string, weken: number, motivering: string, gebruiker: Gebruiker, instemming = false) {
    const reden = motiveringFout(motivering);
    if (reden) {
      throw fout.veld('motivering', reden);
    }
    return this.behandelen(globalId, gebruiker, 'behandelen', async (tx, b, vrij) => {
      nogOpen(b);
      const ongeldig = verdagingFout(weken, b.verdagingWeken, instemming);
      if (ongeldig) {
        throw fout.veld('weken', ongeldig);
      }
      const verder = b.verdagingWeken > 0;
      if (b.beslissenUiterlijk < amsterdamseDatum(new Date())) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          `De beslistermijn is al verstreken (${b.beslissenUiterlijk}); verdagen kan alleen binnen de termijn (artikel 7:10 Awb).`,
        );
      }
      if (verder) {
        // Awb 7:10 lid 4: the further deferral the objector agreed to, on top of the one of lid 3.
        b.verderUitstelWeken += weken;
        b.verderUitstelMotivering = motivering.trim();
      } else {
        b.verdagingWeken = weken;
        b.verdagingMotivering = motivering.trim();
      }
      b.verdaagdOp = new Date();
      b.beslissenUiterlijk = beslissenOpBezwaarUiterlijk(b, vrij);
      await this.mail(tx, b, 'BEZWAAR_VERDAGING', `Wij hebben meer tijd nodig voor uw bezwaar ${b.referentie}`, [
        `Beste ${b.indienerNaam},`,
        '',
        verder
          ? `U hebt ermee ingestemd dat wij nog ${weken} ${weken === 1 ? 'week' : 'weken'} langer de tijd nemen voor de beslissing op uw bezwaar ${b.referentie} (artikel 7:10, vierde lid, Awb).`
          : `Wij nemen ${weken} ${weken === 1 ? 'week' : 'weken'} langer de tijd voor de beslissing op uw bezwaar ${b.referentie} (artikel 7:10, derde lid, Awb).`,
        `De reden: ${motivering.trim()}`,
        `Wij beslissen nu uiterlijk op ${b.beslissenUiterlijk}.`,
      ]);
      return b;
    });
  }

  /**
   * The decision on the objection (Awb 7:11-7:12). Only after the hearing or its waiver (7:2, 7:3),
   * and after a late objection was judged (6:11); not by whoever took the decision objected to
   * (7:5) nor by anyone with a conflict of interest (2:4). GEGROND with a new outcome revises the
   * initiative's decision through AanvraagbesluitService, which moves the ceiling ledger. The row
   * lock makes a second decision at the same moment fail with ONGELDIGE_STATUSOVERGANG.
   */
  async beslissen(input: BezwaarBeslissingInput, gebruiker: Gebruiker) {
    const reden = motiveringFout(input.motivering);
    if (reden) {
      throw fout.veld('input.motivering', reden);
    }
    if (input.nieuweUitkomst && input.beslissing !== BezwaarBeslissing.GEGROND) {
      throw fout.veld('input.nieuweUitkomst', 'alleen bij een gegrond bezwaar komt er een nieuw besluit.');
    }
    if (input.bedragen?.length && input.nieuweUitkomst !== BesluitUitkomst.TOEGEKEND) {
      throw fout.veld('input.bedragen', 'nieuwe bedragen horen bij een nieuw besluit dat toekent (nieuweUitkomst TOEGEKEND).');
    }
    return this.behandelen(input.bezwaarId, gebruiker, 'beslissen', async (tx, b, vrij, initiatief) => {
      controleerBezwaarOvergang(b.status, BezwaarStatus.BESLOTEN, 'MEDEWERKER');
      if (input.nieuweUitkomst && !AANVRAAGBESLUITEN.includes(b.besluitSoort as BesluitSoort)) {
        throw fout.veld(
          'input.nieuweUitkomst',
          'alleen een besluit op de aanvraag (toekenning of afwijzing) wordt hier door een nieuw besluit vervangen.',
        );
      }
      const nu = new Date();
      const beletsel = beslisBeletsel(b, input.beslissing, nu);
      if (beletsel) {
        throw new DomainError(FoutCode.ONGELDIGE_STATUSOVERGANG, beletsel);
      }
      if (b.hoorzittingAfgezienGrond && !afzienGrondPastBij(b.hoorzittingAfgezienGrond, input.beslissing)) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          `U zag af van horen omdat ${AFZIEN_GROND_TEKST[b.hoorzittingAfgezienGrond]}. Dat past niet bij deze beslissing: nodig de indiener alsnog uit voor een hoorzitting.`,
        );
      }
      const herziening = input.nieuweUitkomst
        ? await this.aanvraagbesluit.herzienNaBezwaar(tx, initiatief, {
            besluitId: b.besluitId,
            besluitGenomenOp: b.besluitGenomenOp,
            op: nu,
            bezwaar: { id: b.id, referentie: b.referentie },
            uitkomst: input.nieuweUitkomst,
            bedragen: input.bedragen ?? [],
            veld: 'input.bedragen',
            toelichting: `Herzien na bezwaar ${b.referentie}: ${input.motivering.trim()}`,
            door: gebruiker,
          })
        : [];
      b.status = BezwaarStatus.BESLOTEN;
      b.beslissing = input.beslissing;
      b.beslissingMotivering = input.motivering.trim();
      b.beslistOp = nu;
      b.beslistDoor = gebruiker.naam;
      b.beslistDoorSub = gebruiker.sub;
      b.herziening = herziening.map((h) => ({ aanvraagId: h.aanvraagId, van: h.van, naar: h.naar }));
      // Awb 3:41, 7:12: the letter on the objection goes through the letter service (HTML and PDF/A,
      // stored with its sha256) and the objector's channel; it is made known when sent.
      const gegevens = {
        hoedanigheid: b.hoedanigheid,
        beslissing: input.beslissing,
        motivering: b.beslissingMotivering,
        tijdig: b.tijdig,
        hoorzitting:
          b.hoorzittingOp && b.hoorzittingPlaats ? { op: amsterdamseDatum(b.hoorzittingOp), plaats: b.hoorzittingPlaats } : null,
        afgezien: b.hoorzittingAfgezienGrond,
        adviescommissie: b.adviescommissie,
        herziening,
        beslistDoor: gebruiker.naam,
      };
      let tekst = '';
      const brief = await this.brieven.bezwaarbrief(tx, {
        initiatiefId: initiatief.id,
        bezwaarId: b.id,
        bezwaarReferentie: b.referentie,
        soort: BriefSoort.BESLISSING_OP_BEZWAAR,
        ontvanger: { sub: b.indienerSub, naam: b.indienerNaam, email: b.indienerEmail },
        document: ({ datum, kenmerk, inleiding, slot }) => {
          const doc = beslissingOpBezwaarBrief(
            { ...briefBasis(b, initiatief, datum, kenmerk), ...gegevens },
            { inleiding, slot },
          );
          tekst = briefAlsTekst(doc);
          return doc;
        },
      });
      // The text as sent stays on the objection too (the objector's data export reads it there).
      b.brief = tekst;
      // Awb 6:8: the appeal term runs from the day after sending; placed in the portal, that is now;
      // by e-mail, when the mail is delivered (beroeptermijnVanaf).
      b.beroepMogelijkTot = brief.verzondenOp ? beroepMogelijkTot(amsterdamseDatum(brief.verzondenOp), vrij) : null;
      // Awb 7:12 lid 2: the applicant hears of a decision on someone else's objection to their decision.
      if (b.hoedanigheid === BezwaarHoedanigheid.BELANGHEBBENDE && initiatief.indienerEmail) {
        await mailInWachtrij(tx, [
          {
            soort: 'BEZWAAR_BESLISSING_AANVRAGER',
            referentieId: b.id,
            aan: initiatief.indienerEmail,
            onderwerp: `Beslissing op een bezwaar tegen het besluit over ${initiatief.referentie ?? 'uw initiatief'}`,
            tekst: [
              `Beste ${initiatief.indienerNaam},`,
              '',
              `Iemand anders maakte bezwaar tegen ons besluit over uw initiatief ${initiatief.referentie ?? ''} "${initiatief.titel}" (kenmerk ${b.referentie}).`,
              `Onze beslissing: ${input.beslissing === BezwaarBeslissing.GEGROND ? 'het bezwaar is gegrond' : input.beslissing === BezwaarBeslissing.ONGEGROND ? 'het bezwaar is ongegrond; het besluit blijft' : 'het bezwaar is niet-ontvankelijk; het besluit blijft'}.`,
              '',
              'Waarom',
              b.beslissingMotivering,
              '',
              `Bent u het niet eens met deze beslissing? Dan kunt u beroep instellen bij de rechtbank Limburg, binnen zes weken na de dag waarop wij de beslissing verzonden (artikel 6:7, 6:8 en 8:1 Awb). Stuur uw beroepschrift naar ${RECHTBANK_ADRES}, of stel digitaal beroep in via www.rechtspraak.nl.`,
            ].join('\n'),
          },
        ]);
      }
      return b;
    });
  }

  // ---------------------------------------------------------------- queries

  /** Staff: the work queue of objections, earliest decision deadline first. */
  async zoek(args: BezwarenArgs) {
    const statussen = args.status && args.status.length > 0 ? args.status : [...OPEN];
    const qb = this.bezwaren.createQueryBuilder('b').where('b.status IN (:...statussen)', { statussen });
    const sleutels: Sorteersleutel<BezwaarEntity>[] = [
      { expr: 'b.beslissen_uiterlijk', waarde: (b) => b.beslissenUiterlijk },
      { expr: 'b.id', waarde: (b) => b.id },
    ];
    const vandaag = amsterdamseDatum(new Date());
    return pagineer(qb, sleutels, args, (b) => toBezwaarModel(b, vandaag));
  }

  /** The caller's own objections, newest first. */
  async mijnBezwaren(gebruiker: Gebruiker) {
    const rijen = await this.bezwaren.find({ where: { indienerSub: gebruiker.sub }, order: { ingediendOp: 'DESC', id: 'ASC' } });
    const vandaag = amsterdamseDatum(new Date());
    return rijen.map((b) => toBezwaarModel(b, vandaag));
  }

  /** Objections against one initiative's decisions: staff see all, anyone else only their own. */
  async bijInitiatieven(initiatiefIds: readonly string[], gebruiker: Gebruiker | null): Promise<BezwaarEntity[]> {
    if (!gebruiker || initiatiefIds.length === 0) {
      return [];
    }
    return this.bezwaren.find({
      where: isMedewerker(gebruiker)
        ? { initiatiefId: In([...initiatiefIds]) }
        : { initiatiefId: In([...initiatiefIds]), indienerSub: gebruiker.sub },
      order: { ingediendOp: 'ASC', id: 'ASC' },
    });
  }

  async initiatief(b: { initiatiefDbId: string }, gebruiker: Gebruiker | null) {
    const [e] = await this.initiatieven.initiatievenBijIds([b.initiatiefDbId]);
    return e ? this.initiatieven.initiatief(e, gebruiker) : null;
  }

  /** The decision objected to, as the decision record shows it to the applicant and staff. */
  async besluit(b: { besluitDbId: string; initiatiefDbId: string }, gebruiker: Gebruiker | null) {
    if (!(await this.besluiten.magLezen(b.initiatiefDbId, gebruiker))) {
      return null;
    }
    const rijen = await this.besluiten.besluitenBijIds([b.besluitDbId]);
    return rijen.length > 0 ? (await this.besluiten.naarModel(rijen, gebruiker))[0] : null;
  }

  // ---------------------------------------------------------------- internals

  /**
   * A staff act on one objection. Before the transaction: Awb 2:4, the conflict check of the
   * initiative (InitiatievenService.geenBelangBijBehandeling, the same one every act on the
   * initiative passes), and the objector themselves never handles it; for hearing and deciding also
   * Awb 7:5: not whoever took the decision objected to. Then, in a transaction, the equated days
   * (before any row lock, as the initiatives do) and the objection's row lock.
   */
  private async behandelen(
    globalId: string,
    gebruiker: Gebruiker,
    soort: 'behandelen' | 'horen' | 'beslissen',
    handeling: (
      tx: EntityManager,
      b: BezwaarEntity,
      vrij: GelijkgesteldeDagen,
      initiatief: InitiatiefEntity,
    ) => Promise<BezwaarEntity>,
  ) {
    const id = fromGlobalId(globalId, 'Bezwaar', soort === 'beslissen' ? 'input.bezwaarId' : 'id');
    const vooraf = await this.bezwaren.findOneBy({ id });
    if (!vooraf) {
      throw fout.nietGevonden('Het bezwaar');
    }
    if (vooraf.indienerSub === gebruiker.sub) {
      throw new DomainError(
        FoutCode.BELANGENCONFLICT,
        'U heeft dit bezwaar zelf ingediend. Laat een collega het behandelen (artikel 2:4 Awb).',
      );
    }
    if (soort !== 'behandelen' && vooraf.besluitGenomenDoorSub === gebruiker.sub) {
      throw new DomainError(
        FoutCode.BELANGENCONFLICT,
        'U nam het besluit waartegen dit bezwaar zich richt. Een collega die daar niet bij betrokken was, hoort de indiener en beslist op het bezwaar (artikel 7:5 Awb).',
      );
    }
    const [initiatief] = await this.initiatieven.initiatievenBijIds([vooraf.initiatiefId]);
    if (!initiatief) {
      throw fout.nietGevonden('Het initiatief');
    }
    await this.initiatieven.geenBelangBijBehandeling(initiatief, gebruiker);
    return this.dataSource.transaction(async (tx) => {
      const vrij = await this.regels.dagenVoorTermijnen(tx);
      const b = await this.vergrendel(tx, id);
      if (soort === 'behandelen' && !b.behandeldDoorSub) {
        b.behandeldDoor = gebruiker.naam;
        b.behandeldDoorSub = gebruiker.sub;
      }
      const gewijzigd = await handeling(tx, b, vrij, initiatief);
      gewijzigd.gewijzigdOp = new Date();
      return toBezwaarModel(await tx.save(gewijzigd), amsterdamseDatum(new Date()));
    });
  }

  private async vergrendel(tx: EntityManager, id: string): Promise<BezwaarEntity> {
    const b = await tx.findOne(BezwaarEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!b) {
      throw fout.nietGevonden('Het bezwaar');
    }
    return b;
  }

  private async mail(tx: EntityManager, b: BezwaarEntity, soort: string, onderwerp: string, regels: string[]): Promise<void> {
    if (!b.indienerEmail) {
      return;
    }
    await mailInWachtrij(tx, [{ soort, referentieId: b.id, aan: b.indienerEmail, onderwerp, tekst: regels.join('\n') }]);
  }
}

/** The parts every letter about this objection names. */
function briefBasis(
  b: BezwaarEntity,
  e: Pick<InitiatiefEntity, 'referentie' | 'titel'>,
  datum: string,
  kenmerk: string,
): BezwaarBriefBasis {
  return {
    datum,
    kenmerk,
    referentie: b.referentie,
    initiatiefReferentie: e.referentie ?? '',
    initiatiefTitel: e.titel,
    naam: b.indienerNaam,
    adres: b.indienerAdres,
    email: b.indienerEmail,
    ingediendDatum: b.ingediendDatum,
    besluitDatum: amsterdamseDatum(b.besluitGenomenOp),
  };
}

/** The objector and staff see an objection; nobody else learns that it exists. */
export function magZien(b: Pick<BezwaarEntity, 'indienerSub'>, gebruiker: Gebruiker | null): boolean {
  return gebruiker !== null && (b.indienerSub === gebruiker.sub || isMedewerker(gebruiker));
}

function nogOpen(b: BezwaarEntity): void {
  if (!OPEN.includes(b.status)) {
    throw new DomainError(
      FoutCode.ONGELDIGE_STATUSOVERGANG,
      b.status === BezwaarStatus.BESLOTEN ? 'Op dit bezwaar is al beslist.' : 'Dit bezwaar is ingetrokken.',
    );
  }
}

/** Awb 3:46, 7:12: reasons are a real explanation, not a placeholder. */
function motiveringFout(tekst: string): string | null {
  const t = tekst.trim();
  if (t.length < 10 || !/\p{L}{3,}/u.test(t)) {
    return 'geef een echte motivering van minstens 10 tekens (artikel 3:46 en 7:12 Awb).';
  }
  return null;
}
