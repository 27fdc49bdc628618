import { Injectable } from '@nestjs/common';
import { amsterdamseDatum, DomainError, fout, FoutCode, fromGlobalId, type Gebruiker, klok } from '@buurtwerk/core';
import { opgeschorteDagen } from '@buurtwerk/subsidieregels';
import { BesluitUitkomst, InitiatiefStatus, OndersteuningsaanvraagEntity } from './initiatief.entity';
import { controleerOvergang } from './initiatief.rules';
import { hervatTermijn, lopendeTermijn, verschoningenVan } from './dossier.rules';
import { DossierService } from './dossier.service';
import { AanvraagbesluitService } from './aanvraagbesluit.service';
import { motiveringFout } from './motivering.rules';
import { mailAanvrager } from './aanvrager-mail';

/**
 * Staff acts while a request waits for information (Awb 4:5, 4:15): go on with what they have, or,
 * once the aanvulling term passed unused, decide not to handle the request.
 */
@Injectable()
export class AanvullingService {
  constructor(
    private readonly dossier: DossierService,
    private readonly aanvraagbesluit: AanvraagbesluitService,
  ) {}

  /**
   * AANVULLING_GEVRAAGD -> IN_BEHANDELING by staff, with a recorded reason. The suspension ends
   * today (Awb 4:15: as when the information arrives) and the term runs on.
   */
  async doorgaanZonderAanvulling(globalId: string, reden: string, gebruiker: Gebruiker) {
    const tekst = reden.trim();
    const ongeldig = motiveringFout(tekst, 'doorgaan');
    if (ongeldig || tekst.length > 5000) {
      throw fout.veld('reden', ongeldig ?? 'mag hoogstens 5000 tekens lang zijn.');
    }
    return this.dossier.behandelen(fromGlobalId(globalId, 'Initiatief', 'id'), gebruiker, async (tx, e, _v, vrij) => {
      controleerOvergang(e.status, InitiatiefStatus.IN_BEHANDELING, 'MEDEWERKER');
      hervatTermijn(e, amsterdamseDatum(klok.nu()), vrij);
      await mailAanvrager(tx, e, 'INITIATIEF_DOORGAAN_ZONDER_AANVULLING', 'We behandelen uw aanvraag verder', [
        `We hebben u gevraagd uw aanvraag "${e.titel}" aan te vullen. We behandelen haar nu verder met de gegevens die we hebben. De reden:`,
        tekst,
        `We beslissen uiterlijk op ${e.beslissenUiterlijk}.`,
      ]);
      return this.dossier.wijzigStatus(tx, e, InitiatiefStatus.IN_BEHANDELING, gebruiker, false, tekst);
    });
  }

  /**
   * Awb 4:5: the aanvulling term passed unused; the body decides not to handle the request. A
   * decision (reasons, Awb 3:46; objection notice, Awb 3:45) taken by someone without a conflict
   * of interest, releasing the reservation in the same transaction (through legBesluitVast).
   */
  async buitenBehandelingStellen(globalId: string, motivering: string, gebruiker: Gebruiker) {
    const tekst = motivering.trim();
    const ongeldig = motiveringFout(tekst, 'buitenBehandeling');
    if (ongeldig || tekst.length > 10000) {
      throw fout.veld('motivering', ongeldig ?? 'mag hoogstens 10000 tekens lang zijn.');
    }
    return this.dossier.behandelen(fromGlobalId(globalId, 'Initiatief', 'id'), gebruiker, async (tx, e, verschoningen, vrij) => {
      controleerOvergang(e.status, InitiatiefStatus.BUITEN_BEHANDELING, 'MEDEWERKER');
      const vandaag = amsterdamseDatum(klok.nu());
      if (e.aanvullenUiterlijk && vandaag <= e.aanvullenUiterlijk) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          `De initiatiefnemer mag de aanvraag nog aanvullen tot en met ${e.aanvullenUiterlijk}; pas daarna kan zij buiten behandeling worden gesteld (Awb 4:5).`,
        );
      }
      // Awb 4:15: the term stood still until the aanvulling term passed unused.
      if (e.opgeschortSinds && e.aanvullenUiterlijk) {
        e.dagenOpgeschort += opgeschorteDagen(e.opgeschortSinds, e.aanvullenUiterlijk, null);
      }
      e.opgeschortSinds = null;
      e.beslissenUiterlijk = lopendeTermijn(e, e.dagenOpgeschort, vrij);
      const aanvragen = await tx.find(OndersteuningsaanvraagEntity, { where: { initiatiefId: e.id } });
      const model = await this.aanvraagbesluit.legBesluitVast(tx, e, aanvragen, {
        uitkomst: BesluitUitkomst.BUITEN_BEHANDELING,
        bedragen: new Map(),
        motivering: tekst,
        door: gebruiker,
        gelijkgesteld: vrij,
        verschoningen: verschoningenVan(verschoningen),
      });
      // The decision letter (reasons, objection notice) goes out through BesluitenService.vastleggen.
      return model;
    });
  }
}
