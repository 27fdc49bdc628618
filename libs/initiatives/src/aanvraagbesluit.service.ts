import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { DomainError, fout, FoutCode, fromGlobalId, type Gebruiker, schrijfAudit, toGlobalId, klok } from '@buurtwerk/core';
import { euro, type GelijkgesteldeDagen, InstrumentEntity, SubsidieregelsService } from '@buurtwerk/subsidieregels';
import type { BesluitInput } from './dto/initiatief.input';
import {
  type Afwijking,
  BesluitUitkomst,
  type InitiatiefEntity,
  InitiatiefStatus,
  OndersteuningsaanvraagEntity,
  type Verschoning,
} from './initiatief.entity';
import { motiveringFout } from './motivering.rules';
import { controleerOvergang } from './initiatief.rules';
import { BesluitenService } from './besluiten.service';
import { aanvraagbesluitSoort, besluitRegels } from './besluit.rules';
import { GrootboekService } from './grootboek.service';
import { BesluitvoorbereidingService } from './besluitvoorbereiding.service';
import { DossierService } from './dossier.service';
import { herzieningsbedragen } from './herziening.rules';
import {
  alleenAfwijzenMogelijk,
  type Belanghebbenden,
  bedragenPerAanvraag,
  type BezwaarHerziening,
  STATUS_NA_BESLUIT,
  stopDwangsom,
  verschoningenVan,
  zelfdeAanvrager,
} from './dossier.rules';

/**
 * The decision on a request (Awb 4:1 ff.): by staff with the mandate (besluitNemen), on a
 * buurtpanel's advice (besluitOpPaneladvies), from a tender's allocation (tenderBesluitVastleggen,
 * Awb 4:26), and the new decision on a well-founded objection (herzienNaBezwaar, Awb 7:11). Every
 * way ends in legBesluitVast: the ledger, the decision record with its letter, the recusals and the
 * status, in one transaction. Settlement is in VaststellingService.
 */
@Injectable()
export class AanvraagbesluitService {
  constructor(
    private readonly dossier: DossierService,
    private readonly regels: SubsidieregelsService,
    private readonly besluiten: BesluitenService,
    private readonly grootboek: GrootboekService,
    private readonly besluitvoorbereiding: BesluitvoorbereidingService,
  ) {}

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
    return this.dossier.behandelen(initiatiefId, gebruiker, async (tx, e, verschoningen, vrij) => {
      controleerOvergang(e.status, naar, 'MEDEWERKER');
      const huidige = await tx.find(OndersteuningsaanvraagEntity, { where: { initiatiefId: e.id } });
      // Awb 4:25 at the moment of deciding, the amounts asked, and the rule (or a reasoned override).
      const besluit = await this.besluitvoorbereiding.controleer(tx, e, {
        uitkomst: input.uitkomst,
        bedragen: bedragenPerAanvraag(input.bedragen ?? [], huidige, 'input.bedragen'),
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
        verschoningen: verschoningenVan(verschoningen),
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
      await this.dossier.geefReserveringenVrij(tx, e.id);
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
    const nu = klok.nu();
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
    return this.dossier.wijzigStatus(tx, e, STATUS_NA_BESLUIT[b.uitkomst], b.door, false, b.motivering);
  }

  /**
   * A decision produced by a tender's allocation (TenderService.verdelen, Awb 4:26), in its
   * transaction with the initiative locked: received requests are taken in handling first.
   */
  async tenderBesluitVastleggen(
    tx: EntityManager,
    e: InitiatiefEntity,
    b: Parameters<AanvraagbesluitService['legBesluitVast']>[3],
  ) {
    if (e.status === InitiatiefStatus.INGEDIEND) {
      await this.dossier.wijzigStatus(
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
    return this.dossier.behandelen(initiatiefId, gebruiker, async (tx, e, verschoningen, vrij) => {
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
        verschoningen: verschoningenVan(verschoningen),
      });
    });
  }

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
    const e = await this.dossier.vergrendelOpId(tx, gecontroleerd.id);
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
    const bedragen = bedragenPerAanvraag(
      h.bedragen.map((b) => ({ aanvraagId: b.aanvraagId, bedrag: b.bedrag })),
      aanvragen,
      h.veld,
    );
    const { nieuw, velden } = herzieningsbedragen(aanvragen, bedragen, h.uitkomst, h.veld);
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
    await this.dossier.wijzigStatus(tx, e, naar, h.door, false, h.toelichting);
    return herzieningen;
  }
}
