import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  GeheimeArgumenten,
  CentenScalar,
  DatumTijdScalar,
  type Gebruiker,
  type GqlContext,
  HuidigeGebruiker,
  isMedewerker,
  Public,
  Rol,
  Rollen,
  klok,
} from '@buurtwerk/core';
import { type BuurtEntity, buurtLoaders, BuurtenService, BuurtModel, toBuurtModel } from '@buurtwerk/buurten';
import { initiatiefLoaders, InitiatiefModel, InitiatievenService } from '@buurtwerk/initiatives';
import { Stemregel } from './begroting.entity';
import { begrotingLoaders, gestemdLoader } from './begroting.loader';
import { BegrotingsprojectModel, BegrotingsrondeModel, BijdrageModel, toBegrotingsprojectModel } from './begroting.model';
import { BegrotingService } from './begroting.service';
import { BegrotingsprojectInput, BegrotingsrondeInput } from './dto/begroting.input';

const BEHEER = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER] as const;

const isGesloten = (r: BegrotingsrondeModel): boolean => r.stemmenTot.getTime() <= klok.ms();

@Resolver(() => BegrotingsrondeModel)
export class BegrotingsrondeResolver {
  constructor(
    private readonly service: BegrotingService,
    private readonly buurtenService: BuurtenService,
  ) {}

  @Public()
  @Query(() => [BegrotingsrondeModel], { description: 'Citizen-budget rounds, latest closing first.' })
  begrotingsrondes() {
    return this.service.rondesLijst();
  }

  @Rollen(...BEHEER)
  @Query(() => Boolean, {
    description: 'Counts the stored ballots of a closed round again: true when that gives exactly the stored result.',
  })
  begrotingsuitslagControleren(@Args('rondeId', { type: () => ID }) rondeId: string) {
    return this.service.hertel(rondeId);
  }

  @Rollen(...BEHEER)
  @Mutation(() => BegrotingsrondeModel)
  begrotingsrondeAanmaken(@Args('input') input: BegrotingsrondeInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.rondeAanmaken(input, gebruiker);
  }

  @Rollen(...BEHEER)
  @Mutation(() => BegrotingsprojectModel, { description: 'Adds a project; only before voting starts.' })
  begrotingsprojectToevoegen(@Args('input') input: BegrotingsprojectInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.projectToevoegen(input, gebruiker);
  }

  @Rollen(Rol.BEWONER)
  @GeheimeArgumenten('projectIds', 'punten')
  @Mutation(() => BegrotingsrondeModel, {
    description:
      "Casts (or replaces) your ballot. Only residents of the round's buurten (buurtcode claim), only while voting is open. PUNTEN rounds: `punten` parallel to projectIds.",
  })
  begrotingStemUitbrengen(
    @Args('rondeId', { type: () => ID }) rondeId: string,
    @Args('projectIds', { type: () => [ID] }) projectIds: string[],
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Args('punten', { type: () => [Int], nullable: true }) punten?: number[] | null,
  ) {
    return this.service.stemUitbrengen(rondeId, projectIds, punten ?? null, gebruiker);
  }

  @Rollen(...BEHEER)
  @GeheimeArgumenten('projectIds', 'punten')
  @Mutation(() => BegrotingsrondeModel, {
    description: 'Staff enter a paper ballot; `stemcode` is the code printed on it, so each paper ballot counts once.',
  })
  papierenStembiljetInvoeren(
    @Args('rondeId', { type: () => ID }) rondeId: string,
    @Args('stemcode') stemcode: string,
    @Args('projectIds', { type: () => [ID] }) projectIds: string[],
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Args('punten', { type: () => [Int], nullable: true }) punten?: number[] | null,
  ) {
    return this.service.papierenStembiljetInvoeren(rondeId, stemcode, projectIds, punten ?? null, gebruiker);
  }

  @Rollen(...BEHEER)
  @Mutation(() => BegrotingsrondeModel, {
    description:
      'Creates a closed round from a pabulib .pb file (amounts in euros) and counts it, e.g. to re-count a public round.',
  })
  begrotingsrondeImporteren(
    @Args('pb') pb: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Args('naam', { type: () => String, nullable: true }) naam?: string | null,
    @Args('regel', { type: () => Stemregel, nullable: true }) regel?: Stemregel | null,
  ) {
    return this.service.importeren(pb, naam ?? null, regel ?? null, gebruiker);
  }

