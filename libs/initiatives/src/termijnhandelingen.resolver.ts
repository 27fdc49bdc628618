import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type Gebruiker, HuidigeGebruiker, MEDEWERKER_ROLLEN, Rol, Rollen } from '@buurtwerk/core';
import { InitiatiefModel } from './initiatief.model';
import { AanvullingService } from './aanvulling.service';
import { VerdagingService } from './verdaging.service';
import { DatumScalar } from '@buurtwerk/core';

/** Staff acts on the decision term: go on without an aanvulling, not handle (Awb 4:5), delay (Awb 4:14). */
@Resolver(() => InitiatiefModel)
export class TermijnHandelingenResolver {
  constructor(
    private readonly aanvulling: AanvullingService,
    private readonly verdaging: VerdagingService,
  ) {}

  @Rollen(...MEDEWERKER_ROLLEN)
  @Mutation(() => InitiatiefModel, {
    description:
      'While AANVULLING_GEVRAAGD: go on handling with what the file holds (back to IN_BEHANDELING). The reason is recorded and mailed; the suspension ends today (Awb 4:15).',
  })
  doorgaanZonderAanvulling(
    @Args('id', { type: () => ID }) id: string,
    @Args('reden') reden: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.aanvulling.doorgaanZonderAanvulling(id, reden, gebruiker);
  }

  @Rollen(Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER)
  @Mutation(() => InitiatiefModel, {
    description:
      'Awb 4:5: after the aanvulling term passed unused, decide not to handle the request (BUITEN_BEHANDELING): a decision with reasons and an objection notice; the reservation is released.',
  })
  buitenBehandelingStellen(
    @Args('id', { type: () => ID }) id: string,
    @Args('motivering') motivering: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.aanvulling.buitenBehandelingStellen(id, motivering, gebruiker);
  }

  @Rollen(...MEDEWERKER_ROLLEN)
  @Mutation(() => InitiatiefModel, {
    description:
      'Awb 4:14 lid 3: before the decision term ends, extend it to a new term (at most 8 weeks later) with reasons; mailed to the applicant. Refused after the term has passed.',
  })
  beslistermijnVerdagen(
    @Args('id', { type: () => ID }) id: string,
    @Args('nieuweTermijn', { type: () => DatumScalar }) nieuweTermijn: string,
    @Args('motivering') motivering: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.verdaging.verdagen(id, nieuweTermijn, motivering, gebruiker);
  }
}
