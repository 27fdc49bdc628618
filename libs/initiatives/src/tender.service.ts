import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  amsterdamseDatum,
  DomainError,
  fout,
  FoutCode,
  fromGlobalId,
  type Gebruiker,
  type VeldFout,
  klok,
} from '@buurtwerk/core';
import { euro, SubsidieregelingEntity, SubsidieregelsService, Verdeelmethode } from '@buurtwerk/subsidieregels';
import type { BelangenconflictModel } from '@buurtwerk/conflict-of-interest';
import { BesluitUitkomst, InitiatiefEntity, InitiatiefStatus, OndersteuningsaanvraagEntity } from './initiatief.entity';
import { InitiatievenService } from './initiatieven.service';
import { AanvraagbesluitService } from './aanvraagbesluit.service';
import { motiveringFout } from './motivering.rules';
import { type Rangregel, TenderBeoordelingEntity, TenderVerdelingEntity } from './tender.entity';
import {
  type Beoordeling,
  binnenAanvraagperiode,
  type Gerangschikt,
  ontbrekendeCriteria,
  rangschik,
  SCORE_MAX,
  SCORE_MIN,
  verdeelTender,
} from './tender.rules';
import { type TenderOverzichtModel, toTenderOverzichtModel } from './tender.model';

/** Statuses in which a tender request takes part in the allocation: received, complete, undecided. */
const DEELNEMEND = [InitiatiefStatus.INGEDIEND, InitiatiefStatus.IN_BEHANDELING];

export interface ScoreInvoer {
  criterium: string;
  score: number;
  toelichting: string;
}

interface Deelnemer {
  e: InitiatiefEntity;
  gevraagd: number;
  binnenPeriode: boolean;
  onvervuld: string[];
  beoordelingen: Beoordeling[];
  ontbrekend: string[];
}

/**
 * Tenders (Awb 4:26, verdeelmethode VERGELIJKENDE_BEOORDELING): staff without a conflict of
 * interest score each request per published criterion with reasons; after the application window
 * closes, one staff act (`verdelen`) ranks the requests and allocates the ceiling in that order,
 * producing every decision in one transaction (docs/domein.md, "Tenders").
 */
