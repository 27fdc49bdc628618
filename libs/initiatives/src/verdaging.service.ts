import { Injectable } from '@nestjs/common';
import { amsterdamseDatum, DomainError, fout, FoutCode, fromGlobalId, type Gebruiker, klok } from '@buurtwerk/core';
import { InitiatiefStatus } from './initiatief.entity';
import { toInitiatiefModel } from './initiatief.model';
import { DossierService } from './dossier.service';
import { motiveringFout } from './motivering.rules';
import { beoordeelVerdaging } from './verdaging.rules';
import { BrievenService } from './brieven/brieven.service';

/** Statuses in which the decision term runs (not suspended) and a delay notice makes sense. */
const TERMIJN_LOOPT: readonly InitiatiefStatus[] = [
  InitiatiefStatus.INGEDIEND,
  InitiatiefStatus.IN_BEHANDELING,
  InitiatiefStatus.BIJ_BUURTPANEL,
];

/** Awb 4:14: telling the applicant, before the deadline, that the decision will take longer. */
@Injectable()
export class VerdagingService {
  constructor(
    private readonly dossier: DossierService,
    private readonly brieven: BrievenService,
  ) {}

  /**
   * Awb 4:14 lid 3: before the term ends, a new term as short as possible, with reasons, mailed to
   * the applicant. The file keeps the original term (`oorspronkelijkBeslissenUiterlijk`) and the new
   * one. Refused after the term has passed. Runs on the locked row, so a decision taken at the same
   * moment either comes first (then this is refused) or after.
   */
  async verdagen(globalId: string, nieuweTermijn: string, motivering: string, gebruiker: Gebruiker) {
    const tekst = motivering.trim();
    const ongeldig = motiveringFout(tekst, 'verdaging');
    if (ongeldig || tekst.length > 5000) {
      throw fout.veld('motivering', ongeldig ?? 'mag hoogstens 5000 tekens lang zijn.');
    }
    return this.dossier.behandelen(fromGlobalId(globalId, 'Initiatief', 'id'), gebruiker, async (tx, e, _v, vrij) => {
      if (e.status === InitiatiefStatus.AANVULLING_GEVRAAGD) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          'De beslistermijn staat stil zolang op een aanvulling wordt gewacht (Awb 4:15); verdagen is dan niet nodig.',
        );
      }
      if (!TERMIJN_LOOPT.includes(e.status) || e.beslissenUiterlijk === null) {
        throw new DomainError(
          FoutCode.ONGELDIGE_STATUSOVERGANG,
          'Over dit initiatief is al besloten of het loopt niet meer; er is geen beslistermijn om te verdagen.',
        );
      }
      const oordeel = beoordeelVerdaging(e.beslissenUiterlijk, nieuweTermijn, amsterdamseDatum(klok.nu()), vrij);
      if (oordeel.soort === 'TE_LAAT') {
        throw new DomainError(FoutCode.ONGELDIGE_STATUSOVERGANG, oordeel.melding);
      }
      if (oordeel.soort === 'ONGELDIG') {
        throw fout.veld('nieuweTermijn', oordeel.melding);
      }
      const oud = e.beslissenUiterlijk;
      e.oorspronkelijkBeslissenUiterlijk ??= oud;
      e.verdaagdTot = oordeel.nieuweTermijn;
      e.dagenOpgeschortBijVerdaging = e.dagenOpgeschort;
      e.verdagingMotivering = tekst;
      e.verdaagdOp = klok.nu();
      e.beslissenUiterlijk = oordeel.nieuweTermijn;
      e.gewijzigdOp = new Date();
      await tx.save(e);
      // Awb 4:14 lid 3: the notice is a letter through the applicant's channel (Awb 2:14), like every other.
      await this.brieven.verdagingsbericht(tx, e, { oudeTermijn: oud, motivering: tekst }, gebruiker);
      return toInitiatiefModel(e, 'volledig');
    });
  }
}
