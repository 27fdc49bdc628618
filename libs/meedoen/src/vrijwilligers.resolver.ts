import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Gebruiker, type GqlContext, HuidigeGebruiker, Ingelogd, Public } from '@buurtwerk/core';
import { buurtLoaders, BuurtenService, BuurtModel, toBuurtModel } from '@buurtwerk/buurten';
import {
  VrijwilligerAanmeldenInput,
  VrijwilligersprofielInput,
  VrijwilligersverzoekenArgs,
  VrijwilligersverzoekInput,
} from './dto/vrijwilligers.input';
import { vrijwilligersLoaders } from './vrijwilligers.loader';
import {
  toVrijwilligersverzoekModel,
  VrijwilligersaanmeldingModel,
  VrijwilligerModel,
  VrijwilligersprofielModel,
  VrijwilligersverzoekModel,
} from './vrijwilligers.model';
import { VrijwilligersService } from './vrijwilligers.service';

@Resolver(() => VrijwilligersverzoekModel)
export class VrijwilligersverzoekResolver {
  constructor(
    private readonly service: VrijwilligersService,
    private readonly buurten: BuurtenService,
  ) {}

  @Public()
  @Query(() => [VrijwilligersverzoekModel], {
    description: 'Open requests for volunteers, soonest first; by buurt, stadsdeel and theme.',
  })
  vrijwilligersverzoeken(@Args() args: VrijwilligersverzoekenArgs) {
    return this.service.lijst(args);
  }

  @Public()
  @Query(() => VrijwilligersverzoekModel, { nullable: true })
  vrijwilligersverzoek(@Args('id', { type: () => ID }) id: string) {
    return this.service.verzoek(id);
  }

  @Ingelogd()
  @Query(() => [VrijwilligersverzoekModel], {
    description: 'The requests you organise: of your organisations and of your own initiatives.',
  })
  mijnVrijwilligersverzoeken(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.mijnVerzoeken(gebruiker);
  }

  @Ingelogd()
  @Query(() => [VrijwilligerModel], {
    description: 'Who signed up for a request (admitted first, then the waiting list): only its organiser (FORBIDDEN otherwise).',
  })
  vrijwilligersVanVerzoek(@Args('verzoekId', { type: () => ID }) verzoekId: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.vrijwilligers(verzoekId, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => VrijwilligersverzoekModel, {
    description: 'Post a request for volunteers for your organisation (member) or your granted initiative (initiator).',
  })
  vrijwilligersverzoekPlaatsen(@Args('input') input: VrijwilligersverzoekInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.plaatsen(input, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => VrijwilligersverzoekModel, { description: 'Withdraw a request; everyone signed up hears it. Organiser only.' })
  vrijwilligersverzoekIntrekken(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.annuleren(id, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => VrijwilligerModel, { description: 'Confirm a volunteer who has a place. Organiser only.' })
  vrijwilligerBevestigen(
    @Args('aanmeldingId', { type: () => ID }) aanmeldingId: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.bevestigen(aanmeldingId, gebruiker);
  }

  @ResolveField(() => BuurtModel)
  async buurt(@Parent() v: VrijwilligersverzoekModel, @Context() ctx: GqlContext) {
    const b = await buurtLoaders(ctx, this.buurten).buurt.load(v.buurtDbId);
    return toBuurtModel(b!);
  }
}

@Resolver(() => VrijwilligersaanmeldingModel)
export class VrijwilligersaanmeldingResolver {
  constructor(private readonly service: VrijwilligersService) {}

  @Ingelogd()
  @Query(() => [VrijwilligersaanmeldingModel], { description: 'Your own sign-ups as a volunteer.' })
  mijnVrijwilligersaanmeldingen(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.mijnAanmeldingen(gebruiker);
  }

  @Ingelogd()
  @Mutation(() => VrijwilligersaanmeldingModel, {
    description:
      'Sign up as a volunteer (consent required). Beyond the places you are put on the waiting list, in order of receipt.',
  })
  vrijwilligerAanmelden(@Args('input') input: VrijwilligerAanmeldenInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.aanmelden(input, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => VrijwilligersaanmeldingModel, {
    description: 'Withdraw your own sign-up; your place goes to the first on the waiting list.',
  })
  vrijwilligerAfmelden(@Args('aanmeldingId', { type: () => ID }) aanmeldingId: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.afmelden(aanmeldingId, gebruiker);
  }

  @ResolveField(() => VrijwilligersverzoekModel)
  async verzoek(@Parent() a: VrijwilligersaanmeldingModel, @Context() ctx: GqlContext) {
    const v = await vrijwilligersLoaders(ctx, this.service).verzoek.load(a.verzoekDbId);
    return toVrijwilligersverzoekModel(v!);
  }
}

@Resolver(() => VrijwilligersprofielModel)
export class VrijwilligersprofielResolver {
  constructor(
    private readonly service: VrijwilligersService,
    private readonly buurtenService: BuurtenService,
  ) {}

  @Ingelogd()
  @Query(() => VrijwilligersprofielModel, { nullable: true, description: 'Your volunteer profile, if you made one.' })
  mijnVrijwilligersprofiel(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.profiel(gebruiker);
  }

  @Ingelogd()
  @Mutation(() => VrijwilligersprofielModel, {
    description: 'Save your volunteer profile; mailBijNieuweVerzoeken needs a verified e-mail address on your account.',
  })
  vrijwilligersprofielOpslaan(@Args('input') input: VrijwilligersprofielInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.profielOpslaan(input, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => Boolean, { description: 'Delete your volunteer profile (and with it any mail about new requests).' })
  vrijwilligersprofielVerwijderen(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.profielVerwijderen(gebruiker);
  }

  @ResolveField(() => [BuurtModel])
  async buurten(@Parent() p: VrijwilligersprofielModel, @Context() ctx: GqlContext) {
    const rijen = await buurtLoaders(ctx, this.buurtenService).buurt.loadMany(p.buurtDbIds);
    return rijen.flatMap((b) => (b && !(b instanceof Error) ? [toBuurtModel(b)] : []));
  }
}
