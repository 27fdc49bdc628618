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
  isMedewerker,
  klok,
  NodeRegistry,
} from '@buurtwerk/core';
import { BuurtenService } from '@buurtwerk/buurten';
import { type BelangenconflictModel, type ConflictGrond, toBelangenconflictModel } from '@buurtwerk/conflict-of-interest';
import type { BuurtpanelInput } from './dto/buurtpanel.input';
import { BuurtpanelEntity, BuurtpanelLidEntity, PanelstemEntity, PanelstemmingEntity, Stemkeuze } from './buurtpanel.entity';
import { toBuurtpanelModel, toPanelstemmingModel } from './buurtpanel.model';
import {
  adviesMotivering,
  adviesVanUitkomst,
  controleerLeden,
  controleerPanel,
  iedereenGestemd,
  overwegingenVan,
  PanelAdvies,
  panelredenFout,
  panelUitkomst,
  type Stem,
  stemgerechtigden,
  stemmingOpen,
  telStemmen,
  type Telling,
} from './buurtpanel.rules';
import { type BesluitUitkomst, type InitiatiefEntity, InitiatiefStatus, type Verschoning } from './initiatief.entity';
import { motiveringFout } from './motivering.rules';
import { InitiatievenService } from './initiatieven.service';
import { zichtVoor } from './dossier.rules';
import { BehandelingService } from './behandeling.service';
import { AanvraagbesluitService } from './aanvraagbesluit.service';

/** Furthest a closing time may lie ahead: a panel assesses small initiatives within the decision term. */
const MAX_DAGEN_TOT_SLUITEN = 180;
const BATCH = 50;
const TIJDSTIP = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'medium' });

type Conflict = BelangenconflictModel;

