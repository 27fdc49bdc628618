import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AanmeldLimietGuard,
  type Connection,
  type Gebruiker,
  type GqlContext,
  HuidigeGebruiker,
  Ingelogd,
  perVerzoek,
  Public,
  Rollen,
} from '@buurtwerk/core';
import { buurtLoaders, BuurtenService, BuurtModel, toBuurtModel } from '@buurtwerk/buurten';
import { OrganisatieModel, partnerLoaders, PartnersService, toOrganisatieModel } from '@buurtwerk/partners';
import {
  AanmeldingBevestigenArgs,
  AanmeldingInput,
  AfmeldenArgs,
  AfmeldenMetCodeArgs,
  DeelnemersArgs,
  GastbuurtSuggestiesArgs,
  NetwerkbijeenkomstenArgs,
  NetwerkbijeenkomstInput,
  NetwerkbijeenkomstWijzigenInput,
  VerslagArgs,
} from './dto/netwerkbijeenkomst.input';
import {
  AanmeldingModel,
  DeelnemerConnection,
  DeelnemerModel,
  MijnBijeenkomstaanmeldingModel,
  NetwerkbijeenkomstJaarModel,
  NetwerkbijeenkomstModel,
} from './netwerkbijeenkomst.model';
import { netwerkbijeenkomstLoaders } from './netwerkbijeenkomsten.loader';
import { NetwerkbijeenkomstenService, ORGANISATOREN } from './netwerkbijeenkomsten.service';

@Resolver(() => NetwerkbijeenkomstModel)
export class NetwerkbijeenkomstResolver {
  constructor(
    private readonly service: NetwerkbijeenkomstenService,
    private readonly buurten: BuurtenService,
  ) {}

  @Public()
  @Query(() => [NetwerkbijeenkomstModel])
  netwerkbijeenkomsten(@Args() args: NetwerkbijeenkomstenArgs) {
    return this.service.lijst(args.jaar);
  }

  @Public()
  @Query(() => [BuurtModel], {
    description: 'Buurten that may host the next meeting, those that never hosted (or hosted longest ago) first.',
  })
  gastbuurtSuggesties(@Args() args: GastbuurtSuggestiesArgs) {
    return this.service.gastbuurtSuggesties(args.aantal ?? 5);
  }

  @Rollen(...ORGANISATOREN)
  @Query(() => [NetwerkbijeenkomstJaarModel], { description: 'Per year: was the promise of two meetings kept?' })
  netwerkbijeenkomstenPerJaar() {
    return this.service.perJaar();
  }

  @Rollen(...ORGANISATOREN)
  @Query(() => String, {
    description: 'Attendee list (CSV, RFC 4180) for the organisers: personal data, staff only.',
  })
  netwerkbijeenkomstDeelnemerslijst(@Args('id', { type: () => ID }) id: string) {
    return this.service.deelnemerslijst(id);
  }

  @Rollen(...ORGANISATOREN)
  @Mutation(() => NetwerkbijeenkomstModel)
  netwerkbijeenkomstPlannen(@Args('input') input: NetwerkbijeenkomstInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.plannen(input, gebruiker);
  }

  @Rollen(...ORGANISATOREN)
  @Mutation(() => NetwerkbijeenkomstModel, {
    description:
      'Change a planned meeting: time, place, host buurt (one that never hosted), capacity (more places move the waiting list up; fewer than admitted is refused).',
  })
  netwerkbijeenkomstWijzigen(@Args('id', { type: () => ID }) id: string, @Args('input') input: NetwerkbijeenkomstWijzigenInput) {
    return this.service.wijzigen(id, input);
  }

  @Rollen(...ORGANISATOREN)
  @Mutation(() => NetwerkbijeenkomstModel)
  netwerkbijeenkomstAnnuleren(@Args('id', { type: () => ID }) id: string) {
    return this.service.annuleren(id);
  }

  @Rollen(...ORGANISATOREN)
  @Mutation(() => NetwerkbijeenkomstModel, { description: 'Attach the minutes (verslag) of a meeting.' })
  netwerkbijeenkomstVerslagVastleggen(@Args() args: VerslagArgs) {
    return this.service.verslagVastleggen(args.id, args.verslag, args.initiatiefIds);
  }

  @Public()
  // Each sign-up (every alias) counts against LIMIET_AANMELDEN_PER_UUR of the caller's IP address.
  @UseGuards(AanmeldLimietGuard)
  @Mutation(() => AanmeldingModel, {
    description:
      'Sign up for a meeting; no account needed. A place (or waiting-list place) is held in order of receipt and a mail with a confirmation link goes to the address; the sign-up becomes definite with aanmeldingBevestigen and expires unconfirmed. The answer is always status TE_BEVESTIGEN, also for an address that had signed up already (that person gets a mail instead), so it never tells whether someone attends.',
  })
  aanmelden(@Args('input') input: AanmeldingInput, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    return this.service.aanmelden(input, gebruiker);
  }

