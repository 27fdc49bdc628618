import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { amsterdamseDatum, DomainError, fout, FoutCode, fromGlobalId, type Gebruiker, klok } from '@buurtwerk/core';
import { aanvullenUiterlijk, Besluitvorming, opgeschorteDagen, SubsidieregelingEntity } from '@buurtwerk/subsidieregels';
import { type BesluitUitkomst, type InitiatiefEntity, InitiatiefStatus, OndersteuningsaanvraagEntity } from './initiatief.entity';
import { controleerOvergang } from './initiatief.rules';
import { BrievenService } from './brieven/brieven.service';
import { GrootboekService } from './grootboek.service';
import { DossierService } from './dossier.service';
import { alleenAfwijzenMogelijk, type Belanghebbenden, lopendeTermijn, zelfdeAanvrager } from './dossier.rules';

/**
 * Handling by staff before the decision: taking a request in handling, asking for information
 * (Awb 4:5, suspending the term, Awb 4:15), and presenting it to a buurtpanel and taking back the
 * panel's outcome (docs/domein.md, invariant 8). Going on without the information and not handling
 * it are in AanvullingService; delaying in VerdagingService.
 */
@Injectable()
export class BehandelingService {
  constructor(
    private readonly dossier: DossierService,
    private readonly brieven: BrievenService,
    private readonly grootboek: GrootboekService,
  ) {}

  async inBehandelingNemen(globalId: string, gebruiker: Gebruiker) {
    return this.dossier.behandelen(fromGlobalId(globalId, 'Initiatief', 'id'), gebruiker, async (tx, e) => {
      controleerOvergang(e.status, InitiatiefStatus.IN_BEHANDELING, 'MEDEWERKER');
      return this.dossier.wijzigStatus(tx, e, InitiatiefStatus.IN_BEHANDELING, gebruiker, false, null);
    });
  }

  /** Awb 4:5 / 4:15: asking for more information suspends the decision term from today. */
  async aanvullingVragen(globalId: string, toelichting: string, termijnDagen: number, gebruiker: Gebruiker) {
    if (!Number.isInteger(termijnDagen) || termijnDagen < 1 || termijnDagen > 90) {
      throw fout.veld('termijnDagen', 'moet een geheel aantal dagen van 1 tot en met 90 zijn.');
    }
    const tekst = toelichting.trim();
    if (tekst === '' || tekst.length > 5000) {
      throw fout.veld('toelichting', 'vertel de initiatiefnemer wat er ontbreekt (hoogstens 5000 tekens).');
    }
    return this.dossier.behandelen(fromGlobalId(globalId, 'Initiatief', 'id'), gebruiker, async (tx, e, _verschoningen, vrij) => {
      controleerOvergang(e.status, InitiatiefStatus.AANVULLING_GEVRAAGD, 'MEDEWERKER');
      const vandaag = amsterdamseDatum(klok.nu());
      e.opgeschortSinds = vandaag;
      e.aanvullingVerzoek = tekst;
      e.aanvullenUiterlijk = aanvullenUiterlijk(vandaag, termijnDagen, vrij);
      // Awb 4:15: the deadline as it will be if the aanvulling term passes unused (the longest
      // suspension); supplying earlier brings it forward. So the work queue's order is right and the
      // term simply runs again once the aanvulling term has passed.
      e.beslissenUiterlijk = lopendeTermijn(e, e.dagenOpgeschort + opgeschorteDagen(vandaag, e.aanvullenUiterlijk, null), vrij);
      const model = await this.dossier.wijzigStatus(tx, e, InitiatiefStatus.AANVULLING_GEVRAAGD, gebruiker, false, tekst);
      await this.brieven.aanvullingsverzoek(tx, e, gebruiker); // Awb 4:5
      return model;
    });
  }

