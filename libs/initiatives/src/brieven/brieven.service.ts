import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import {
  aantalRijen,
  amsterdamseDatum,
  fout,
  fromGlobalId,
  type Gebruiker,
  isMedewerker,
  mailInWachtrij,
  mailStatussen,
  MailStatus,
  plusDagen,
  UitgaandeMailVerzender,
  klok,
} from '@buurtwerk/core';
import { OrganisatieEntity } from '@buurtwerk/partners';
import { InstrumentEntity, SubsidieregelingEntity, SubsidieregelsService, termijnEinde } from '@buurtwerk/subsidieregels';
import { type BesluitEntity, BesluitSoort } from '../besluit.entity';
import { InitiatiefEntity, OndersteuningsaanvraagEntity, type VaststellingsGrond } from '../initiatief.entity';
import { type BriefDocument, briefAlsTekst } from './brief.document';
import { Berichtkanaal, BerichtkanaalkeuzeEntity, BriefBlok, BriefEntity, BriefSoort, BrieftekstEntity } from './brief.entity';
import { briefHtml } from './brief.html';
import {
  aanvullingsverzoek,
  blokUit,
  type BriefBasis,
  besluitbrief,
  type BriefRegel,
  briefsoortSleutel,
  onbekendePlaatshouders,
  ontvangstbevestiging,
  type Teksten,
  verdagingsbericht,
  waarden,
} from './brief.inhoud';
import type { Blok } from './brief.document';
import { briefPdf, sha256 } from './brief.pdf';

/** The mail kind of a letter in the outbox; its delivery records the sending (`bijVerzending`). */
export const BRIEF_MAIL = 'BRIEF';

/** The kinds of letter whose blocks the municipality words: letters that are no decision, and per kind of decision. */
export const BRIEFTEKST_SOORTEN: readonly string[] = [
  BriefSoort.ONTVANGSTBEVESTIGING,
  BriefSoort.AANVULLINGSVERZOEK,
  BriefSoort.VERDAGING,
  ...Object.values(BesluitSoort),
  BriefSoort.BEZWAAR_ONTVANGST,
  BriefSoort.BESLISSING_OP_BEZWAAR,
];

/** Awb 4:37, 4:44: a grant is reported on within 13 weeks after the activity (the municipality's rule). */
export const VERANTWOORDING_WEKEN = 13;

/** Called once a decision's letter was sent or placed (Awb 3:41). */
export type BijBekendmaking = (tx: EntityManager, besluitId: string, op: Date) => Promise<void>;

/** Called once a letter about an objection was sent or placed (libs/bezwaar: the appeal term starts, Awb 6:8). */
export type BijBezwaarbriefVerzonden = (
  tx: EntityManager,
  brief: { bezwaarId: string; soort: BriefSoort },
  op: Date,
) => Promise<void>;

/** Whether this caller is the objector of this objection (libs/bezwaar answers; staff may always read). */
export type IsBezwaarmaker = (bezwaarId: string, gebruiker: Gebruiker) => Promise<boolean>;

/** A letter about an objection, made by libs/bezwaar through this service (Awb 6:14, 7:12). */
export interface BezwaarbriefInvoer {
  initiatiefId: string;
  bezwaarId: string;
  /** BZW-2027-0001: the letter's kenmerk is this with a sequence number. */
  bezwaarReferentie: string;
  soort: BriefSoort.BEZWAAR_ONTVANGST | BriefSoort.BESLISSING_OP_BEZWAAR;
  ontvanger: { sub: string; naam: string; email: string | null };
  /** The document, given the letter's date and kenmerk and the municipality's wording blocks. */
  document: (c: { datum: string; kenmerk: string; inleiding: Blok[]; slot: Blok[] }) => BriefDocument;
}

/**
 * Letters (docs/domein.md, "Brieven"): every decision, the receipt confirmation and the request for
 * more information become a letter, rendered once as HTML and PDF/A, stored unchangeably with its
 * sha256, and made known through the applicant's channel (Awb 2:14): e-mail with the PDF through
 * the outbox, or a notification in the Buurtportaal. The sending is recorded when the mail is
 * delivered or the letter placed; for a decision that is its making known (Awb 3:41).
 */