  @ResolveField(() => [BuurtModel])
  async buurten(@Parent() r: BegrotingsrondeModel, @Context() ctx: GqlContext) {
    const ids = await begrotingLoaders(ctx, this.service).buurtIds.load(r.dbId);
    const buurten = await buurtLoaders(ctx, this.buurtenService).buurt.loadMany(ids);
    return buurten
      .filter((b): b is BuurtEntity => b !== null && !(b instanceof Error))
      .map(toBuurtModel)
      .sort((a, b) => a.naam.localeCompare(b.naam));
  }

  @ResolveField(() => [BegrotingsprojectModel])
  async projecten(@Parent() r: BegrotingsrondeModel, @Context() ctx: GqlContext) {
    return (await begrotingLoaders(ctx, this.service).projecten.load(r.dbId)).map(toBegrotingsprojectModel);
  }

  @ResolveField(() => Int, { description: 'Ballots cast: online and paper together.' })
  async aantalStemmers(@Parent() r: BegrotingsrondeModel, @Context() ctx: GqlContext) {
    return (await begrotingLoaders(ctx, this.service).deelname.load(r.dbId)).aantal;
  }

  @ResolveField(() => Int, { description: 'Of aantalStemmers, the paper ballots entered by staff.' })
  async aantalPapierenStembiljetten(@Parent() r: BegrotingsrondeModel, @Context() ctx: GqlContext) {
    return (await begrotingLoaders(ctx, this.service).deelname.load(r.dbId)).papier;
  }

  @ResolveField(() => Boolean)
  gesloten(@Parent() r: BegrotingsrondeModel) {
    return isGesloten(r);
  }

  @ResolveField(() => [BegrotingsprojectModel], {
    nullable: true,
    description: 'Null until voting has closed. The chosen projects, in the order they were chosen.',
  })
  async uitslag(@Parent() r: BegrotingsrondeModel, @Context() ctx: GqlContext) {
    if (!isGesloten(r)) {
      return null;
    }
    const loaders = begrotingLoaders(ctx, this.service);
    const [uitslag, projecten] = await Promise.all([loaders.uitslag.load(r.dbId), loaders.projecten.load(r.dbId)]);
    if (!uitslag?.telling) {
      return null;
    }
    const perCode = new Map(projecten.map((p) => [p.code, p]));
    return uitslag.telling.volgorde.map((code) => toBegrotingsprojectModel(perCode.get(code)!));
  }

  @ResolveField(() => CentenScalar, { nullable: true, description: 'Total cost of the chosen projects (after closing).' })
  async totaleKosten(@Parent() r: BegrotingsrondeModel, @Context() ctx: GqlContext) {
    const uitslag = isGesloten(r) ? await begrotingLoaders(ctx, this.service).uitslag.load(r.dbId) : null;
    return uitslag?.telling ? Number(uitslag.telling.totaleKosten) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why there is no result (yet): voting still open, or the count was refused. Null when there is a result.',
  })
  async uitslagMelding(@Parent() r: BegrotingsrondeModel, @Context() ctx: GqlContext) {
    if (!isGesloten(r)) {
      return 'De stemming loopt nog; de uitslag wordt berekend zodra de stemming sluit.';
    }
    const uitslag = await begrotingLoaders(ctx, this.service).uitslag.load(r.dbId);
    return uitslag?.geweigerd ?? null;
  }

  @ResolveField(() => DatumTijdScalar, { nullable: true, description: 'When the result was computed (once, at closing).' })
  async berekendOp(@Parent() r: BegrotingsrondeModel, @Context() ctx: GqlContext) {
    const uitslag = isGesloten(r) ? await begrotingLoaders(ctx, this.service).uitslag.load(r.dbId) : null;
    return uitslag?.berekendOp ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The counting version the result was computed with.' })
  async regelVersie(@Parent() r: BegrotingsrondeModel, @Context() ctx: GqlContext) {
    const uitslag = isGesloten(r) ? await begrotingLoaders(ctx, this.service).uitslag.load(r.dbId) : null;
    return uitslag ? `${uitslag.regelSleutel}; ${uitslag.regelVersie}; add1 +${uitslag.add1Ophoging} cent` : null;
  }

  @ResolveField(() => Boolean, { nullable: true, description: 'Whether you (signed in) have a ballot in this round.' })
  heeftGestemd(@Parent() r: BegrotingsrondeModel, @Context() ctx: GqlContext, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    return gebruiker ? gestemdLoader(ctx, this.service, gebruiker).load(r.dbId) : null;
  }

  @ResolveField(() => BijdrageModel, {
    nullable: true,
    description: 'Equal Shares, after closing: what you (signed in) paid from your share, per chosen project.',
  })
  async mijnBijdrage(
    @Parent() r: BegrotingsrondeModel,
    @Context() ctx: GqlContext,
    @HuidigeGebruiker() gebruiker: Gebruiker | null,
  ) {
    if (!gebruiker || !isGesloten(r)) {
      return null;
    }
    const loaders = begrotingLoaders(ctx, this.service);
    const [uitslag, projecten] = await Promise.all([loaders.uitslag.load(r.dbId), loaders.projecten.load(r.dbId)]);
    return this.service.mijnBijdrage(r.dbId, uitslag, projecten.map(toBegrotingsprojectModel), gebruiker);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Staff (BELEIDSMEDEWERKER, BEHEERDER): the closed round as a pabulib .pb file with anonymised ballots, amounts in euros. Null while voting is open.',
  })
  pbExport(@Parent() r: BegrotingsrondeModel, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    return this.service.pbExport(r.dbId, gebruiker);
  }
}

