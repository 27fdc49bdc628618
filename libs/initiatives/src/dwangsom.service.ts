import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { amsterdamseDatum, DomainError, fout, FoutCode, fromGlobalId, type Gebruiker, klok } from '@buurtwerk/core';
import { SubsidieregelsService, type GelijkgesteldeDagen } from '@buurtwerk/subsidieregels';
import { type InitiatiefEntity, InitiatiefStatus } from './initiatief.entity';
import { toInitiatiefModel } from './initiatief.model';
import { DossierService } from './dossier.service';
import { alleenIndiener } from './dossier.rules';
import { motiveringFout } from './motivering.rules';
import { type DwangsomStand, dwangsomStand, ingebrekestellingFout, inGebrekeVanaf } from './dwangsom.rules';
import { mailAanvrager } from './aanvrager-mail';
import { BesluitenService } from './besluiten.service';
import { BesluitSoort } from './besluit.entity';
import { AANVRAAGBESLUITEN } from './besluit.rules';

/** Statuses in which a decision on the request is still pending. */
const BESLUIT_OPEN: readonly InitiatiefStatus[] = [
  InitiatiefStatus.INGEDIEND,
  InitiatiefStatus.IN_BEHANDELING,
  InitiatiefStatus.AANVULLING_GEVRAAGD,
  InitiatiefStatus.BIJ_BUURTPANEL,
];

/** Whether the applicant may give notice of default today (Awb 4:17), and if not, why not. */
export function ingebrekestellingBeletsel(e: InitiatiefEntity, vandaag: string): string | null {
  return ingebrekestellingFout(
    {
      lopendeTermijn: e.beslissenUiterlijk,
      // Awb 4:15: suspended while the applicant may still supply the information.
      opgeschort:
        e.status === InitiatiefStatus.AANVULLING_GEVRAAGD && e.aanvullenUiterlijk !== null && vandaag <= e.aanvullenUiterlijk,
      besloten: !BESLUIT_OPEN.includes(e.status),
      alIngebrekeGesteld: e.ingebrekestellingOntvangen !== null,
    },
    vandaag,
  );
}

/** The penalty as it stands on `vandaag`, or null without a notice of default. */
export function dwangsomVan(e: InitiatiefEntity, vandaag: string, vrij: GelijkgesteldeDagen): DwangsomStand | null {
  return e.ingebrekestellingOntvangen ? dwangsomStand(e.ingebrekestellingOntvangen, e.dwangsomGestoptOp, vandaag, vrij) : null;
}

