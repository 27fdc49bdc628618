import { Injectable } from '@nestjs/common';
import { fout, fromGlobalId, type Gebruiker } from '@buurtwerk/core';
import type { ToekenningInput } from './dto/initiatief.input';
import { InitiatiefStatus, OndersteuningsaanvraagEntity, type VaststellingsGrond } from './initiatief.entity';
import { controleerOvergang } from './initiatief.rules';
import { BesluitenService } from './besluiten.service';
import { besluitRegels } from './besluit.rules';
import { BesluitSoort } from './besluit.entity';
import { GrootboekService } from './grootboek.service';
import { DossierService } from './dossier.service';
import { bedragenPerAanvraag } from './dossier.rules';
import { toetsVaststelling } from './vaststelling.rules';

/**
 * After a grant: the initiator reports how the initiative went (verslag and actual costs), and
 * staff settle the subsidy (vaststelling, Awb 4:42-4:46), which frees any difference for the line
 * in the ceiling (Awb 4:25).
 */
@Injectable()
export class VaststellingService {
  constructor(
    private readonly dossier: DossierService,
    private readonly besluiten: BesluitenService,
    private readonly grootboek: GrootboekService,
  ) {}

  async uitvoeringMelden(globalId: string, verslag: string, werkelijkeKosten: number, gebruiker: Gebruiker) {
    const tekst = verslag.trim();
    if (tekst === '' || tekst.length > 10000) {
      throw fout.veld('verslag', 'beschrijf kort hoe het initiatief is uitgevoerd (hoogstens 10000 tekens).');
    }
    return this.dossier.alsIndiener(globalId, gebruiker, async (tx, e) => {
      controleerOvergang(e.status, InitiatiefStatus.UITGEVOERD, 'INITIATIEFNEMER');
      e.verslag = tekst;
      e.werkelijkeKosten = werkelijkeKosten;
      return this.dossier.wijzigStatus(tx, e, InitiatiefStatus.UITGEVOERD, gebruiker, true, null);
    });
  }

  /**
   * Vaststelling: never above the grant; always with a reason (Awb 3:46); a lower amount names its
   * ground (Awb 4:46) and releases the difference.
   */
  async subsidieVaststellen(
    globalId: string,
    invoer: ToekenningInput[],
    toelichting: string | null | undefined,
    gebruiker: Gebruiker,
    grond: VaststellingsGrond | null = null,
  ) {
    return this.dossier.behandelen(fromGlobalId(globalId, 'Initiatief', 'id'), gebruiker, async (tx, e) => {
      controleerOvergang(e.status, InitiatiefStatus.VASTGESTELD, 'MEDEWERKER');
      const aanvragen = await tx.find(OndersteuningsaanvraagEntity, {
        where: { initiatiefId: e.id },
        order: { volgnummer: 'ASC' },
      });
      const bedragen = bedragenPerAanvraag(invoer, aanvragen, 'bedragen');
      const reden = toelichting?.trim() ?? '';
      const { lager, velden } = toetsVaststelling(aanvragen, bedragen, reden, grond);
      if (velden.length > 0) {
        throw fout.ongeldigeInvoer(velden);
      }
      for (const a of aanvragen) {
        if (a.toegekendBedrag === null) {
          continue;
        }
        const vastgesteld = bedragen.get(a.id)?.bedrag ?? a.toegekendBedrag;
        if (a.plafondId) {
          // A settlement below the grant frees money for the line (Awb 4:25).
          await this.grootboek.verlaag(tx, a.plafondId, a.toegekendBedrag - vastgesteld);
        }
        a.vastgesteldBedrag = vastgesteld;
        await tx.save(a);
      }
      e.vaststellingToelichting = reden;
      e.vaststellingGrond = lager ? grond : null;
      await this.besluiten.vastleggen(tx, {
        initiatiefId: e.id,
        soort: BesluitSoort.VASTSTELLING,
        regels: besluitRegels(aanvragen, 'vastgesteld'),
        motivering: reden,
        door: gebruiker,
        gegevens: { grond: e.vaststellingGrond },
      });
      return this.dossier.wijzigStatus(tx, e, InitiatiefStatus.VASTGESTELD, gebruiker, false, reden);
    });
  }
}