@Resolver(() => BegrotingsprojectModel)
export class BegrotingsprojectResolver {
  constructor(
    private readonly service: BegrotingService,
    private readonly initiatieven: InitiatievenService,
  ) {}

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Ballots that chose this project: public after closing (no live tallies while voting), staff see it live.',
  })
  async aantalStemmen(
    @Parent() p: BegrotingsprojectModel,
    @Context() ctx: GqlContext,
    @HuidigeGebruiker() gebruiker: Gebruiker | null,
  ) {
    const loaders = begrotingLoaders(ctx, this.service);
    const ronde = await loaders.ronde.load(p.rondeDbId);
    if (!ronde || (ronde.stemmenTot.getTime() > klok.ms() && !isMedewerker(gebruiker))) {
      return null;
    }
    return (await loaders.stemmen.load(p.rondeDbId)).get(p.dbId) ?? 0;
  }

  @ResolveField(() => Boolean, { nullable: true, description: 'Null until voting has closed.' })
  async gekozen(@Parent() p: BegrotingsprojectModel, @Context() ctx: GqlContext) {
    const telling = await this.telling(p, ctx);
    return telling ? telling.gekozen.includes(p.code) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'After closing: in plain Dutch, why this project was or was not chosen.',
  })
  async uitleg(@Parent() p: BegrotingsprojectModel, @Context() ctx: GqlContext) {
    const telling = await this.telling(p, ctx);
    return telling?.uitleg.find((u) => u.projectId === p.code)?.tekst ?? null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'After closing, the stable code of the reason: GEKOZEN_GELIJKE_DELEN, GEKOZEN_GRETIG, GEKOZEN_KOSTELOOS, NIET_GEEN_STEUN, NIET_BUDGET_STEMMERS_OP, NIET_PAST_NIET, NIET_GEEN_NUT.',
  })
  async uitlegReden(@Parent() p: BegrotingsprojectModel, @Context() ctx: GqlContext) {
    const telling = await this.telling(p, ctx);
    return telling?.uitleg.find((u) => u.projectId === p.code)?.reden ?? null;
  }

  @ResolveField(() => InitiatiefModel, {
    nullable: true,
    description: 'The initiative this project came from, if visible to you.',
  })
  async initiatief(
    @Parent() p: BegrotingsprojectModel,
    @Context() ctx: GqlContext,
    @HuidigeGebruiker() gebruiker: Gebruiker | null,
  ) {
    const e = p.initiatiefDbId ? await initiatiefLoaders(ctx, this.initiatieven).initiatief.load(p.initiatiefDbId) : null;
    return e ? this.initiatieven.initiatief(e, gebruiker) : null;
  }

  private async telling(p: BegrotingsprojectModel, ctx: GqlContext) {
    const loaders = begrotingLoaders(ctx, this.service);
    const ronde = await loaders.ronde.load(p.rondeDbId);
    if (!ronde || ronde.stemmenTot.getTime() > klok.ms()) {
      return null;
    }
    return (await loaders.uitslag.load(p.rondeDbId))?.telling ?? null;
  }
}
