import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, fout, FoutCode, fromGlobalId, type VeldFout } from '@buurtwerk/core';
import {
  Besluitvorming,
  euro,
  SubsidieregelsService,
  Verdeelmethode,
  type SubsidieregelingEntity,
} from '@buurtwerk/subsidieregels';
import {
  type Afwijking,
  BesluitUitkomst,
  type InitiatiefEntity,
  InitiatiefStatus,
  OndersteuningsaanvraagEntity,
} from './initiatief.entity';
import { benodigdeAfwijkingen, type RegelVoorBesluit } from './afwijking.rules';
import { GrootboekService } from './grootboek.service';
import { motiveringFout } from './motivering.rules';
import { toekenningsBezwaar, vrijeRuimte } from './plafond.rules';
import { BesluitVoorbereidingModel, toBesluitVoorbereidingModel } from './besluitvoorbereiding.model';

export interface BesluitVraag {
  uitkomst: BesluitUitkomst;
  /** Granted amount per aanvraag id, with the index in the input (for field errors). */
  bedragen: ReadonlyMap<string, { bedrag: number; index: number }>;
  afwijken: boolean;
  afwijkingMotivering: string | null;
}

export interface GecontroleerdBesluit {
  aanvragen: OndersteuningsaanvraagEntity[];
  bedragen: Map<string, number>;
  afwijkingen: Afwijking[];
  afwijkingMotivering: string | null;
}

/**
 * Everything a staff decision must satisfy before it is recorded, at the moment of deciding: the
 * ceiling's room now (Awb 4:25, after the line has been topped up), the amounts asked, and the
 * rule (maximum, conditions, deciding body), which a decision departs from only with an explicit,
 * reasoned override that is recorded. Also what the decision form shows (besluitVoorbereiding).
 */
