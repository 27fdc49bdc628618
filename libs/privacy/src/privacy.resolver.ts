import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Gebruiker, geverifieerdeEmail, HuidigeGebruiker, Ingelogd, JsonScalar, Rol, Rollen } from '@buurtwerk/core';
import { AuditRegelModel, toAuditRegelModel } from './audit-regel.model';
import { AuditLogArgs } from './dto/audit-log.args';
import { MijnGegevensService } from './mijn-gegevens.service';
import { PseudonimiseringService } from './pseudonimisering.service';

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly gegevens: MijnGegevensService,
    private readonly pseudonimisering: PseudonimiseringService,
  ) {}

  @Ingelogd()
  @Query(() => JsonScalar, {
    description: 'Everything stored about you (AVG art. 15 and 20), as JSON. Also as a download: GET /api/v1/mijn-gegevens.',
  })
  mijnGegevens(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.gegevens.export(gebruiker);
  }

  @Ingelogd()
  @Mutation(() => Boolean, {
    description:
      'Pseudonymise your data: names, e-mail addresses and free text are replaced; decisions, amounts, references and statuses stay (archival duty).',
  })
  async mijnGegevensPseudonimiseren(@HuidigeGebruiker() gebruiker: Gebruiker) {
    await this.pseudonimisering.pseudonimiseerPersoon(gebruiker.sub, {
      door: gebruiker,
      grond: 'verzoek-bewoner',
      geverifieerdeEmail: geverifieerdeEmail(gebruiker),
    });
    return true;
  }

  @Rollen(Rol.BEHEERDER)
  @Mutation(() => Boolean, { description: "BEHEERDER: pseudonymise a resident's data on their request (by sign-in id, `sub`)." })
  async gebruikerPseudonimiseren(
    @Args('gebruikerId', { type: () => ID }) gebruikerId: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    await this.pseudonimisering.pseudonimiseerGebruiker(gebruikerId, gebruiker);
    return true;
  }

  @Rollen(Rol.BEHEERDER, Rol.BELEIDSMEDEWERKER)
  @Query(() => [AuditRegelModel], { description: 'The audit trail of one entity (type and global id), oldest first.' })
  async auditLog(@Args() args: AuditLogArgs) {
    return (await this.gegevens.auditLog(args.entiteit, args.entiteitId)).map(toAuditRegelModel);
  }
}
