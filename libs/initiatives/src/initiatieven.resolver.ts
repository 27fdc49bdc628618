import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  CentenScalar,
  type Connection,
  type Gebruiker,
  type GqlContext,
  HuidigeGebruiker,
  Ingelogd,
  MEDEWERKER_ROLLEN,
  perVerzoek,
  Public,
  Rol,
  Rollen,
  toGlobalId,
} from '@buurtwerk/core';
import { type BuurtEntity, buurtLoaders, BuurtenService, BuurtModel, StadsdeelModel, toBuurtModel } from '@buurtwerk/buurten';
import { BelangenconflictModel } from '@buurtwerk/conflict-of-interest';
import { ActiviteitModel, OrganisatieModel, partnerLoaders, PartnersService, toOrganisatieModel } from '@buurtwerk/partners';
import {
  InstrumentModel,
  subsidieLoaders,
  SubsidieregelingInput,
  SubsidieregelingModel,
  SubsidieregelsService,
  ToetsresultaatModel,
  toInstrumentModel,
  toSubsidieregelingModel,
} from '@buurtwerk/subsidieregels';
import { BesluitInput, BuurtInitiatievenArgs, InitiatiefInput, InitiatievenArgs, ToekenningInput } from './dto/initiatief.input';
import {
  InitiatiefConnection,
  InitiatiefModel,
  OndersteuningsaanvraagModel,
  StatusWijzigingModel,
  toOndersteuningsaanvraagModel,
  toStatusWijzigingModel,
} from './initiatief.model';
import { VaststellingsGrond } from './initiatief.entity';
import { initiatiefLoaders } from './initiatieven.loader';
import { InitiatievenService } from './initiatieven.service';
import { IndieningService } from './indiening.service';
import { BehandelingService } from './behandeling.service';
import { AanvraagbesluitService } from './aanvraagbesluit.service';
import { VaststellingService } from './vaststelling.service';

const STAF = [...MEDEWERKER_ROLLEN];
const BESLUITNEMERS = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];

@Resolver(() => InitiatiefModel)
export class InitiatiefResolver {
  constructor(
    private readonly service: InitiatievenService,
    private readonly indiening: IndieningService,
    private readonly behandeling: BehandelingService,
    private readonly aanvraagbesluit: AanvraagbesluitService,
    private readonly vaststelling: VaststellingService,
    private readonly buurtenService: BuurtenService,
    private readonly partners: PartnersService,
  ) {}

  @Public()
  @Query(() => ToetsresultaatModel, { description: 'Check a draft against the rules without submitting anything.' })
  toetsInitiatief(
    @Args('input') input: InitiatiefInput,
    @HuidigeGebruiker() gebruiker: Gebruiker | null,
    @Args('concept', {
      type: () => SubsidieregelingInput,
      nullable: true,
      description:
        'A rule that is not vastgesteld yet: the check runs against it instead of the current version with its code, and nothing is stored. Only for BELEIDSMEDEWERKER and BEHEERDER (else FORBIDDEN).',
    })
    concept?: SubsidieregelingInput | null,
    @Args('initiatiefId', {
      type: () => ID,
      nullable: true,
      description:
        "The saved draft this check is for (the initiator's own or, after submission, staff): facts about its links, such as beantwoordtBehoefte, come from it.",
    })
    initiatiefId?: string | null,
  ) {
    return this.indiening.toets(input, concept, gebruiker, initiatiefId ?? null);
  }

  @Public()
  @Query(() => InitiatiefConnection)
  initiatieven(@Args() args: InitiatievenArgs, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    return this.service.zoek(args, gebruiker);
  }

  @Ingelogd()
  @Query(() => [InitiatiefModel])
  mijnInitiatieven(@HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.mijnInitiatieven(gebruiker);
  }