@Injectable()
export class BesluitvoorbereidingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regels: SubsidieregelsService,
    private readonly grootboek: GrootboekService,
  ) {}

  /**
   * In the decision's transaction, with the initiative locked: locks its ceilings, offers their
   * free room to the line first (earlier requests before this one), then checks the decision.
   */
  async controleer(tx: EntityManager, e: InitiatiefEntity, v: BesluitVraag): Promise<GecontroleerdBesluit> {
    const eerst = await this.grootboek.vergrendel(tx, e.id);
    for (const p of [...eerst.standen.keys()]) {
      await this.grootboek.bijvullen(tx, p);
    }
    const { aanvragen, standen } = await this.grootboek.vergrendel(tx, e.id);
    const regelingen = await this.regelingenVan(aanvragen);
    const velden: VeldFout[] = [];
    const bedragen = new Map([...v.bedragen.entries()].map(([id, t]) => [id, t.bedrag]));
    const nietsBeschikbaar = nietsTeVerlenen(aanvragen, await this.grootboek.beschikbaar(tx, aanvragen, true, standen));
    if (v.uitkomst === BesluitUitkomst.AFGEWEZEN) {
      const metBedrag = [...v.bedragen.values()].find((b) => b.bedrag > 0);
      if (metBedrag) {
        throw fout.veld(`input.bedragen[${metBedrag.index}].bedrag`, 'bij een afwijzing wordt niets toegekend.');
      }
    } else {
      const tender = aanvragen
        .map((a) => regelingen.get(a.regelingId ?? ''))
        .find((r) => r?.verdeelmethode === Verdeelmethode.VERGELIJKENDE_BEOORDELING);
      if (tender) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          `"${tender.naam}" is een tender (Awb 4:26): het plafond wordt na de sluiting van de aanvraagperiode in volgorde van de rangschikking verdeeld (tenderVerdelen), niet per aanvraag toegekend.`,
        );
      }
      const beschikbaar = await this.grootboek.beschikbaar(tx, aanvragen, v.afwijken, standen);
      if (nietsTeVerlenen(aanvragen, beschikbaar)) {
        throw new DomainError(
          FoutCode.PLAFOND_BEREIKT,
          'Het subsidieplafond is bereikt: er is nu niets beschikbaar voor deze aanvraag; zij kan alleen worden afgewezen (Awb 4:25).',
        );
      }
      for (const a of aanvragen) {
        const t = v.bedragen.get(a.id);
        const bedrag = t?.bedrag ?? 0;
        const veld = `input.bedragen[${t?.index ?? 0}].bedrag`;
        const stand = a.plafondId ? standen.get(a.plafondId) : undefined;
        const bezwaar = toekenningsBezwaar({
          bedrag,
          gevraagd: a.gevraagdBedrag ?? 0,
          maximumBedrag: null, // the maximum is a condition of the rule: benodigdeAfwijkingen
          gereserveerd: a.gereserveerdBedrag,
          vrij: stand ? vrijeRuimte(stand) : 0,
          metAfwijking: true,
        });
        if (bezwaar?.soort === 'MEER_DAN_GEVRAAGD') {
          velden.push({ veld, melding: `is meer dan gevraagd (${euro(bezwaar.grens)}).` });
        } else if (bezwaar?.soort === 'PLAFOND' && a.gevraagdBedrag !== null) {
          // Awb 4:25: refused insofar as the ceiling would be exceeded at the moment of deciding.
          throw new DomainError(
            FoutCode.PLAFOND_BEREIKT,
            `Binnen het subsidieplafond is voor deze aanvraag nu ${euro(bezwaar.grens)} beschikbaar; meer kan niet worden toegekend (Awb 4:25).`,
            [{ veld, melding: `mag hoogstens ${euro(bezwaar.grens)} zijn.` }],
          );
        }
      }
    }
    if (velden.length > 0) {
      throw fout.ongeldigeInvoer(velden);
    }
    const afwijkingen = benodigdeAfwijkingen({
      uitkomst: v.uitkomst,
      bevindingen: e.toetsresultaat ?? [],
      aanvragen: aanvragen.map((a) => ({
        regeling: regelVoorBesluit(regelingen.get(a.regelingId ?? '')),
        bedrag: bedragen.get(a.id) ?? 0,
      })),
      panelZonderQuorum: await this.panelZonderQuorum(tx, e.id),
      nietsBeschikbaar,
    });
    if (afwijkingen.length > 0 && !v.afwijken) {
      throw fout.ongeldigeInvoer([
        {
          veld: 'input.afwijken',
          melding: `dit besluit wijkt af van de regeling: ${afwijkingen.map((a) => a.toelichting).join(' ')} Dat kan alleen als je bewust afwijkt en uitlegt waarom.`,
        },
      ]);
    }
    if (afwijkingen.length === 0 && v.afwijken) {
      throw fout.veld('input.afwijken', 'dit besluit wijkt niet af van de regeling; laat afwijken uit.');
    }
    let afwijkingMotivering: string | null = null;
    if (v.afwijken) {
      afwijkingMotivering = v.afwijkingMotivering?.trim() ?? '';
      const ongeldig = motiveringFout(afwijkingMotivering, 'besluit');
      if (ongeldig) {
        throw fout.veld('input.afwijkingMotivering', `leg uit waarom van de regeling wordt afgeweken: ${ongeldig}`);
      }
    }
    return { aanvragen, bedragen, afwijkingen, afwijkingMotivering };
  }

  /** The decision form: the deciding body, every unmet condition and what is available per request now. */
  async voorbereiding(e: InitiatiefEntity): Promise<BesluitVoorbereidingModel> {
    const m = this.dataSource.manager;
    const aanvragen = await m.find(OndersteuningsaanvraagEntity, {
      where: { initiatiefId: e.id },
      order: { volgnummer: 'ASC' },
    });
    const regelingen = await this.regelingenVan(aanvragen);
    const beschikbaar = await this.grootboek.beschikbaar(m, aanvragen, false);
    const metAfwijking = await this.grootboek.beschikbaar(m, aanvragen, true);
    const panelZonderQuorum = await this.panelZonderQuorum(m, e.id);
    const afwijkingen = benodigdeAfwijkingen({
      uitkomst: BesluitUitkomst.TOEGEKEND,
      bevindingen: e.toetsresultaat ?? [],
      aanvragen: aanvragen.map((a) => ({
        regeling: regelVoorBesluit(regelingen.get(a.regelingId ?? '')),
        bedrag: beschikbaar.get(a.id) ?? 0,
      })),
      panelZonderQuorum,
    });
    const panel = [...regelingen.values()].some((r) => r.besluitvorming === Besluitvorming.BUURTPANEL);
    return toBesluitVoorbereidingModel({
      beslisser: panel && !panelZonderQuorum ? Besluitvorming.BUURTPANEL : Besluitvorming.AMBTELIJK,
      onvervuld: (e.toetsresultaat ?? []).filter((b) => !b.voldaan),
      afwijkingen,
      aanvragen: aanvragen.map((a) => {
        const r = regelingen.get(a.regelingId ?? '');
        return {
          id: a.id,
          gevraagdBedrag: a.gevraagdBedrag,
          maximumBedrag: r?.maximumBedrag ?? null,
          gereserveerdBedrag: a.gereserveerdBedrag,
          beschikbaarBedrag: beschikbaar.get(a.id) ?? 0,
          beschikbaarMetAfwijking: metAfwijking.get(a.id) ?? 0,
          tender: r?.verdeelmethode === Verdeelmethode.VERGELIJKENDE_BEOORDELING,
        };
      }),
    });
  }

  async voorbereidingVoor(globalId: string, laad: (id: string) => Promise<InitiatiefEntity | null>) {
    const e = await laad(fromGlobalId(globalId, 'Initiatief', 'id'));
    if (!e || e.status === InitiatiefStatus.CONCEPT) {
      throw fout.nietGevonden('Het initiatief');
    }
    return this.voorbereiding(e);
  }

  private async regelingenVan(aanvragen: readonly OndersteuningsaanvraagEntity[]): Promise<Map<string, SubsidieregelingEntity>> {
    const ids = [...new Set(aanvragen.map((a) => a.regelingId).filter((r): r is string => r !== null))];
    return new Map((ids.length > 0 ? await this.regels.regelingenBijIds(ids) : []).map((r) => [r.id, r]));
  }

  /** A buurtpanel had the file and returned it without quorum: staff decide (docs/domein.md, invariant 8). */
  private async panelZonderQuorum(m: EntityManager, initiatiefId: string): Promise<boolean> {
    const rijen: unknown[] = await m.query(
      `SELECT 1 FROM initiatief_statuswijziging WHERE initiatief_id = $1 AND van = 'BIJ_BUURTPANEL' AND naar = 'IN_BEHANDELING' LIMIT 1`,
      [initiatiefId],
    );
    return rijen.length > 0;
  }
}

/** Awb 4:25: every request asks for money and the ceiling has nothing for any of them now. */
function nietsTeVerlenen(aanvragen: readonly OndersteuningsaanvraagEntity[], beschikbaar: ReadonlyMap<string, number>): boolean {
  const financieel = aanvragen.filter((a) => (a.gevraagdBedrag ?? 0) > 0);
  return (
    financieel.length > 0 && financieel.length === aanvragen.length && financieel.every((a) => (beschikbaar.get(a.id) ?? 0) === 0)
  );
}

function regelVoorBesluit(r: SubsidieregelingEntity | undefined): RegelVoorBesluit | null {
  return r ? { code: r.code, naam: r.naam, maximumBedrag: r.maximumBedrag, besluitvorming: r.besluitvorming } : null;
}