  /**
   * IN_BEHANDELING -> BIJ_BUURTPANEL in the caller's transaction: only for requests under a
   * buurtaktie-regeling (besluitvorming BUURTPANEL), and only when something could be granted.
   * `controle` runs on the locked initiative before the transition (e.g. the panel's buurten).
   * `gecontroleerd` is the initiative as the caller checked it with geenBelangBijBehandeling.
   */
  async naarBuurtpanel(
    tx: EntityManager,
    gecontroleerd: Belanghebbenden,
    gebruiker: Gebruiker,
    panelNaam: string,
    controle: (e: InitiatiefEntity) => void,
  ): Promise<InitiatiefEntity> {
    const e = await this.dossier.vergrendelOpId(tx, gecontroleerd.id);
    zelfdeAanvrager(gecontroleerd, e);
    controleerOvergang(e.status, InitiatiefStatus.BIJ_BUURTPANEL, 'MEDEWERKER');
    controle(e);
    const aanvragen = await tx.find(OndersteuningsaanvraagEntity, { where: { initiatiefId: e.id } });
    const regelingIds = [...new Set(aanvragen.map((a) => a.regelingId).filter((r): r is string => r !== null))];
    const regelingen = regelingIds.length > 0 ? await tx.findBy(SubsidieregelingEntity, { id: In(regelingIds) }) : [];
    const ambtelijk = regelingen.find((r) => r.besluitvorming !== Besluitvorming.BUURTPANEL);
    if (regelingen.length === 0 || ambtelijk) {
      throw new DomainError(
        FoutCode.ONGELDIGE_STATUSOVERGANG,
        ambtelijk
          ? `Over aanvragen onder "${ambtelijk.naam}" beslist de gemeente zelf; alleen bij een buurtaktie-regeling beslist een buurtpanel.`
          : 'Dit initiatief valt niet onder een buurtaktie-regeling; een buurtpanel kan er niet over beslissen.',
      );
    }
    if (alleenAfwijzenMogelijk(aanvragen, await this.grootboek.beschikbaar(tx, aanvragen, false))) {
      throw new DomainError(
        FoutCode.PLAFOND_BEREIKT,
        'Het subsidieplafond is bereikt: er is nu niets beschikbaar voor deze aanvraag; zij kan alleen worden afgewezen (Awb 4:25) en hoeft niet naar het buurtpanel.',
      );
    }
    await this.dossier.wijzigStatus(tx, e, InitiatiefStatus.BIJ_BUURTPANEL, gebruiker, false, `Voorgelegd aan ${panelNaam}.`);
    return e;
  }

  /**
   * The panel's outcome, in the caller's transaction (the one that closes the vote). A residents'
   * panel advises, it does not decide (docs/domein.md, invariant 8): with an outcome the advice is
   * recorded and the initiative stays with the panel until the official with the mandate decides
   * (`besluitOpPaneladvies`); the reservation stays. Without quorum the initiative returns to
   * staff. Returns the status, or null when the initiative is no longer with the panel (withdrawn
   * meanwhile): then nothing is recorded.
   */
  async panelUitkomstVastleggen(
    tx: EntityManager,
    initiatiefId: string,
    u: {
      panelId: string;
      panelNaam: string;
      uitkomst: BesluitUitkomst | null;
      motivering: string;
    },
  ): Promise<InitiatiefStatus | null> {
    const e = await this.dossier.vergrendelOpId(tx, initiatiefId);
    if (e.status !== InitiatiefStatus.BIJ_BUURTPANEL) {
      return null;
    }
    if (u.uitkomst === null) {
      const panel: Gebruiker = { sub: `buurtpanel:${u.panelId}`, naam: u.panelNaam, email: null, rollen: [], buurtcode: null };
      controleerOvergang(e.status, InitiatiefStatus.IN_BEHANDELING, 'BUURTPANEL');
      await this.dossier.wijzigStatus(tx, e, InitiatiefStatus.IN_BEHANDELING, panel, false, u.motivering);
      return InitiatiefStatus.IN_BEHANDELING;
    }
    return InitiatiefStatus.BIJ_BUURTPANEL;
  }
}