  @Ingelogd()
  @Mutation(() => InitiatiefModel)
  initiatiefOpslaan(
    @Args('input') input: InitiatiefInput,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Args('id', { type: () => ID, nullable: true }) id?: string,
  ) {
    return this.indiening.opslaan(id, input, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => InitiatiefModel)
  initiatiefIndienen(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.indiening.indienen(id, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => InitiatiefModel)
  initiatiefIntrekken(
    @Args('id', { type: () => ID }) id: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Args('toelichting', { type: () => String, nullable: true }) toelichting?: string,
  ) {
    return this.indiening.intrekken(id, toelichting, gebruiker);
  }

  @Rollen(...STAF)
  @Mutation(() => InitiatiefModel)
  initiatiefInBehandelingNemen(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.behandeling.inBehandelingNemen(id, gebruiker);
  }

  @Rollen(...STAF)
  @Mutation(() => InitiatiefModel)
  aanvullingVragen(
    @Args('id', { type: () => ID }) id: string,
    @Args('toelichting') toelichting: string,
    @Args('termijnDagen', { type: () => Int }) termijnDagen: number,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.behandeling.aanvullingVragen(id, toelichting, termijnDagen, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => InitiatiefModel)
  aanvullingAanleveren(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: InitiatiefInput,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.indiening.aanvullingAanleveren(id, input, gebruiker);
  }

  @Rollen(...BESLUITNEMERS)
  @Mutation(() => InitiatiefModel)
  besluitNemen(@Args('input') input: BesluitInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.aanvraagbesluit.besluitNemen(input, gebruiker);
  }

  @Ingelogd()
  @Mutation(() => InitiatiefModel)
  uitvoeringMelden(
    @Args('id', { type: () => ID }) id: string,
    @Args('verslag') verslag: string,
    @Args('werkelijkeKosten', { type: () => CentenScalar }) werkelijkeKosten: number,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.vaststelling.uitvoeringMelden(id, verslag, werkelijkeKosten, gebruiker);
  }

  @Rollen(...BESLUITNEMERS)
  @Mutation(() => InitiatiefModel)
  subsidieVaststellen(
    @Args('id', { type: () => ID }) id: string,
    @Args('bedragen', { type: () => [ToekenningInput] }) bedragen: ToekenningInput[],
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Args('toelichting', {
      type: () => String,
      nullable: true,
      description:
        'The reason of the settlement (Awb 3:46): required, at least one full sentence. Nullable only for compatibility with the contract.',
    })
    toelichting?: string,
    @Args('grond', {
      type: () => VaststellingsGrond,
      nullable: true,
      description: 'Awb 4:46: required when settling lower than granted, and only then.',
    })
    grond?: VaststellingsGrond | null,
  ) {
    return this.vaststelling.subsidieVaststellen(id, bedragen, toelichting, gebruiker, grond ?? null);
  }

  // Per-row field resolvers take (parent, args, context) without parameter decorators: @nestjs/graphql
  // then binds them as plain functions (no Nest context, pipes or promise chain per field per row;
  // guards and interceptors never run on field resolvers here). Use @Parent()/@Args() only where the
  // arguments are client input that the validation pipe must see.
  @ResolveField(() => [BuurtModel])
  async buurten(i: InitiatiefModel, _args: unknown, ctx: GqlContext) {
    const buurten = await buurtLoaders(ctx, this.buurtenService).buurt.loadMany(i.buurtDbIds);
    return buurten
      .filter((b): b is BuurtEntity => b !== null && !(b instanceof Error))
      .map(toBuurtModel)
      .sort((a, b) => a.naam.localeCompare(b.naam));
  }

  @ResolveField(() => StadsdeelModel, { nullable: true })
  async stadsdeel(i: InitiatiefModel, _args: unknown, ctx: GqlContext) {
    const sd = i.stadsdeelDbId ? await buurtLoaders(ctx, this.buurtenService).stadsdeel.load(i.stadsdeelDbId) : null;
    return sd ? Object.assign(new StadsdeelModel(), { id: toGlobalId('Stadsdeel', sd.id), dbId: sd.id, naam: sd.naam }) : null;
  }

  @ResolveField(() => OrganisatieModel, { nullable: true })
  async organisatie(i: InitiatiefModel, _args: unknown, ctx: GqlContext) {
    const org = i.organisatieDbId ? await partnerLoaders(ctx, this.partners).organisatie.load(i.organisatieDbId) : null;
    return org ? toOrganisatieModel(org) : null;
  }

  @ResolveField(() => [OndersteuningsaanvraagModel])
  async aanvragen(i: InitiatiefModel, _args: unknown, ctx: GqlContext) {
    return (await initiatiefLoaders(ctx, this.service).aanvragen.load(i.dbId)).map((a) =>
      toOndersteuningsaanvraagModel(a, i.zicht),
    );
  }

  @ResolveField(() => [StatusWijzigingModel])
  async historie(i: InitiatiefModel, _args: unknown, ctx: GqlContext) {
    return (await initiatiefLoaders(ctx, this.service).historie.load(i.dbId)).map((h) => toStatusWijzigingModel(h, i.zicht));
  }

  @ResolveField(() => [BelangenconflictModel], {
    description: 'Only for staff: conflicts of interest found for the people who decide on this initiative.',
  })
  belangenconflicten(@Parent() i: InitiatiefModel, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    return this.service.belangenconflicten(i.dbId, gebruiker);
  }
}

@Resolver(() => OndersteuningsaanvraagModel)
export class OndersteuningsaanvraagResolver {
  constructor(private readonly regels: SubsidieregelsService) {}

  @ResolveField(() => InstrumentModel)
  async instrument(a: OndersteuningsaanvraagModel, _args: unknown, ctx: GqlContext) {
    return toInstrumentModel((await subsidieLoaders(ctx, this.regels).instrument.load(a.instrumentDbId))!);
  }

  @ResolveField(() => SubsidieregelingModel, { nullable: true, description: 'The version of the rule applied at submission.' })
  async regeling(a: OndersteuningsaanvraagModel, _args: unknown, ctx: GqlContext) {
    const r = a.regelingDbId ? await subsidieLoaders(ctx, this.regels).regeling.load(a.regelingDbId) : null;
    return r ? toSubsidieregelingModel(r) : null;
  }
}

/** Initiatives on a buurt page: granted ones for the public; the work queue of the buurt for staff. */
@Resolver(() => BuurtModel)
export class BuurtInitiatievenResolver {
  constructor(private readonly service: InitiatievenService) {}

  @ResolveField(() => InitiatiefConnection)
  initiatieven(
    @Parent() b: BuurtModel,
    @Args() args: BuurtInitiatievenArgs,
    @HuidigeGebruiker() gebruiker: Gebruiker | null,
    @Context() ctx: GqlContext,
  ) {
    // One loader per request and arguments (the caller is the same for the whole request).
    return perVerzoek<string, Connection<InitiatiefModel>>(ctx, `buurtInitiatieven:${JSON.stringify(args)}`, (ids) =>
      this.service.zoekPerBuurt(ids, args, gebruiker),
    ).load(b.dbId);
  }
}

@Resolver(() => ActiviteitModel)
export class ActiviteitInitiatiefResolver {
  constructor(private readonly service: InitiatievenService) {}

  @ResolveField(() => InitiatiefModel, {
    nullable: true,
    description: 'The initiative this activity belongs to, if visible to the caller.',
  })
  async initiatief(@Parent() a: ActiviteitModel, @Context() ctx: GqlContext, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    const e = a.initiatiefDbId ? await initiatiefLoaders(ctx, this.service).initiatief.load(a.initiatiefDbId) : null;
    return e ? this.service.initiatief(e, gebruiker) : null;
  }
}