/** Notice of default and the penalty for not deciding in time (Awb 4:17-4:18). */
@Injectable()
export class DwangsomService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dossier: DossierService,
    private readonly regels: SubsidieregelsService,
    private readonly besluiten: BesluitenService,
  ) {}

  /**
   * Awb 4:17: the applicant gives written notice of default in the Buurtportaal, once, after the
   * (possibly extended) term passed without a decision. Received today; the penalty accrues from
   * two weeks later. Staff see it in the work queue (termijnStatus IN_GEBREKE).
   */
  async ingebrekestellingIndienen(globalId: string, gebruiker: Gebruiker) {
    return this.dataSource.transaction(async (tx) => {
      const vrij = await this.regels.dagenVoorTermijnen(tx);
      const e = await this.dossier.vergrendel(tx, globalId);
      alleenIndiener(e, gebruiker);
      const vandaag = amsterdamseDatum(klok.nu());
      const beletsel = ingebrekestellingBeletsel(e, vandaag);
      if (beletsel) {
        throw new DomainError(FoutCode.ONGELDIGE_STATUSOVERGANG, beletsel);
      }
      e.ingebrekestellingOntvangen = vandaag;
      e.gewijzigdOp = new Date();
      await tx.save(e);
      await mailAanvrager(tx, e, 'INITIATIEF_INGEBREKESTELLING', 'We hebben uw ingebrekestelling ontvangen', [
        `U hebt ons op ${vandaag} in gebreke gesteld omdat we niet op tijd (uiterlijk ${e.beslissenUiterlijk}) over uw aanvraag "${e.titel}" hebben beslist.`,
        `Beslissen we niet binnen twee weken, dan betalen we u vanaf ${inGebrekeVanaf(vandaag, vrij)} een dwangsom voor elke dag dat we te laat zijn: de eerste 14 dagen € 23, de volgende 14 dagen € 35 en daarna € 45 per dag, voor hoogstens 42 dagen (artikel 4:17 van de Algemene wet bestuursrecht).`,
      ]);
      return toInitiatiefModel(e, 'volledig');
    });
  }

  /**
   * Awb 4:18: once the penalty stopped (decision taken, or 42 days reached) the body decides on
   * it, within two weeks: owed at the statutory amount (Awb 4:17 lid 2), or not owed with reasons
   * (Awb 4:17 lid 3: e.g. the applicant was not an applicant or the request was manifestly
   * inadmissible). Once; by someone without a conflict of interest.
   */
  async dwangsomVaststellen(globalId: string, verschuldigd: boolean, motivering: string, gebruiker: Gebruiker) {
    const tekst = motivering.trim();
    const ongeldig = motiveringFout(tekst, 'dwangsom');
    if (ongeldig || tekst.length > 5000) {
      throw fout.veld('motivering', ongeldig ?? 'mag hoogstens 5000 tekens lang zijn.');
    }
    return this.dossier.behandelen(fromGlobalId(globalId, 'Initiatief', 'id'), gebruiker, async (tx, e, _v, vrij) => {
      const stand = dwangsomVan(e, amsterdamseDatum(klok.nu()), vrij);
      if (!stand) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          'De initiatiefnemer heeft de gemeente niet in gebreke gesteld; er is geen dwangsom.',
        );
      }
      if (e.dwangsomBeslotenOp) {
        throw new DomainError(FoutCode.ONGELDIGE_STATUSOVERGANG, 'Over de dwangsom is al besloten (Awb 4:18).');
      }
      if (stand.fase !== 'GESTOPT') {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          'De dwangsom loopt nog: neem eerst het besluit op de aanvraag; daarna stelt u de dwangsom vast (Awb 4:18).',
        );
      }
      if (stand.dagen === 0) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          'Er is binnen twee weken na de ingebrekestelling beslist; er is geen dwangsom verschuldigd en niets vast te stellen.',
        );
      }
      const nu = klok.nu();
      e.dwangsomBedrag = verschuldigd ? stand.bedrag : 0;
      e.dwangsomMotivering = tekst;
      e.dwangsomBeslotenOp = nu;
      e.dwangsomBeslotenDoor = gebruiker.naam;
      e.gewijzigdOp = new Date();
      await tx.save(e);
      // The decision's own record, about the decision that came late (when there is one).
      const [laatste] = await tx.query<Array<{ id: string }>>(
        `SELECT id FROM besluit WHERE initiatief_id = $1 AND soort = ANY($2::text[]) ORDER BY genomen_op DESC, id DESC LIMIT 1`,
        [e.id, AANVRAAGBESLUITEN],
      );
      await this.besluiten.vastleggen(tx, {
        initiatiefId: e.id,
        soort: BesluitSoort.DWANGSOM,
        bedrag: e.dwangsomBedrag,
        motivering: tekst,
        door: gebruiker,
        betreftBesluitId: laatste?.id ?? null,
        genomenOp: nu,
        gegevens: {
          verschuldigd,
          ingebrekestellingOntvangen: stand.ingebrekestellingOntvangen,
          verschuldigdVanaf: stand.verschuldigdVanaf,
          laatsteDag: stand.laatsteDag,
          dagen: stand.dagen,
        },
      });
      // The decision letter goes out through BesluitenService.vastleggen (making known, Awb 3:41).
      return toInitiatiefModel(e, 'volledig');
    });
  }
}