  @Public()
  @Mutation(() => AanmeldingModel, {
    description:
      'Confirm a sign-up with the id and code from the link in the mail: it keeps the place in line it got at sign-up. Too late (expired) answers ONGELDIGE_STATUSOVERGANG; a wrong id or code FORBIDDEN.',
  })
  aanmeldingBevestigen(@Args() args: AanmeldingBevestigenArgs) {
    return this.service.bevestigen(args.aanmeldingId, args.code);
  }

  @Public()
  @Mutation(() => AanmeldingModel)
  afmelden(@Args() args: AfmeldenArgs) {
    return this.service.afmelden(args.aanmeldingId, args.afmeldcode);
  }

  @Public()
  // Every attempt counts against LIMIET_AANMELDEN_PER_UUR of the caller's IP address: the short code cannot be guessed.
  @UseGuards(AanmeldLimietGuard)
  @Mutation(() => AanmeldingModel, {
    description:
      'Cancel with the address the sign-up was made with and the short code from the mail, for whoever cannot open the link. An unknown address and a wrong code get the same answer (BAD_USER_INPUT at afmeldcode).',
  })
  afmeldenMetCode(@Args() args: AfmeldenMetCodeArgs) {
    return this.service.afmeldenMetCode(args.email, args.afmeldcode);
  }

  @Ingelogd()
  @Query(() => [MijnBijeenkomstaanmeldingModel], {
    description:
      'Your own sign-ups for network meetings (made while signed in with your verified address), newest meeting first.',
  })
  mijnBijeenkomstaanmeldingen(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.mijnAanmeldingen(gebruiker);
  }

  @Ingelogd()
  @Mutation(() => AanmeldingModel, {
    description:
      "Cancel one of your own sign-ups while signed in; no code needed. Another person's sign-up answers NOT_FOUND. A freed place goes to the first on the waiting list.",
  })
  mijnBijeenkomstaanmeldingAfmelden(
    @Args('aanmeldingId', { type: () => ID }) aanmeldingId: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.mijnAanmeldingAfmelden(aanmeldingId, gebruiker);
  }

  @ResolveField(() => BuurtModel, { description: 'Host neighbourhood: each meeting is held in a different buurt.' })
  async buurt(@Parent() b: NetwerkbijeenkomstModel, @Context() ctx: GqlContext) {
    return toBuurtModel((await buurtLoaders(ctx, this.buurten).buurt.load(b.buurtDbId))!);
  }

  @ResolveField(() => DeelnemerConnection, {
    nullable: true,
    description:
      'Attendee list for the organisers (same roles as netwerkbijeenkomstDeelnemerslijst): admitted first, then the waiting list, in order of receipt. Personal data: reads are audited.',
  })
  deelnemers(
    @Parent() b: NetwerkbijeenkomstModel,
    @Args() args: DeelnemersArgs,
    @HuidigeGebruiker() gebruiker: Gebruiker | null,
    @Context() ctx: GqlContext,
  ) {
    return perVerzoek<string, Connection<DeelnemerModel>>(ctx, `netwerkbijeenkomstDeelnemers:${JSON.stringify(args)}`, (ids) =>
      this.service.deelnemersVan(ids, args, gebruiker),
    ).load(b.dbId);
  }

  @ResolveField(() => Int)
  async aantalAanmeldingen(@Parent() b: NetwerkbijeenkomstModel, @Context() ctx: GqlContext) {
    return (await netwerkbijeenkomstLoaders(ctx, this.service).telling.load(b.dbId)).aangemeld;
  }

  @ResolveField(() => Int)
  async plaatsenBeschikbaar(@Parent() b: NetwerkbijeenkomstModel, @Context() ctx: GqlContext) {
    const t = await netwerkbijeenkomstLoaders(ctx, this.service).telling.load(b.dbId);
    return Math.max(0, b.capaciteit - t.aangemeld);
  }

  @ResolveField(() => Int)
  async aantalOpWachtlijst(@Parent() b: NetwerkbijeenkomstModel, @Context() ctx: GqlContext) {
    return (await netwerkbijeenkomstLoaders(ctx, this.service).telling.load(b.dbId)).wachtlijst;
  }
}

@Resolver(() => DeelnemerModel)
export class DeelnemerResolver {
  constructor(private readonly partners: PartnersService) {}

  @ResolveField(() => OrganisatieModel, { nullable: true, description: 'The organisation the person signed up for, if any.' })
  async organisatie(@Parent() d: DeelnemerModel, @Context() ctx: GqlContext) {
    const org = d.organisatieDbId ? await partnerLoaders(ctx, this.partners).organisatie.load(d.organisatieDbId) : null;
    return org ? toOrganisatieModel(org) : null;
  }
}