@Injectable()
export class BrievenService implements OnModuleInit {
  private readonly logger = new Logger('Brieven');
  private bijBekendmaking: BijBekendmaking | null = null;
  private bijBezwaarbrief: BijBezwaarbriefVerzonden | null = null;
  private isBezwaarmaker: IsBezwaarmaker | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regels: SubsidieregelsService,
    private readonly mail: UitgaandeMailVerzender,
  ) {}

  onModuleInit(): void {
    this.mail.bijVerzending(BRIEF_MAIL, async (tx, m) => {
      if (m.referentieId) {
        await this.verzonden(tx, m.referentieId, m.verzondenOp);
      }
    });
  }

  /** BesluitenService registers how a decision records its making known (it sits beside this service). */
  registreerBekendmaking(handler: BijBekendmaking): void {
    this.bijBekendmaking = handler;
  }

  /** libs/bezwaar registers what follows the sending of its letters and who may read them. */
  registreerBezwaarbrieven(verzonden: BijBezwaarbriefVerzonden, isBezwaarmaker: IsBezwaarmaker): void {
    this.bijBezwaarbrief = verzonden;
    this.isBezwaarmaker = isBezwaarmaker;
  }

  // ---------------------------------------------------------------- making letters (in the caller's transaction)

  /** The letter of a decision, in the decision's transaction. */
  async besluitbrief(tx: EntityManager, besluit: BesluitEntity): Promise<BriefEntity> {
    const e = await this.initiatief(tx, besluit.initiatiefId);
    const [basis, aanvragen] = await Promise.all([this.basis(tx, e, besluit.genomenOp), this.aanvragen(tx, e.id)]);
    const namen = await this.namen(tx, aanvragen);
    const vaststelling = besluit.soort === BesluitSoort.VASTSTELLING;
    const regels: BriefRegel[] = besluit.regels.map((r) => ({
      activiteit: namen.instrument.get(r.instrumentId) ?? 'Ondersteuning',
      regeling: r.regelingId ? (namen.regeling.get(r.regelingId)?.naam ?? null) : null,
      gevraagd: r.gevraagd,
      bedrag: r.bedrag,
      verleend: vaststelling ? (aanvragen.find((a) => a.id === r.aanvraagId)?.toegekendBedrag ?? null) : undefined,
    }));
    const vrij = await this.regels.dagenVoorTermijnen(tx);
    // Reporting is due 13 weeks after the activity ends (or after the decision without an end date), moved per the Atw.
    const verantwoordenUiterlijk = termijnEinde(plusDagen(e.einddatum ?? basis.datum, VERANTWOORDING_WEKEN * 7), vrij);
    const doc = besluitbrief(
      {
        ...basis,
        soort: besluit.soort,
        motivering: besluit.motivering,
        bedrag: besluit.bedrag,
        regels,
        genomenDoor: besluit.genomenDoor,
        orgaan: besluit.orgaan,
        mandaat: besluit.mandaat,
        vaststellingsgrond: (besluit.gegevens.grond as VaststellingsGrond | null | undefined) ?? null,
        verantwoordenUiterlijk,
      },
      await this.teksten(tx, this.regelingCode(aanvragen, namen.regeling), briefsoortSleutel(BriefSoort.BESLUIT, besluit.soort)),
    );
    return this.maak(
      tx,
      e,
      { soort: BriefSoort.BESLUIT, besluitId: besluit.id, kenmerk: basis.kenmerk, datum: basis.datum },
      doc,
    );
  }

  /** Awb 4:3a: the receipt confirmation, in the submission's transaction. */
  async ontvangstbevestiging(tx: EntityManager, e: InitiatiefEntity): Promise<BriefEntity> {
    const basis = await this.basis(tx, e, klok.nu());
    const aanvragen = await this.aanvragen(tx, e.id);
    const namen = await this.namen(tx, aanvragen);
    const doc = ontvangstbevestiging(
      { ...basis, ingediendDatum: e.ingediendDatum ?? basis.datum, beslissenUiterlijk: e.beslissenUiterlijk ?? basis.datum },
      await this.teksten(tx, this.regelingCode(aanvragen, namen.regeling), BriefSoort.ONTVANGSTBEVESTIGING),
    );
    return this.maak(tx, e, { soort: BriefSoort.ONTVANGSTBEVESTIGING, kenmerk: basis.kenmerk, datum: basis.datum }, doc);
  }

  /** Awb 4:5: the request for more information, in the transaction that asks for it. */
  async aanvullingsverzoek(tx: EntityManager, e: InitiatiefEntity, door: Gebruiker): Promise<BriefEntity> {
    const basis = await this.basis(tx, e, klok.nu());
    const aanvragen = await this.aanvragen(tx, e.id);
    const namen = await this.namen(tx, aanvragen);
    const doc = aanvullingsverzoek(
      {
        ...basis,
        verzoek: e.aanvullingVerzoek ?? '',
        aanvullenUiterlijk: e.aanvullenUiterlijk ?? basis.datum,
        ondertekenaar: `${door.naam}, gemeente Heerlen`,
      },
      await this.teksten(tx, this.regelingCode(aanvragen, namen.regeling), BriefSoort.AANVULLINGSVERZOEK),
    );
    return this.maak(tx, e, { soort: BriefSoort.AANVULLINGSVERZOEK, kenmerk: basis.kenmerk, datum: basis.datum }, doc);
  }

  /** Awb 4:14: the delay notice, in the transaction that sets the new term (e carries the new term). */
  async verdagingsbericht(
    tx: EntityManager,
    e: InitiatiefEntity,
    v: { oudeTermijn: string; motivering: string },
    door: Gebruiker,
  ): Promise<BriefEntity> {
    const basis = await this.basis(tx, e, new Date());
    const aanvragen = await this.aanvragen(tx, e.id);
    const namen = await this.namen(tx, aanvragen);
    const doc = verdagingsbericht(
      {
        ...basis,
        oudeTermijn: v.oudeTermijn,
        nieuweTermijn: e.beslissenUiterlijk ?? v.oudeTermijn,
        oorspronkelijkeTermijn: e.oorspronkelijkBeslissenUiterlijk ?? v.oudeTermijn,
        motivering: v.motivering,
        ondertekenaar: `${door.naam}, gemeente Heerlen`,
      },
      await this.teksten(tx, this.regelingCode(aanvragen, namen.regeling), BriefSoort.VERDAGING),
    );
    return this.maak(tx, e, { soort: BriefSoort.VERDAGING, kenmerk: basis.kenmerk, datum: basis.datum }, doc);
  }

  /**
   * A letter about an objection (libs/bezwaar), to the objector: their channel is the applicant's
   * choice when they are the applicant (Awb 2:14), else e-mail when we have their address, else
   * the Buurtportaal. Kenmerk: the objection's reference with a sequence number.
   */
  async bezwaarbrief(tx: EntityManager, invoer: BezwaarbriefInvoer): Promise<BriefEntity> {
    const e = await this.initiatief(tx, invoer.initiatiefId);
    const [{ n }] = await tx.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM brief WHERE bezwaar_id = $1', [
      invoer.bezwaarId,
    ]);
    const basis = await this.basis(tx, e, new Date());
    const kenmerk = `${invoer.bezwaarReferentie}/${n + 1}`;
    const aanvragen = await this.aanvragen(tx, e.id);
    const namen = await this.namen(tx, aanvragen);
    const teksten = await this.teksten(tx, this.regelingCode(aanvragen, namen.regeling), invoer.soort);
    const w = waarden({ ...basis, aanvrager: { ...basis.aanvrager, naam: invoer.ontvanger.naam } }, null);
    const doc = invoer.document({
      datum: basis.datum,
      kenmerk,
      inleiding: blokUit(teksten, BriefBlok.INLEIDING, w),
      slot: blokUit(teksten, BriefBlok.SLOT, w),
    });
    const kanaal =
      invoer.ontvanger.sub === e.indienerSub
        ? await this.kanaal(tx, e)
        : invoer.ontvanger.email
          ? Berichtkanaal.EMAIL
          : Berichtkanaal.PORTAAL;
    return this.maak(
      tx,
      e,
      { soort: invoer.soort, bezwaarId: invoer.bezwaarId, kenmerk, datum: basis.datum, kanaal, ontvanger: invoer.ontvanger },
      doc,
    );
  }

  private async maak(
    tx: EntityManager,
    e: InitiatiefEntity,
    b: {
      soort: BriefSoort;
      kenmerk: string;
      datum: string;
      besluitId?: string;
      bezwaarId?: string;
      kanaal?: Berichtkanaal;
      ontvanger?: { naam: string; email: string | null };
    },
    doc: BriefDocument,
  ): Promise<BriefEntity> {
    const nu = klok.nu();
    const html = briefHtml(doc);
    const pdf = await briefPdf(doc, nu);
    const ontvanger = b.ontvanger ?? { naam: e.indienerNaam, email: e.indienerEmail };
    const gekozen = b.kanaal ?? (await this.kanaal(tx, e));
    const kanaal = gekozen === Berichtkanaal.EMAIL && ontvanger.email ? Berichtkanaal.EMAIL : Berichtkanaal.PORTAAL;
    const brief = await tx.save(
      tx.create(BriefEntity, {
        initiatiefId: e.id,
        besluitId: b.besluitId ?? null,
        bezwaarId: b.bezwaarId ?? null,
        soort: b.soort,
        kenmerk: b.kenmerk,
        onderwerp: doc.onderwerp,
        datum: b.datum,
        html,
        pdf,
        sha256: sha256(pdf),
        kanaal,
        verzondenOp: null,
      }),
    );
    if (kanaal === Berichtkanaal.EMAIL && ontvanger.email) {
      const over = b.bezwaarId ? `uw bezwaar (${b.kenmerk.replace(/\/\d+$/, '')})` : `uw aanvraag ${e.referentie ?? ''}`.trim();
      await mailInWachtrij(tx, [
        {
          soort: BRIEF_MAIL,
          referentieId: brief.id,
          aan: ontvanger.email,
          onderwerp: `${doc.onderwerp} (${b.kenmerk})`,
          tekst:
            `Beste ${ontvanger.naam},\n\nIn de bijlage vindt u onze brief "${doc.onderwerp}" over ${over}. ` +
            `U vindt de brief ook in het Buurtportaal.\n\n---\n\n${briefAlsTekst(doc)}\n`,
          html,
          bijlagen: [
            { bestandsnaam: `${b.kenmerk.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf`, mediatype: 'application/pdf', inhoud: pdf },
          ],
        },
      ]);
    } else {
      // Awb 2:14 / 3:41: the Buurtportaal is the channel (chosen, or no e-mail address); the letter is placed there now.
      await this.verzonden(tx, brief.id, nu);
      brief.verzondenOp = nu;
    }
    return brief;
  }

  /** Records the sending once (the first delivery counts) and, for a decision, its making known. */
  async verzonden(tx: EntityManager, briefId: string, op: Date): Promise<void> {
    const r: unknown = await tx.query(
      'UPDATE brief SET verzonden_op = $2 WHERE id = $1 AND verzonden_op IS NULL RETURNING besluit_id, bezwaar_id, soort',
      [briefId, op],
    );
    const rijen = (Array.isArray(r) && Array.isArray(r[0]) ? r[0] : r) as Array<{
      besluit_id: string | null;
      bezwaar_id: string | null;
      soort: BriefSoort;
    }>;
    if (aantalRijen(r) === 0) {
      return;
    }
    if (rijen[0]?.bezwaar_id) {
      if (this.bijBezwaarbrief) {
        await this.bijBezwaarbrief(tx, { bezwaarId: rijen[0].bezwaar_id, soort: rijen[0].soort }, op);
      }
      return;
    }
    if (!rijen[0]?.besluit_id) {
      return;
    }
    if (this.bijBekendmaking) {
      await this.bijBekendmaking(tx, rijen[0].besluit_id, op);
    } else {
      this.logger.error(`Brief ${briefId}: geen verwerking van de bekendmaking geregistreerd`);
    }
  }

  // ---------------------------------------------------------------- channel (Awb 2:14)

  /** The channel for this initiative: the applicant's choice, else e-mail when we have an address, else the portal. */
  private async kanaal(tx: EntityManager, e: InitiatiefEntity): Promise<Berichtkanaal> {
    const keuze = await tx.findOneBy(BerichtkanaalkeuzeEntity, { initiatiefId: e.id });
    if (keuze?.kanaal === Berichtkanaal.PORTAAL || !e.indienerEmail) {
      return Berichtkanaal.PORTAAL;
    }
    return Berichtkanaal.EMAIL;
  }

  async kanaalVan(initiatiefId: string, email: string | null): Promise<Berichtkanaal> {
    const keuze = await this.dataSource.manager.findOneBy(BerichtkanaalkeuzeEntity, { initiatiefId });
    return keuze?.kanaal === Berichtkanaal.PORTAAL || !email ? Berichtkanaal.PORTAAL : Berichtkanaal.EMAIL;
  }

  /** Awb 2:14: the applicant records how they want to receive letters about their initiative. */
  async kanaalKiezen(globalId: string, kanaal: Berichtkanaal, gebruiker: Gebruiker): Promise<InitiatiefEntity> {
    const id = fromGlobalId(globalId, 'Initiatief', 'initiatiefId');
    return this.dataSource.transaction(async (tx) => {
      const e = await tx.findOneBy(InitiatiefEntity, { id });
      if (!e || (e.indienerSub !== gebruiker.sub && !isMedewerker(gebruiker))) {
        throw fout.nietGevonden('Het initiatief');
      }
      if (e.indienerSub !== gebruiker.sub) {
        throw fout.geenToegang('Alleen de initiatiefnemer kiest hoe hij of zij brieven ontvangt.');
      }
      if (kanaal === Berichtkanaal.EMAIL && !e.indienerEmail) {
        throw fout.veld('kanaal', 'wij hebben geen e-mailadres van u; kies het Buurtportaal.');
      }
      await tx.upsert(BerichtkanaalkeuzeEntity, { initiatiefId: id, kanaal, gekozenOp: klok.nu() }, ['initiatiefId']);
      return e;
    });
  }

  // ---------------------------------------------------------------- reading

  async brievenBijInitiatieven(ids: readonly string[]): Promise<BriefEntity[]> {
    if (ids.length === 0) {
      return [];
    }
    // Letters about an objection are addressed to the objector (perhaps not the applicant): they are
    // shown with the objection (`brievenBijBezwaren`), not in the file the applicant reads.
    return this.dataSource.manager.find(BriefEntity, {
      where: { initiatiefId: In([...ids]), bezwaarId: IsNull() },
      order: { aangemaaktOp: 'ASC', id: 'ASC' },
    });
  }

  /**
   * The work queue's sending status per initiative, without loading the letters themselves: the
   * number of letters in the file still waiting for the mail server, and those whose mail failed
   * after every retry (staff must then make the letter known another way, Awb 3:41).
   */
  async verzendstandBijInitiatieven(ids: readonly string[]): Promise<Map<string, { wachtend: number; mislukt: number }>> {
    const stand = new Map<string, { wachtend: number; mislukt: number }>();
    if (ids.length === 0) {
      return stand;
    }
    const onverzonden = await this.dataSource.manager.find(BriefEntity, {
      select: { id: true, initiatiefId: true },
      where: { initiatiefId: In([...ids]), bezwaarId: IsNull(), verzondenOp: IsNull() },
    });
    const mails = await mailStatussen(
      this.dataSource.manager,
      onverzonden.map((b) => b.id),
    );
    for (const b of onverzonden) {
      const s = stand.get(b.initiatiefId) ?? { wachtend: 0, mislukt: 0 };
      if (mails.get(b.id)?.status === MailStatus.MISLUKT) {
        s.mislukt += 1;
      } else {
        s.wachtend += 1;
      }
      stand.set(b.initiatiefId, s);
    }
    return stand;
  }

  async brievenBijBezwaren(ids: readonly string[]): Promise<BriefEntity[]> {
    return ids.length === 0
      ? []
      : this.dataSource.manager.find(BriefEntity, {
          where: { bezwaarId: In([...ids]) },
          order: { aangemaaktOp: 'ASC', id: 'ASC' },
        });
  }

  async brievenBijBesluiten(ids: readonly string[]): Promise<BriefEntity[]> {
    return ids.length === 0 ? [] : this.dataSource.manager.find(BriefEntity, { where: { besluitId: In([...ids]) } });
  }

  /** Where the mails of these letters stand (for the file's sending status). */
  async mailstatussen(briefIds: readonly string[]) {
    return mailStatussen(this.dataSource.manager, briefIds);
  }

  /**
   * A letter with its PDF for a system of the municipality itself (e.g. the case registration's
   * document), without an access check: callers are background jobs, never a request.
   */
  async briefMetPdf(id: string): Promise<{ brief: BriefEntity; pdf: Buffer } | null> {
    const brief = await this.dataSource.manager
      .createQueryBuilder(BriefEntity, 'b')
      .addSelect('b.pdf')
      .where('b.id = :id', { id })
      .getOne();
    return brief ? { brief, pdf: brief.pdf } : null;
  }

  /** A letter for download: only the applicant and staff; anyone else gets "not found" (no hint that it exists). */
  async download(id: string, gebruiker: Gebruiker): Promise<{ brief: BriefEntity; pdf: Buffer }> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
      throw fout.nietGevonden('De brief');
    }
    const brief = await this.dataSource.manager
      .createQueryBuilder(BriefEntity, 'b')
      .addSelect('b.pdf')
      .where('b.id = :id', { id })
      .getOne();
    const e = brief
      ? await this.dataSource.manager.findOne(InitiatiefEntity, {
          where: { id: brief.initiatiefId },
          select: { id: true, indienerSub: true },
        })
      : null;
    const lezer =
      isMedewerker(gebruiker) ||
      (brief?.bezwaarId
        ? // A letter about an objection: the objector only (Awb 6:14, 7:12), whoever the applicant is.
          ((await this.isBezwaarmaker?.(brief.bezwaarId, gebruiker)) ?? false)
        : e?.indienerSub === gebruiker.sub);
    if (!brief || !e || !lezer) {
      throw fout.nietGevonden('De brief');
    }
    return { brief, pdf: brief.pdf };
  }

  // ---------------------------------------------------------------- wording per regeling

  async brieftekstenLijst(regelingCode: string | null | undefined): Promise<BrieftekstEntity[]> {
    return this.dataSource.manager.find(BrieftekstEntity, {
      where: regelingCode === undefined || regelingCode === null ? {} : { regelingCode },
      order: { regelingCode: 'ASC', briefsoort: 'ASC', blok: 'ASC' },
    });
  }

  /** Staff word a block for a regeling (or the default with an empty code). An empty text removes the regeling's own wording. */
  async brieftekstOpslaan(
    invoer: { regelingCode: string; briefsoort: string; blok: BriefBlok; tekst: string },
    gebruiker: Gebruiker,
  ): Promise<BrieftekstEntity> {
    const tekst = invoer.tekst.trim();
    const code = invoer.regelingCode.trim();
    const soorten = [...BRIEFTEKST_SOORTEN] as string[];
    const velden: Array<{ veld: string; melding: string }> = [];
    if (!soorten.includes(invoer.briefsoort)) {
      velden.push({ veld: 'input.briefsoort', melding: `kies een van: ${soorten.join(', ')}.` });
    }
    if (tekst.length > 4000) {
      velden.push({ veld: 'input.tekst', melding: 'is te lang (hoogstens 4000 tekens).' });
    }
    const onbekend = onbekendePlaatshouders(tekst);
    if (onbekend.length > 0) {
      velden.push({
        veld: 'input.tekst',
        // Plain words, no braces: the web apps show this sentence at the field as it is.
        melding: `noemt een invulveld dat niet bestaat: ${onbekend.map((p) => `"${p}"`).join(', ')}. Tussen accolades kunnen alleen "naam", "referentie", "titel", "periode" en "verantwoordenUiterlijk".`,
      });
    }
    if (code !== '' && !(await this.dataSource.manager.existsBy(SubsidieregelingEntity, { code }))) {
      velden.push({ veld: 'input.regelingCode', melding: 'is geen bestaande regeling.' });
    }
    if (velden.length > 0) {
      throw fout.ongeldigeInvoer(velden);
    }
    const rij = {
      regelingCode: code,
      briefsoort: invoer.briefsoort,
      blok: invoer.blok,
      tekst,
      gewijzigdDoorSub: gebruiker.sub,
      gewijzigdOp: new Date(),
    };
    await this.dataSource.manager.upsert(BrieftekstEntity, rij, ['regelingCode', 'briefsoort', 'blok']);
    return Object.assign(new BrieftekstEntity(), rij);
  }

  // ---------------------------------------------------------------- internals

  private async initiatief(tx: EntityManager, id: string): Promise<InitiatiefEntity> {
    const e = await tx.findOneBy(InitiatiefEntity, { id });
    if (!e) {
      throw fout.nietGevonden('Het initiatief');
    }
    return e;
  }

  private async basis(tx: EntityManager, e: InitiatiefEntity, op: Date): Promise<BriefBasis> {
    const [{ n }] = await tx.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM brief WHERE initiatief_id = $1', [e.id]);
    const organisatie = e.organisatieId ? await tx.findOneBy(OrganisatieEntity, { id: e.organisatieId }) : null;
    const referentie = e.referentie ?? e.id.slice(0, 8).toUpperCase();
    return {
      datum: amsterdamseDatum(op),
      kenmerk: `${referentie}/${n + 1}`,
      referentie,
      titel: e.titel,
      aanvrager: { naam: e.indienerNaam, email: e.indienerEmail, organisatie: organisatie?.naam ?? null },
      startdatum: e.startdatum,
      einddatum: e.einddatum,
    };
  }

  private aanvragen(tx: EntityManager, initiatiefId: string) {
    return tx.find(OndersteuningsaanvraagEntity, { where: { initiatiefId }, order: { volgnummer: 'ASC' } });
  }

  private async namen(tx: EntityManager, aanvragen: OndersteuningsaanvraagEntity[]) {
    const instrumentIds = [...new Set(aanvragen.map((a) => a.instrumentId))];
    const regelingIds = [...new Set(aanvragen.map((a) => a.regelingId).filter((r): r is string => r !== null))];
    const [instrumenten, regelingen] = await Promise.all([
      instrumentIds.length > 0 ? tx.findBy(InstrumentEntity, { id: In(instrumentIds) }) : [],
      regelingIds.length > 0 ? tx.findBy(SubsidieregelingEntity, { id: In(regelingIds) }) : [],
    ]);
    return {
      instrument: new Map(instrumenten.map((i) => [i.id, i.naam])),
      regeling: new Map(regelingen.map((r) => [r.id, r])),
    };
  }

  /** The letter follows the rule of the first request under a rule (an initiative rarely mixes rules). */
  private regelingCode(aanvragen: OndersteuningsaanvraagEntity[], regelingen: Map<string, SubsidieregelingEntity>): string {
    const id = aanvragen.find((a) => a.regelingId)?.regelingId;
    return (id && regelingen.get(id)?.code) || '';
  }

  /** The wording blocks: the regeling's own, else the default. */
  private async teksten(tx: EntityManager, regelingCode: string, briefsoort: string): Promise<Teksten> {
    const rijen = await tx.find(BrieftekstEntity, { where: { regelingCode: In(['', regelingCode]), briefsoort } });
    const teksten: Teksten = {};
    for (const blok of Object.values(BriefBlok)) {
      const eigen = rijen.find((r) => r.regelingCode === regelingCode && r.blok === blok && r.tekst !== '');
      const standaard = rijen.find((r) => r.regelingCode === '' && r.blok === blok);
      teksten[blok] = (eigen ?? standaard)?.tekst ?? '';
    }
    return teksten;
  }
}
