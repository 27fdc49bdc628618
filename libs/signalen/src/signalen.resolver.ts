import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Gebruiker, type GqlContext, HuidigeGebruiker, Ingelogd, Public, Rol, Rollen, Scopes } from '@buurtwerk/core';
import { buurtLoaders, BuurtenService, BuurtModel, MedewerkerModel, toBuurtModel, toMedewerkerModel } from '@buurtwerk/buurten';
import { SignaalAfhandelenArgs, SignaalDoorzettenArgs, SignaalInput, SignalenArgs } from './dto/signaal.input';
import { AfdelingModel, SignaalcategorieModel, SignaalConnection, SignaalModel } from './signaal.model';
import { signaalLoaders } from './signalen.loader';
import { SignalenService } from './signalen.service';

const BEHANDELAARS = [Rol.BUURTREGISSEUR, Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER] as const;

@Resolver(() => SignaalModel)
export class SignaalResolver {
  constructor(
    private readonly service: SignalenService,
    private readonly buurten: BuurtenService,
  ) {}

  @Public()
  @Query(() => [SignaalcategorieModel], {
    description: 'Categories a signal can be reported in, with department and response term.',
  })
  signaalcategorieen() {
    return this.service.actieveCategorieen();
  }

  @Rollen(...BEHANDELAARS)
  @Query(() => [AfdelingModel], {
    description: 'Departments (de lijn) a signal can be passed on to: those of the active categories and earlier ones.',
  })
  afdelingen() {
    return this.service.afdelingen();
  }

  @Ingelogd()
  @Query(() => SignaalConnection, {
    description:
      'Residents and partners see what they reported; a buurtregisseur the signals of their buurten; policy staff all.',
  })
  signalen(@Args() args: SignalenArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.zoek(args, gebruiker);
  }

  @Rollen(Rol.BEWONER, Rol.PARTNER, ...BEHANDELAARS)
  @Scopes('signalen:schrijven')
  @Mutation(() => SignaalModel)
  signaalMelden(@Args('input') input: SignaalInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.melden(input, gebruiker);
  }

  @Rollen(...BEHANDELAARS)
  @Mutation(() => SignaalModel, { description: 'Pass the signal on to the department (de lijn) that handles it.' })
  signaalDoorzetten(@Args() args: SignaalDoorzettenArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.doorzetten(args.id, args.afdeling, gebruiker);
  }

  @Rollen(...BEHANDELAARS)
  @Mutation(() => SignaalModel)
  signaalInBehandelingNemen(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.inBehandelingNemen(id, gebruiker);
  }

  @Rollen(...BEHANDELAARS)
  @Mutation(() => SignaalModel, { description: 'Close the signal with feedback that the reporter sees.' })
  signaalAfhandelen(@Args() args: SignaalAfhandelenArgs, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.afhandelen(args.id, args.terugkoppeling, gebruiker);
  }

  @ResolveField(() => BuurtModel)
  async buurt(@Parent() s: SignaalModel, @Context() ctx: GqlContext) {
    return toBuurtModel((await buurtLoaders(ctx, this.buurten).buurt.load(s.buurtDbId))!);
  }

  @ResolveField(() => MedewerkerModel, {
    nullable: true,
    description: 'The buurtregisseur linked to this signal (bridge function).',
  })
  async buurtregisseur(@Parent() s: SignaalModel, @Context() ctx: GqlContext) {
    // The one linked at reporting; when the buurt had none then, whoever is its buurtregisseur now.
    const m = s.buurtregisseurDbId
      ? await signaalLoaders(ctx, this.service).medewerker.load(s.buurtregisseurDbId)
      : await buurtLoaders(ctx, this.buurten).regisseur.load(s.buurtDbId);
    return m ? toMedewerkerModel(m) : null;
  }
}