@Injectable()
export class BuurtpanelService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BuurtpanelEntity) private readonly panelen: Repository<BuurtpanelEntity>,
    @InjectRepository(BuurtpanelLidEntity) private readonly leden: Repository<BuurtpanelLidEntity>,
    @InjectRepository(PanelstemmingEntity) private readonly stemmingen: Repository<PanelstemmingEntity>,
    @InjectRepository(PanelstemEntity) private readonly stemmen: Repository<PanelstemEntity>,
    private readonly buurten: BuurtenService,
    private readonly initiatieven: InitiatievenService,
    private readonly behandeling: BehandelingService,
    private readonly aanvraagbesluit: AanvraagbesluitService,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    // A panel's name, buurten, quorum and size are public; its members are not shown.
    this.nodes.registreer('Buurtpanel', async (id) => (await this.panelenBijIds([id]))[0] ?? null);
  }

  // ---------------------------------------------------------------- staff: panels and putting initiatives to them

  async instellen(input: BuurtpanelInput, _gebruiker: Gebruiker) {
    const leden = input.leden.map((l) => l.trim());
    const velden = controleerPanel({ naam: input.naam, quorum: input.quorum, leden, buurtIds: input.buurtIds });
    if (velden.length > 0) {
      throw fout.ongeldigeInvoer(velden);
    }
    const buurtIds = await this.buurten.bestaandeBuurtIds(input.buurtIds, 'input.buurtIds');
    return this.dataSource.transaction(async (tx) => {
      const panel = await tx.save(tx.create(BuurtpanelEntity, { naam: input.naam.trim(), buurtIds, quorum: input.quorum }));
      await tx.insert(
        BuurtpanelLidEntity,
        leden.map((gebruikerId) => ({ panelId: panel.id, gebruikerId })),
      );
      return toBuurtpanelModel(panel, leden.length);
    });
  }

  /**
   * Replaces the members of a panel. Refused while the panel has an open vote: who may vote, and
   * so the quorum and the outcome, must not change during a vote. The panel row is locked, so a
   * concurrent voorleggen (which locks it too) sees either the old or the new members, never both.
   */
  async ledenWijzigen(globalId: string, leden: string[], _gebruiker: Gebruiker) {
    const panelId = fromGlobalId(globalId, 'Buurtpanel', 'id');
    const lijst = leden.map((l) => l.trim());
    return this.dataSource.transaction(async (tx) => {
      const panel = await this.vergrendelPanel(tx, panelId, 'FOR UPDATE');
      if (panel.opgehevenOp) {
        throw fout.veld('id', `"${panel.naam}" is opgeheven; de leden van een opgeheven panel veranderen niet meer.`);
      }
      const velden = controleerLeden(lijst, panel.quorum);
      if (velden.length > 0) {
        throw fout.ongeldigeInvoer(velden);
      }
      await this.geenOpenStemming(tx, panel, 'de leden wijzigen');
      await tx.delete(BuurtpanelLidEntity, { panelId });
      await tx.insert(
        BuurtpanelLidEntity,
        lijst.map((gebruikerId) => ({ panelId, gebruikerId })),
      );
      return toBuurtpanelModel(panel, lijst.length);
    });
  }

  /**
   * Ends a panel: it keeps its members, votes and results (archival duty) but no initiative can
   * be put to it any more. Refused while it has an open vote; ending an ended panel changes nothing.
   */
  async opheffen(globalId: string, _gebruiker: Gebruiker) {
    const panelId = fromGlobalId(globalId, 'Buurtpanel', 'id');
    return this.dataSource.transaction(async (tx) => {
      let panel = await this.vergrendelPanel(tx, panelId, 'FOR UPDATE');
      if (!panel.opgehevenOp) {
        await this.geenOpenStemming(tx, panel, 'het panel opheffen');
        await tx.query('UPDATE buurtpanel SET opgeheven_op = $2 WHERE id = $1', [panelId, klok.nu()]);
        panel = await tx.findOneByOrFail(BuurtpanelEntity, { id: panelId });
      }
      const [{ aantal }] = await tx.query<Array<{ aantal: number }>>(
        'SELECT count(*)::int AS aantal FROM buurtpanel_lid WHERE panel_id = $1',
        [panelId],
      );
      return toBuurtpanelModel(panel, aantal);
    });
  }

  async alleBuurtpanelen() {
    const rows = await this.panelen.find({ order: { naam: 'ASC', id: 'ASC' } });
    const aantallen = await this.aantalLeden(rows.map((p) => p.id));
    return rows.map((p) => toBuurtpanelModel(p, aantallen.get(p.id) ?? 0));
  }

  /**
   * IN_BEHANDELING -> BIJ_BUURTPANEL and a new vote that closes at `sluitOp`. The panel must be
   * about (one of) the initiative's buurten and able to reach its quorum with the members who
   * do not have to step aside.
   */
  async voorleggen(globalId: string, panelGlobalId: string, sluitOp: Date, gebruiker: Gebruiker) {
    const initiatiefId = fromGlobalId(globalId, 'Initiatief', 'id');
    const panelId = fromGlobalId(panelGlobalId, 'Buurtpanel', 'panelId');
    const nu = klok.ms();
    if (!(sluitOp instanceof Date) || Number.isNaN(sluitOp.getTime()) || sluitOp.getTime() <= nu) {
      throw fout.veld('sluitOp', 'moet in de toekomst liggen: tot dat moment kan het panel stemmen.');
    }
    if (sluitOp.getTime() > nu + MAX_DAGEN_TOT_SLUITEN * 86_400_000) {
      throw fout.veld('sluitOp', `mag hoogstens ${MAX_DAGEN_TOT_SLUITEN} dagen vooruit liggen.`);
    }
    const panel = await this.panelen.findOneBy({ id: panelId });
    if (!panel) {
      throw fout.veld('panelId', 'is geen bestaand buurtpanel.');
    }
    const vooraf = (await this.initiatieven.initiatievenBijIds([initiatiefId]))[0];
    if (!vooraf) {
      throw fout.nietGevonden('Het initiatief');
    }
    // Awb 2:4: whoever has an interest in the initiative cannot put it to a panel (BELANGENCONFLICT).
    // The others' conflicts decide which members must step aside. Read before the transaction:
    // the register is read through other connections.
    const conflicten = await this.initiatieven.geenBelangBijBehandeling(vooraf, gebruiker);
    const kanQuorumHalen = (leden: string[]) => {
      const verschoond = verschoondeLeden(conflicten, leden);
      if (stemgerechtigden(leden, verschoond).length < panel.quorum) {
        throw fout.veld(
          'panelId',
          `van de ${leden.length} leden van "${panel.naam}" moeten er ${verschoond.size} zich verschonen bij dit initiatief; het quorum van ${panel.quorum} is dan niet te halen. Kies een ander panel of neem zelf het besluit.`,
        );
      }
    };
    if (panel.opgehevenOp) {
      throw opgeheven(panel);
    }
    kanQuorumHalen(await this.ledenVan(panel.id));
    return this.dataSource.transaction(async (tx) => {
      // The panel row is shared-locked, so its members cannot change nor the panel end until the
      // vote exists (ledenWijzigen and opheffen lock it and then see the open vote).
      const actueel = await this.vergrendelPanel(tx, panel.id, 'FOR SHARE');
      if (actueel.opgehevenOp) {
        throw opgeheven(actueel);
      }
      kanQuorumHalen(
        (await tx.find(BuurtpanelLidEntity, { where: { panelId: panel.id }, order: { gebruikerId: 'ASC' } })).map(
          (l) => l.gebruikerId,
        ),
      );
      await this.behandeling.naarBuurtpanel(tx, vooraf, gebruiker, panel.naam, (e) => {
        if (!e.buurtIds.some((b) => panel.buurtIds.includes(b))) {
          throw fout.veld('panelId', `"${panel.naam}" gaat niet over de buurt(en) van dit initiatief.`);
        }
        // Awb 4:13: the panel's outcome is the decision, so voting must close within the decision term.
        if (e.beslissenUiterlijk && amsterdamseDatum(sluitOp) > e.beslissenUiterlijk) {
          throw fout.veld(
            'sluitOp',
            `ligt na de beslistermijn van dit initiatief (uiterlijk ${e.beslissenUiterlijk}); laat het panel eerder sluiten.`,
          );
        }
      });
      const stemming = await tx.save(
        tx.create(PanelstemmingEntity, {
          initiatiefId,
          panelId: panel.id,
          sluitOp,
          geslotenOp: null,
          aantalVoor: null,
          aantalTegen: null,
          aantalOnthouding: null,
          uitkomst: null,
          verschoningen: [],
          voorgelegdDoorSub: gebruiker.sub,
        }),
      );
      return toPanelstemmingModel(stemming, null, true);
    });
  }

  // ---------------------------------------------------------------- members: voting

  /**
   * A member's vote, once per initiative: a new vote replaces the old one while voting is open.
   * Accepted iff the transaction's database clock is before `sluitOp` and the vote was not closed
   * yet (the row is locked, so a vote and the closing never interleave). The last vote of the
   * members who can vote closes the vote at once, in the same transaction.
   */
  async stemUitbrengen(
    initiatiefGlobalId: string,
    keuze: Stemkeuze,
    toelichting: string | null | undefined,
    gebruiker: Gebruiker,
  ) {
    const initiatiefId = fromGlobalId(initiatiefGlobalId, 'Initiatief', 'initiatiefId');
    // The members' reasons are the substance of the panel's advice (Awb 3:46 for the decision on it).
    const reden = toelichting?.trim().replace(/\s+/g, ' ') ?? '';
    const redenOngeldig = panelredenFout(reden);
    if (redenOngeldig) {
      throw fout.veld('toelichting', redenOngeldig);
    }
    const stemming = await this.laatsteStemming(initiatiefId);
    if (!stemming) {
      throw fout.nietGevonden('Een panelstemming over dit initiatief');
    }
    const panel = await this.panelen.findOneByOrFail({ id: stemming.panelId });
    const leden = await this.ledenVan(panel.id);
    if (!leden.includes(gebruiker.sub)) {
      throw fout.geenToegang(`Alleen leden van "${panel.naam}" kunnen over dit initiatief stemmen.`);
    }
    if (stemming.geslotenOp !== null) {
      throw gesloten(stemming);
    }
    const e = (await this.initiatieven.initiatievenBijIds([initiatiefId]))[0]!;
    // docs/domein.md, invariant 7: a member with a conflict of interest cannot vote (BELANGENCONFLICT); the
    // others' conflicts decide who no longer counts. Read before the transaction: the register
    // is read through other connections.
    const anderen = await this.initiatieven.geenBelangBijBehandeling(e, gebruiker);
    return this.dataSource.transaction(async (tx) => {
      const rij = await this.vergrendelStemming(tx, stemming.id);
      if (!rij.open) {
        throw gesloten(rij.stemming);
      }
      const status = await tx.query<Array<{ status: InitiatiefStatus }>>('SELECT status FROM initiatief WHERE id = $1', [
        initiatiefId,
      ]);
      if (status[0]?.status !== InitiatiefStatus.BIJ_BUURTPANEL) {
        throw new DomainError(
          FoutCode.STEMMING_GESLOTEN,
          'Dit initiatief ligt niet meer bij het buurtpanel (het is ingetrokken); er kan niet meer over worden gestemd.',
        );
      }
      await tx.query(
        `INSERT INTO panelstem (stemming_id, gebruiker_id, keuze, toelichting, uitgebracht_op)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (stemming_id, gebruiker_id)
         DO UPDATE SET keuze = excluded.keuze, toelichting = excluded.toelichting, uitgebracht_op = excluded.uitgebracht_op`,
        [stemming.id, gebruiker.sub, keuze, reden, klok.nu()],
      );
      const stemmen = await this.stemmenVan(tx, stemming.id);
      let na = rij.stemming;
      if (iedereenGestemd(leden, verschoondeLeden(anderen, leden), stemmen)) {
        await this.sluit(tx, rij.stemming, panel, leden, anderen, stemmen);
        na = await tx.findOneByOrFail(PanelstemmingEntity, { id: stemming.id });
      }
      const eigen = await tx.findOneBy(PanelstemEntity, { stemmingId: stemming.id, gebruikerId: gebruiker.sub });
      return toPanelstemmingModel(na, eigen, isMedewerker(gebruiker));
    });
  }

  // ---------------------------------------------------------------- closing (at sluitOp, by any instance)

  /**
   * Closes every vote whose `sluitOp` passed. Safe to run on several API instances at once and
   * after a restart: the state is in the database, a vote is claimed with FOR UPDATE SKIP LOCKED
   * and closed with a guarded UPDATE in the transaction that records the decision, so each vote
   * is decided exactly once.
   */
  async sluitVerlopenStemmingen(): Promise<{ gesloten: number }> {
    let gesloten = 0;
    const kandidaten = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM panelstemming WHERE gesloten_op IS NULL AND sluit_op <= now() ORDER BY sluit_op, id LIMIT ${BATCH}`,
    );
    for (const { id } of kandidaten) {
      const stemming = await this.stemmingen.findOneBy({ id });
      if (!stemming || stemming.geslotenOp !== null) {
        continue;
      }
      const panel = await this.panelen.findOneByOrFail({ id: stemming.panelId });
      const leden = await this.ledenVan(panel.id);
      const e = (await this.initiatieven.initiatievenBijIds([stemming.initiatiefId]))[0];
      const conflicten = e ? await this.conflictenVan(e) : [];
      const klaar = await this.dataSource.transaction(async (tx) => {
        const rijen = await tx.query<Array<{ id: string }>>(
          `SELECT id FROM panelstemming WHERE id = $1 AND gesloten_op IS NULL AND sluit_op <= now() FOR UPDATE SKIP LOCKED`,
          [id],
        );
        if (rijen.length === 0) {
          return false;
        }
        return this.sluit(tx, stemming, panel, leden, conflicten, await this.stemmenVan(tx, id));
      });
      if (klaar) {
        gesloten += 1;
      }
    }
    return { gesloten };
  }

  /**
   * Counts (only members who need not step aside), applies the outcome rule and records the
   * advice with the counted members' considerations (or, without quorum, sends the initiative back), in the caller's transaction with the vote's row locked. Returns false when another
   * transaction closed it first (the guarded UPDATE finds nothing).
   */
  private async sluit(
    tx: EntityManager,
    stemming: PanelstemmingEntity,
    panel: BuurtpanelEntity,
    leden: string[],
    conflicten: Conflict[],
    stemmen: Array<Stem & { toelichting: string | null }>,
  ): Promise<boolean> {
    const verschoond = verschoondeLeden(conflicten, leden);
    const telling = telStemmen(stemmen, leden, verschoond);
    const uitkomst = panelUitkomst(telling, panel.quorum);
    const verschoningenLeden = conflicten.filter((c) => c.gebruikerId !== null && verschoond.has(c.gebruikerId));
    const overwegingen = uitkomst === null ? [] : overwegingenVan(stemmen, leden, verschoond);
    const res = await tx.query<[unknown[], number]>(
      `UPDATE panelstemming
          SET gesloten_op = now() + make_interval(secs => $8 / 1000.0), aantal_voor = $2, aantal_tegen = $3, aantal_onthouding = $4, uitkomst = $5,
              verschoningen = $6::jsonb, overwegingen = $7::jsonb
        WHERE id = $1 AND gesloten_op IS NULL
       RETURNING id`,
      [
        stemming.id,
        telling.voor,
        telling.tegen,
        telling.onthouding,
        uitkomst,
        JSON.stringify(verschoningenLeden.map(naarVerschoning)),
        JSON.stringify(overwegingen),
        klok.verschilMs(),
      ],
    );
    if (res[1] !== 1) {
      return false;
    }
    const status = await this.behandeling.panelUitkomstVastleggen(tx, stemming.initiatiefId, {
      panelId: panel.id,
      panelNaam: panel.naam,
      uitkomst,
      motivering: motivering(panel, telling, uitkomst),
    });
    if (status === null && uitkomst !== null) {
      // Withdrawn while the panel voted: the counts stay, there is no outcome.
      await tx.query('UPDATE panelstemming SET uitkomst = NULL WHERE id = $1', [stemming.id]);
    }
    return true;
  }

  // ---------------------------------------------------------------- the official decides on the advice

  /**
   * The decision on a panel's advice, by the official with the mandate on behalf of the college: a
   * residents' panel is not an administrative body (docs/domein.md, invariant 8). The decision
   * follows the advice unless there are weighty reasons; deviating needs a stated reason (in the
   * spirit of Awb 3:50), and the reasons carry the panel's count and considerations (Awb 3:46).
   * Only while the initiative is with the panel and the vote closed with an advice.
   */
  async besluitOpAdvies(
    initiatiefGlobalId: string,
    uitkomst: BesluitUitkomst,
    afwijkingsreden: string | null | undefined,
    gebruiker: Gebruiker,
  ) {
    const initiatiefId = fromGlobalId(initiatiefGlobalId, 'Initiatief', 'initiatiefId');
    const stemming = await this.laatsteStemming(initiatiefId);
    if (!stemming) {
      throw fout.nietGevonden('Een advies van een buurtpanel over dit initiatief');
    }
    if (stemming.geslotenOp === null) {
      throw new DomainError(
        FoutCode.ONGELDIGE_STATUSOVERGANG,
        `Het buurtpanel stemt nog (tot ${TIJDSTIP.format(stemming.sluitOp)}); besluit zodra het advies er is.`,
      );
    }
    const advies = adviesVanUitkomst(stemming.uitkomst);
    if (advies === null) {
      throw new DomainError(
        FoutCode.ONGELDIGE_STATUSOVERGANG,
        'Het buurtpanel heeft geen advies uitgebracht (het quorum is niet gehaald); neem het besluit zelf met een eigen motivering.',
      );
    }
    const gevolgd = adviesVanUitkomst(uitkomst) === advies;
    const reden = afwijkingsreden?.trim().replace(/\s+/g, ' ') || null;
    if (!gevolgd) {
      const ongeldig = motiveringFout(reden, 'besluit');
      if (ongeldig) {
        throw fout.veld(
          'afwijkingsreden',
          `je wijkt af van het ${advies === PanelAdvies.POSITIEF ? 'positieve' : 'negatieve'} advies van het buurtpanel. Dat kan alleen om zwaarwegende redenen: ${ongeldig}`,
        );
      }
    } else if (reden !== null && reden.length > 10000) {
      throw fout.veld('afwijkingsreden', 'mag hoogstens 10000 tekens zijn.');
    }
    const panel = await this.panelen.findOneByOrFail({ id: stemming.panelId });
    const tekst = adviesMotivering({
      panelNaam: panel.naam,
      quorum: panel.quorum,
      telling: { voor: stemming.aantalVoor ?? 0, tegen: stemming.aantalTegen ?? 0, onthouding: stemming.aantalOnthouding ?? 0 },
      advies,
      overwegingen: stemming.overwegingen ?? [],
      uitkomst,
      afwijkingsreden: reden,
      beslisser: gebruiker.naam,
    });
    return this.aanvraagbesluit.besluitOpPaneladvies(initiatiefId, uitkomst, tekst, gebruiker, async (tx) => {
      // The advice this decision rests on: still the latest, closed vote (nothing reopens it).
      const bijgewerkt = await tx.query<[unknown[], number]>(
        `UPDATE panelstemming SET advies_gevolgd = $2, afwijkingsreden = $3
          WHERE id = $1 AND gesloten_op IS NOT NULL AND advies_gevolgd IS NULL`,
        [stemming.id, gevolgd, reden],
      );
      if (bijgewerkt[1] !== 1) {
        throw new DomainError(FoutCode.CONFLICT, 'Op dit advies is al besloten.');
      }
    });
  }

  // ---------------------------------------------------------------- queries

  /**
   * The latest vote on an initiative. Staff, panel members and the initiator see it at any time;
   * anyone else once it is closed and the initiative itself is public. Null otherwise.
   */
  async panelstemming(initiatiefGlobalId: string, gebruiker: Gebruiker | null) {
    const initiatiefId = fromGlobalId(initiatiefGlobalId, 'Initiatief', 'initiatiefId');
    const e = (await this.initiatieven.initiatievenBijIds([initiatiefId]))[0];
    const stemming = e ? await this.laatsteStemming(initiatiefId) : null;
    if (!e || !stemming) {
      return null;
    }
    const zicht = zichtVoor(e, gebruiker);
    const lid = gebruiker !== null && (await this.leden.existsBy({ panelId: stemming.panelId, gebruikerId: gebruiker.sub }));
    const zichtbaar =
      isMedewerker(gebruiker) || lid || zicht === 'volledig' || (stemming.geslotenOp !== null && zicht === 'publiek');
    if (!zichtbaar) {
      return null;
    }
    const eigen = gebruiker ? await this.stemmen.findOneBy({ stemmingId: stemming.id, gebruikerId: gebruiker.sub }) : null;
    return toPanelstemmingModel(stemming, eigen, zicht === 'volledig');
  }

  /** What is before the caller as a panel member: open votes on initiatives still with the panel. */
  async mijnPanelstemmingen(gebruiker: Gebruiker) {
    const rows = await this.stemmingen
      .createQueryBuilder('s')
      .innerJoin(BuurtpanelLidEntity, 'l', 'l.panel_id = s.panel_id AND l.gebruiker_id = :sub', { sub: gebruiker.sub })
      .innerJoin('initiatief', 'i', 'i.id = s.initiatief_id AND i.status = :status', {
        status: InitiatiefStatus.BIJ_BUURTPANEL,
      })
      .where('s.gesloten_op IS NULL')
      .orderBy('s.sluit_op', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    const eigen =
      rows.length > 0 ? await this.stemmen.findBy({ stemmingId: In(rows.map((r) => r.id)), gebruikerId: gebruiker.sub }) : [];
    return rows.map((r) => toPanelstemmingModel(r, eigen.find((s) => s.stemmingId === r.id) ?? null, isMedewerker(gebruiker)));
  }

  /** While open: the panel members who have to step aside now (a declaration may still come in). */
  async verschoningenOpen(initiatiefId: string, panelId: string): Promise<Conflict[]> {
    const e = (await this.initiatieven.initiatievenBijIds([initiatiefId]))[0];
    if (!e) {
      return [];
    }
    const [leden, conflicten] = await Promise.all([this.ledenVan(panelId), this.conflictenVan(e)]);
    const verschoond = verschoondeLeden(conflicten, leden);
    return conflicten.filter((c) => c.gebruikerId !== null && verschoond.has(c.gebruikerId));
  }

  // ---------------------------------------------------------------- batch loads

  /**
   * Panel participation in a calendar year (Europe/Amsterdam): per vote put before a panel in that
   * year, the panel's buurten, its current members and the votes cast. No personal data.
   */
  async panelcijfers(jaar: number): Promise<Array<{ buurtIds: string[]; leden: number; stemmen: number }>> {
    const rijen = await this.dataSource.query<Array<{ buurt_ids: string[]; leden: number; stemmen: number }>>(
      `SELECT p.buurt_ids,
              (SELECT count(*)::int FROM buurtpanel_lid l WHERE l.panel_id = p.id) AS leden,
              (SELECT count(*)::int FROM panelstem v WHERE v.stemming_id = s.id) AS stemmen
         FROM panelstemming s JOIN buurtpanel p ON p.id = s.panel_id
        WHERE extract(year FROM s.aangemaakt_op AT TIME ZONE 'Europe/Amsterdam') = $1
        ORDER BY s.id`,
      [jaar],
    );
    return rijen.map((r) => ({ buurtIds: r.buurt_ids, leden: r.leden, stemmen: r.stemmen }));
  }

  async panelenBijIds(ids: readonly string[]) {
    const rows = await this.panelen.findBy({ id: In([...ids]) });
    const aantallen = await this.aantalLeden(rows.map((p) => p.id));
    return rows.map((p) => toBuurtpanelModel(p, aantallen.get(p.id) ?? 0));
  }

  // ---------------------------------------------------------------- internals

  private async aantalLeden(panelIds: string[]): Promise<Map<string, number>> {
    if (panelIds.length === 0) {
      return new Map();
    }
    const rows = await this.dataSource.query<Array<{ panel_id: string; aantal: number }>>(
      'SELECT panel_id, count(*)::int AS aantal FROM buurtpanel_lid WHERE panel_id = ANY($1::uuid[]) GROUP BY panel_id',
      [panelIds],
    );
    return new Map(rows.map((r) => [r.panel_id, r.aantal]));
  }

  /** The members of each panel, by gebruikers-id (staff who manage panels only; see the resolver). */
  async ledenBijPanelIds(panelIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.leden.find({ where: { panelId: In([...panelIds]) }, order: { gebruikerId: 'ASC' } });
    const perPanel = new Map<string, string[]>();
    for (const l of rows) {
      perPanel.set(l.panelId, [...(perPanel.get(l.panelId) ?? []), l.gebruikerId]);
    }
    return perPanel;
  }

  /** Every vote of the panels, open ones first, then the most recently closed (staff only; see the resolver). */
  async stemmingenBijPanelIds(panelIds: readonly string[]): Promise<PanelstemmingEntity[]> {
    if (panelIds.length === 0) {
      return [];
    }
    return this.stemmingen
      .createQueryBuilder('s')
      .where('s.panel_id IN (:...panelIds)', { panelIds })
      .orderBy('s.gesloten_op', 'DESC', 'NULLS FIRST')
      .addOrderBy('s.sluit_op', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  private async vergrendelPanel(tx: EntityManager, id: string, slot: 'FOR UPDATE' | 'FOR SHARE'): Promise<BuurtpanelEntity> {
    const rijen = await tx.query<Array<{ id: string }>>(`SELECT id FROM buurtpanel WHERE id = $1 ${slot}`, [id]);
    if (rijen.length === 0) {
      throw fout.nietGevonden('Het buurtpanel');
    }
    return tx.findOneByOrFail(BuurtpanelEntity, { id });
  }

  /** Refuses a change of the panel while one of its votes is open (not yet closed and counted). */
  private async geenOpenStemming(tx: EntityManager, panel: BuurtpanelEntity, wat: string): Promise<void> {
    const [{ aantal }] = await tx.query<Array<{ aantal: number }>>(
      'SELECT count(*)::int AS aantal FROM panelstemming WHERE panel_id = $1 AND gesloten_op IS NULL',
      [panel.id],
    );
    if (aantal > 0) {
      throw new DomainError(
        FoutCode.CONFLICT,
        `"${panel.naam}" stemt nu over ${aantal === 1 ? 'een initiatief' : `${aantal} initiatieven`}. Je kunt ${wat} zodra ${aantal === 1 ? 'die stemming is' : 'die stemmingen zijn'} gesloten: tijdens een stemming blijft de samenstelling van het panel gelijk.`,
      );
    }
  }

  private async ledenVan(panelId: string): Promise<string[]> {
    const rows = await this.leden.find({ where: { panelId }, order: { gebruikerId: 'ASC' } });
    return rows.map((l) => l.gebruikerId);
  }

  private async laatsteStemming(initiatiefId: string) {
    return this.stemmingen.findOne({ where: { initiatiefId }, order: { aangemaaktOp: 'DESC', id: 'DESC' } });
  }

  private async stemmenVan(tx: EntityManager, stemmingId: string): Promise<Array<Stem & { toelichting: string | null }>> {
    const rows = await tx.find(PanelstemEntity, { where: { stemmingId }, order: { gebruikerId: 'ASC' } });
    return rows.map((s) => ({ gebruikerId: s.gebruikerId, keuze: s.keuze, toelichting: s.toelichting }));
  }

  /**
   * Locks the vote; `open` by the database clock (this transaction's now()), the clock that also
   * closes it, moved by the domain clock's offset (0 outside the demo loader, see klok.ts).
   */
  private async vergrendelStemming(tx: EntityManager, id: string) {
    const [rij] = await tx.query<Array<{ nu: Date; sluit_op: Date; gesloten_op: Date | null }>>(
      'SELECT now() + make_interval(secs => $2 / 1000.0) AS nu, sluit_op, gesloten_op FROM panelstemming WHERE id = $1 FOR UPDATE',
      [id, klok.verschilMs()],
    );
    return {
      open: stemmingOpen(rij.nu, rij.sluit_op, rij.gesloten_op),
      stemming: await tx.findOneByOrFail(PanelstemmingEntity, { id }),
    };
  }

  private conflictenVan(e: InitiatiefEntity): Promise<Conflict[]> {
    return this.initiatieven.conflictenBij(e);
  }
}

/** Members with a conflict of interest, matched by identity (sign-in id), never by name. */
function verschoondeLeden(conflicten: readonly Conflict[], leden: readonly string[]): Set<string> {
  return new Set(conflicten.map((c) => c.gebruikerId).filter((g): g is string => g !== null && leden.includes(g)));
}

function naarVerschoning(c: Conflict): Verschoning & { gebruikerId: string | null } {
  return {
    persoon: c.persoon,
    grond: c.grond,
    organisatieId: c.organisatieDbId,
    toelichting: c.toelichting,
    gebruikerId: c.gebruikerId,
  };
}

export function verschoningNaarModel(v: Verschoning): BelangenconflictModel {
  return toBelangenconflictModel({
    persoon: v.persoon,
    grond: v.grond as ConflictGrond,
    organisatieId: v.organisatieId,
    toelichting: v.toelichting,
  });
}

function opgeheven(panel: BuurtpanelEntity): DomainError {
  return fout.veld('panelId', `"${panel.naam}" is opgeheven; leg het initiatief voor aan een ander panel.`);
}

function gesloten(s: PanelstemmingEntity): DomainError {
  return new DomainError(
    FoutCode.STEMMING_GESLOTEN,
    `De stemming over dit initiatief is gesloten (sluitingstijd ${TIJDSTIP.format(s.sluitOp)}); je stem kan niet meer worden meegeteld.`,
  );
}

function motivering(panel: BuurtpanelEntity, t: Telling, uitkomst: string | null): string {
  const stemmen = `${t.voor} voor, ${t.tegen} tegen, ${t.onthouding} onthouding`;
  if (uitkomst === null) {
    return `Het quorum van ${panel.quorum} stemmen is niet gehaald (${stemmen}); het initiatief gaat terug naar de gemeente.`;
  }
  return `Advies van ${panel.naam}: ${uitkomst === 'TOEGEKEND' ? 'positief' : 'negatief'} (${stemmen}; quorum ${panel.quorum} gehaald). De gemeente besluit.`;
}