@Injectable()
export class TenderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regels: SubsidieregelsService,
    private readonly initiatieven: InitiatievenService,
    private readonly aanvraagbesluit: AanvraagbesluitService,
  ) {}

  /** A staff member scores one request on the rule's criteria (replacing their earlier scores). */
  async beoordelen(globalId: string, scores: ScoreInvoer[], gebruiker: Gebruiker) {
    const id = fromGlobalId(globalId, 'Initiatief', 'initiatiefId');
    const vooraf = await this.dataSource.manager.findOneBy(InitiatiefEntity, { id });
    if (!vooraf) {
      throw fout.nietGevonden('Het initiatief');
    }
    const { regeling, plafondId } = await this.tenderVan(this.dataSource.manager, id);
    // Awb 2:4: whoever has an interest in the request does not score it (BELANGENCONFLICT).
    await this.initiatieven.geenBelangBijBehandeling(vooraf, gebruiker);
    const velden: VeldFout[] = [];
    scores.forEach((s, i) => {
      if (!regeling.criteria.some((c) => c.code === s.criterium)) {
        velden.push({ veld: `scores[${i}].criterium`, melding: `is geen criterium van "${regeling.naam}".` });
      } else if (scores.findIndex((t) => t.criterium === s.criterium) !== i) {
        velden.push({ veld: `scores[${i}].criterium`, melding: 'komt twee keer voor.' });
      }
      if (!Number.isInteger(s.score) || s.score < SCORE_MIN || s.score > SCORE_MAX) {
        velden.push({
          veld: `scores[${i}].score`,
          melding: `moet een geheel getal van ${SCORE_MIN} tot en met ${SCORE_MAX} zijn.`,
        });
      }
      const reden = motiveringFout(s.toelichting, 'besluit');
      if (reden) {
        velden.push({ veld: `scores[${i}].toelichting`, melding: `leg uit waarom je deze score geeft: ${reden}` });
      }
    });
    if (scores.length === 0) {
      velden.push({ veld: 'scores', melding: 'geef minstens één score.' });
    }
    if (velden.length > 0) {
      throw fout.ongeldigeInvoer(velden);
    }
    return this.dataSource.transaction(async (tx) => {
      const e = await tx.findOne(InitiatiefEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!e || !DEELNEMEND.includes(e.status)) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          'Alleen een ontvangen aanvraag waarover nog niet is beslist, kan worden beoordeeld.',
        );
      }
      if (await tx.existsBy(TenderVerdelingEntity, { plafondId })) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          'Deze tender is al verdeeld; scores kunnen niet meer veranderen.',
        );
      }
      for (const s of scores) {
        await tx.delete(TenderBeoordelingEntity, { initiatiefId: id, criterium: s.criterium, beoordelaarSub: gebruiker.sub });
        await tx.save(
          tx.create(TenderBeoordelingEntity, {
            initiatiefId: id,
            criterium: s.criterium,
            score: s.score,
            toelichting: s.toelichting.trim(),
            beoordelaarSub: gebruiker.sub,
            beoordelaarNaam: gebruiker.naam,
          }),
        );
      }
      return this.overzicht(tx, regeling, plafondId);
    });
  }

  /** The ranking and the proposed allocation of a tender (or the allocation as it was made). */
  async rangschikking(regelingGlobalId: string, periode: string, stadsdeelGlobalId: string | null | undefined) {
    const { regeling, plafondId } = await this.tenderPlafond(regelingGlobalId, periode, stadsdeelGlobalId);
    return this.overzicht(this.dataSource.manager, regeling, plafondId);
  }

  /**
   * Awb 4:26: after the window closed, rank the eligible requests and allocate the ceiling in that
   * order, all or nothing per request unless the rule allows partial grants; refuse the requests
   * outside the window or not meeting the rule, with reasons. One transaction: every decision or none.
   */
  async verdelen(regelingGlobalId: string, periode: string, stadsdeelGlobalId: string | null | undefined, gebruiker: Gebruiker) {
    const { regeling, plafondId } = await this.tenderPlafond(regelingGlobalId, periode, stadsdeelGlobalId);
    const vandaag = amsterdamseDatum(klok.nu());
    if (regeling.aanvraagperiodeTot && vandaag <= regeling.aanvraagperiodeTot) {
      throw new DomainError(
        FoutCode.ONGELDIGE_STATUSOVERGANG,
        `De aanvraagperiode van "${regeling.naam}" loopt tot en met ${regeling.aanvraagperiodeTot}; verdelen kan pas daarna (Awb 4:26).`,
      );
    }
    const voorlopig = await this.deelnemers(this.dataSource.manager, regeling, plafondId);
    // Awb 2:4: who decides has no interest in any of the requests; others' conflicts are recorded.
    const verschoningen = new Map<string, BelangenconflictModel[]>();
    for (const d of voorlopig) {
      verschoningen.set(d.e.id, await this.initiatieven.geenBelangBijBehandeling(d.e, gebruiker));
    }
    const seed = randomBytes(16).toString('hex');
    return this.dataSource.transaction(async (tx) => {
      const vrij = await this.regels.dagenVoorTermijnen(tx);
      // Lock order as everywhere: the initiatives (in id order), then the ceiling.
      const ids = voorlopig.map((d) => d.e.id).sort();
      if (ids.length > 0) {
        await tx.find(InitiatiefEntity, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      }
      const stand = (await this.regels.vergrendelPlafonds(tx, [plafondId])).get(plafondId)!;
      if (await tx.existsBy(TenderVerdelingEntity, { plafondId })) {
        throw new DomainError(FoutCode.ONGELDIGE_STATUSOVERGANG, 'Deze tender is al verdeeld.');
      }
      const deelnemers = (await this.deelnemers(tx, regeling, plafondId)).filter((d) => ids.includes(d.e.id));
      const geschikt = deelnemers.filter((d) => d.binnenPeriode && d.onvervuld.length === 0);
      const zonderScore = geschikt.filter((d) => d.ontbrekend.length > 0);
      if (zonderScore.length > 0) {
        throw fout.ongeldigeInvoer(
          zonderScore.map((d) => ({
            veld: 'regelingId',
            melding: `${d.e.referentie} heeft nog geen score op ${d.ontbrekend.join(', ')}; beoordeel eerst elke aanvraag op elk criterium.`,
          })),
        );
      }
      const ranglijst = rangschik(
        regeling.criteria,
        geschikt.map((d) => ({ id: d.e.id, volledigOp: volledigOp(d.e), beoordelingen: d.beoordelingen })),
        seed,
      );
      const perId = new Map(deelnemers.map((d) => [d.e.id, d]));
      const toegekend = verdeelTender(
        Math.max(0, stand.bedrag - stand.verleend - stand.gereserveerd),
        ranglijst.map((r) => ({ id: r.id, gevraagd: perId.get(r.id)!.gevraagd })),
        regeling.gedeeltelijkToekennen,
      );
      const regels: Rangregel[] = [];
      const plaatsVan = new Map(ranglijst.map((r) => [r.id, r]));
      for (const d of [...deelnemers].sort((x, y) => x.e.id.localeCompare(y.e.id))) {
        const r = plaatsVan.get(d.e.id);
        const bedrag = toegekend.get(d.e.id) ?? 0;
        const motivering = motiveringVoor(regeling, d, r, ranglijst.length, bedrag);
        const aanvragen = await tx.find(OndersteuningsaanvraagEntity, { where: { initiatiefId: d.e.id } });
        const e = (await tx.findOneBy(InitiatiefEntity, { id: d.e.id }))!;
        await this.aanvraagbesluit.tenderBesluitVastleggen(tx, e, {
          uitkomst: bedrag > 0 ? BesluitUitkomst.TOEGEKEND : BesluitUitkomst.AFGEWEZEN,
          bedragen: new Map(aanvragen.filter((a) => a.plafondId === plafondId).map((a) => [a.id, bedrag])),
          motivering,
          door: gebruiker,
          gelijkgesteld: vrij,
          verschoningen: (verschoningen.get(d.e.id) ?? []).map((v) => ({
            persoon: v.persoon,
            grond: v.grond,
            organisatieId: v.organisatieDbId,
            toelichting: v.toelichting,
          })),
        });
        regels.push({
          initiatiefId: d.e.id,
          referentie: d.e.referentie ?? '',
          plaats: r?.plaats ?? null,
          totaal: r?.totaalTekst ?? null,
          beslecht: r?.beslecht ?? null,
          toegekend: bedrag,
          reden: motivering,
        });
      }
      regels.sort((a, b) => (a.plaats ?? 1e9) - (b.plaats ?? 1e9) || a.referentie.localeCompare(b.referentie));
      await tx.save(
        tx.create(TenderVerdelingEntity, {
          plafondId,
          regelingCode: regeling.code,
          periode,
          seed,
          rangschikking: regels,
          verdeeldDoor: gebruiker.naam,
          verdeeldDoorSub: gebruiker.sub,
        }),
      );
      return this.overzicht(tx, regeling, plafondId);
    });
  }

  // ---------------------------------------------------------------- internals

  private async overzicht(m: EntityManager, regeling: SubsidieregelingEntity, plafondId: string): Promise<TenderOverzichtModel> {
    const verdeling = await m.findOneBy(TenderVerdelingEntity, { plafondId });
    const stand = (await this.regels.plafondStanden(m, [plafondId])).get(plafondId)!;
    if (verdeling) {
      return toTenderOverzichtModel({ regeling, stand, verdeling, regels: verdeling.rangschikking, voorstel: false });
    }
    const deelnemers = await this.deelnemers(m, regeling, plafondId);
    const compleet = deelnemers.filter((d) => d.binnenPeriode && d.onvervuld.length === 0 && d.ontbrekend.length === 0);
    // A proposal: the lot of the tie rule is drawn only at allocation, so ties show as such.
    const ranglijst = rangschik(
      regeling.criteria,
      compleet.map((d) => ({ id: d.e.id, volledigOp: volledigOp(d.e), beoordelingen: d.beoordelingen })),
      'voorstel',
    );
    const perId = new Map(deelnemers.map((d) => [d.e.id, d]));
    const voorstel = verdeelTender(
      Math.max(0, stand.bedrag - stand.verleend - stand.gereserveerd),
      ranglijst.map((r) => ({ id: r.id, gevraagd: perId.get(r.id)!.gevraagd })),
      regeling.gedeeltelijkToekennen,
    );
    const plaats = new Map(ranglijst.map((r) => [r.id, r]));
    const regels: Rangregel[] = deelnemers
      .map((d) => {
        const r = plaats.get(d.e.id);
        return {
          initiatiefId: d.e.id,
          referentie: d.e.referentie ?? '',
          plaats: r?.plaats ?? null,
          totaal: r?.totaalTekst ?? null,
          beslecht: r?.beslecht ?? null,
          toegekend: voorstel.get(d.e.id) ?? 0,
          reden: !d.binnenPeriode
            ? 'Buiten de aanvraagperiode ontvangen.'
            : d.onvervuld.length > 0
              ? `Voldoet niet aan: ${d.onvervuld.join('; ')}`
              : d.ontbrekend.length > 0
                ? `Nog geen score op ${d.ontbrekend.join(', ')}.`
                : r?.beslecht === 'LOT'
                  ? 'Gelijk met een andere aanvraag: het lot beslist bij het verdelen.'
                  : '',
        };
      })
      .sort((a, b) => (a.plaats ?? 1e9) - (b.plaats ?? 1e9) || a.referentie.localeCompare(b.referentie));
    return toTenderOverzichtModel({
      regeling,
      stand,
      verdeling: null,
      regels,
      voorstel: true,
      rijen: await this.scoreRijen(m, deelnemers),
    });
  }

  private async scoreRijen(m: EntityManager, deelnemers: Deelnemer[]) {
    const ids = deelnemers.map((d) => d.e.id);
    return ids.length > 0
      ? m.find(TenderBeoordelingEntity, { where: { initiatiefId: In(ids) }, order: { criterium: 'ASC', gegevenOp: 'ASC' } })
      : [];
  }

  /** The undecided tender requests of a ceiling, with what the ranking needs. */
  private async deelnemers(m: EntityManager, regeling: SubsidieregelingEntity, plafondId: string): Promise<Deelnemer[]> {
    const rijen = (await m.query(
      `SELECT a.initiatief_id, a.gevraagd_bedrag::text AS gevraagd FROM ondersteuningsaanvraag a JOIN initiatief i ON i.id = a.initiatief_id
        WHERE a.plafond_id = $1 AND a.aanspraak_bedrag IS NULL AND a.gevraagd_bedrag > 0 AND a.toegekend_bedrag IS NULL
          AND i.status = ANY($2::text[])`,
      [plafondId, DEELNEMEND],
    )) as Array<{ initiatief_id: string; gevraagd: string }>;
    if (rijen.length === 0) {
      return [];
    }
    const ids = [...new Set(rijen.map((r) => r.initiatief_id))];
    const initiatieven = await m.findBy(InitiatiefEntity, { id: In(ids) });
    const scores = await m.findBy(TenderBeoordelingEntity, { initiatiefId: In(ids) });
    return initiatieven.map((e) => {
      const beoordelingen = scores
        .filter((s) => s.initiatiefId === e.id)
        .map((s) => ({ criterium: s.criterium, score: s.score, beoordelaar: s.beoordelaarSub }));
      const bevindingen = e.toetsresultaat ?? [];
      return {
        e,
        gevraagd: rijen.filter((r) => r.initiatief_id === e.id).reduce((t, r) => t + Number(r.gevraagd), 0),
        binnenPeriode:
          binnenAanvraagperiode(
            e.volledigOntvangenOp ? amsterdamseDatum(e.volledigOntvangenOp) : (e.ingediendDatum ?? ''),
            regeling.aanvraagperiodeVan,
            regeling.aanvraagperiodeTot,
          ) && !bevindingen.some((b) => b.voorwaarde === `${regeling.code}.AANVRAAGPERIODE` && !b.voldaan),
        onvervuld: bevindingen.filter((b) => !b.voldaan && !b.voorwaarde.endsWith('.AANVRAAGPERIODE')).map((b) => b.toelichting),
        beoordelingen,
        ontbrekend: ontbrekendeCriteria(regeling.criteria, { id: e.id, volledigOp: '', beoordelingen }),
      };
    });
  }

  /** The tender rule and ceiling of a request under a tender. */
  private async tenderVan(m: EntityManager, initiatiefId: string) {
    const aanvragen = await m.findBy(OndersteuningsaanvraagEntity, { initiatiefId });
    const regelingIds = aanvragen.map((a) => a.regelingId).filter((r): r is string => r !== null);
    const regelingen = regelingIds.length > 0 ? await this.regels.regelingenBijIds(regelingIds) : [];
    const regeling = regelingen.find((r) => r.verdeelmethode === Verdeelmethode.VERGELIJKENDE_BEOORDELING);
    const aanvraag = regeling && aanvragen.find((a) => a.regelingId === regeling.id && a.plafondId);
    if (!regeling || !aanvraag?.plafondId) {
      throw new DomainError(
        FoutCode.ONGELDIGE_STATUSOVERGANG,
        'Dit initiatief vraagt geen geld onder een tender; er valt niets te beoordelen.',
      );
    }
    return { regeling, plafondId: aanvraag.plafondId };
  }

  private async tenderPlafond(regelingGlobalId: string, periode: string, stadsdeelGlobalId: string | null | undefined) {
    const id = fromGlobalId(regelingGlobalId, 'Subsidieregeling', 'regelingId');
    const [versie] = await this.regels.regelingenBijIds([id]);
    if (!versie) {
      throw fout.veld('regelingId', 'is geen bestaande subsidieregeling.');
    }
    const [regeling] = await this.regels.huidigeRegelingenBijCodes([versie.code]);
    if (regeling.verdeelmethode !== Verdeelmethode.VERGELIJKENDE_BEOORDELING) {
      throw fout.veld('regelingId', `"${regeling.naam}" is geen tender: aanvragen krijgen geld in volgorde van binnenkomst.`);
    }
    const stadsdeelId = stadsdeelGlobalId ? fromGlobalId(stadsdeelGlobalId, 'Stadsdeel', 'stadsdeelId') : null;
    const plafondId = await this.regels.plafondVoor(this.dataSource.manager, regeling.code, periode, stadsdeelId);
    if (!plafondId) {
      throw fout.veld('periode', `voor "${regeling.naam}" is voor ${periode} geen subsidieplafond vastgesteld.`);
    }
    return { regeling, plafondId };
  }
}

function volledigOp(e: InitiatiefEntity): string {
  return e.volledigOntvangenOp ? amsterdamseDatum(e.volledigOntvangenOp) : (e.ingediendDatum ?? '9999-12-31');
}

/** The reasons of a tender decision (Awb 3:46, 4:26), for the applicant. */
function motiveringVoor(
  regeling: SubsidieregelingEntity,
  d: Deelnemer,
  r: Gerangschikt | undefined,
  aantal: number,
  bedrag: number,
): string {
  const criteria = regeling.criteria.map((c) => `${c.omschrijving} (gewicht ${c.gewicht})`).join('; ');
  if (!d.binnenPeriode) {
    return `"${regeling.naam}" is een tender met een aanvraagperiode van ${regeling.aanvraagperiodeVan} tot en met ${regeling.aanvraagperiodeTot}. Uw aanvraag was niet binnen die periode volledig ontvangen en kan daarom niet worden toegekend (Awb 4:26).`;
  }
  if (!r) {
    return `Uw aanvraag voldoet niet aan de voorwaarden van "${regeling.naam}": ${d.onvervuld.join(' ')} Zij is daarom niet meegenomen in de rangschikking (Awb 4:26).`;
  }
  const basis = `Alle aanvragen voor "${regeling.naam}" zijn na de aanvraagperiode met elkaar vergeleken op de bekendgemaakte criteria: ${criteria}. Uw aanvraag scoorde ${r.totaalTekst} punten en staat op plaats ${r.plaats} van ${aantal}${
    r.beslecht === 'DATUM'
      ? ' (bij gelijke score ging de eerder volledige aanvraag voor)'
      : r.beslecht === 'LOT'
        ? ' (bij gelijke score en datum besliste het lot)'
        : ''
  }.`;
  if (bedrag >= d.gevraagd) {
    return `${basis} Het subsidieplafond is in volgorde van de rangschikking verdeeld; u krijgt het gevraagde bedrag van ${euro(bedrag)} (Awb 4:26).`;
  }
  if (bedrag > 0) {
    return `${basis} Het subsidieplafond is in volgorde van de rangschikking verdeeld; voor uw aanvraag was nog ${euro(bedrag)} over, en dat wordt toegekend (Awb 4:25, 4:26).`;
  }
  return `${basis} Het subsidieplafond is in volgorde van de rangschikking verdeeld en was op voordat uw aanvraag aan de beurt kwam; de aanvraag wordt daarom afgewezen (Awb 4:25, 4:26).`;
}
