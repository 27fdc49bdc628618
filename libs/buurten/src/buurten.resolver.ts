import { Args, Float, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GqlContext, Public, Rol, Rollen } from '@buurtwerk/core';
import {
  BuurtModel,
  MedewerkerModel,
  StadsdeelModel,
  toBuurtModel,
  toMedewerkerModel,
  toStadsdeelModel,
  toWijkModel,
  WijkModel,
} from './buurt.model';
import { buurtLoaders } from './buurten.loader';
import { BuurtenService } from './buurten.service';
import { MedewerkerInput } from './dto/medewerker.input';

@Resolver(() => BuurtModel)
export class BuurtResolver {
  constructor(private readonly service: BuurtenService) {}

  @Public()
  @Query(() => [StadsdeelModel])
  stadsdelen() {
    return this.service.alleStadsdelen();
  }

  @Public()
  @Query(() => [BuurtModel], { description: 'Buurten, optionally of one stadsdeel; `zoek` ignores case and accents.' })
  buurten(
    @Args('stadsdeelId', { type: () => ID, nullable: true }) stadsdeelId?: string,
    @Args('zoek', { type: () => String, nullable: true }) zoek?: string,
  ) {
    return this.service.zoekBuurten(stadsdeelId, zoek?.slice(0, 200));
  }

  @Public()
  @Query(() => BuurtModel, { nullable: true })
  buurt(
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('code', { type: () => String, nullable: true }) code?: string,
  ) {
    return this.service.buurt(id, code);
  }

  @Public()
  @Query(() => BuurtModel, {
    nullable: true,
    description:
      "PC6 postcode with optional house number ('6411 AB', '6411AB 12'), resolved through the national address service (PDOK Locatieserver).",
  })
  buurtBijPostcode(
    @Args('postcode') postcode: string,
    @Args('huisnummer', { type: () => Int, nullable: true }) huisnummer?: number,
  ) {
    return this.service.buurtBijPostcode(postcode.slice(0, 50), huisnummer);
  }

  @Public()
  @Query(() => BuurtModel, {
    nullable: true,
    description: "The buurt that contains a WGS84 point (e.g. the resident's location).",
  })
  buurtBijLocatie(@Args('lat', { type: () => Float }) lat: number, @Args('lon', { type: () => Float }) lon: number) {
    return this.service.buurtBijLocatie(lat, lon);
  }

  // Per-row field resolvers take (parent, args, context) without parameter decorators: @nestjs/graphql
  // then binds them as plain functions (no Nest context, pipes or promise chain per field per row;
  // guards and interceptors never run on field resolvers here). Use @Parent()/@Args() only where the
  // arguments are client input that the validation pipe must see.
  @ResolveField(() => WijkModel)
  async wijk(buurt: BuurtModel, _args: unknown, ctx: GqlContext) {
    const wijk = await buurtLoaders(ctx, this.service).wijk.load(buurt.wijkDbId);
    return toWijkModel(wijk!);
  }

  @ResolveField(() => StadsdeelModel, { nullable: true })
  async stadsdeel(buurt: BuurtModel, _args: unknown, ctx: GqlContext) {
    const loaders = buurtLoaders(ctx, this.service);
    const wijk = await loaders.wijk.load(buurt.wijkDbId);
    const sd = wijk?.stadsdeelId ? await loaders.stadsdeel.load(wijk.stadsdeelId) : null;
    return sd ? toStadsdeelModel(sd) : null;
  }

  @ResolveField(() => MedewerkerModel, { nullable: true })
  async buurtregisseur(buurt: BuurtModel, _args: unknown, ctx: GqlContext) {
    const m = await buurtLoaders(ctx, this.service).regisseur.load(buurt.dbId);
    return m ? toMedewerkerModel(m) : null;
  }
}

@Resolver(() => WijkModel)
export class WijkResolver {
  constructor(private readonly service: BuurtenService) {}

  @ResolveField(() => StadsdeelModel, { nullable: true })
  async stadsdeel(wijk: WijkModel, _args: unknown, ctx: GqlContext) {
    const sd = wijk.stadsdeelDbId ? await buurtLoaders(ctx, this.service).stadsdeel.load(wijk.stadsdeelDbId) : null;
    return sd ? toStadsdeelModel(sd) : null;
  }

  @ResolveField(() => [BuurtModel])
  async buurten(wijk: WijkModel, _args: unknown, ctx: GqlContext) {
    return (await buurtLoaders(ctx, this.service).buurtenVanWijk.load(wijk.dbId)).map(toBuurtModel);
  }
}

@Resolver(() => StadsdeelModel)
export class StadsdeelResolver {
  constructor(private readonly service: BuurtenService) {}

  @ResolveField(() => [WijkModel])
  async wijken(sd: StadsdeelModel, _args: unknown, ctx: GqlContext) {
    return (await buurtLoaders(ctx, this.service).wijkenVanStadsdeel.load(sd.dbId)).map(toWijkModel);
  }

  @ResolveField(() => [BuurtModel])
  async buurten(sd: StadsdeelModel, _args: unknown, ctx: GqlContext) {
    return (await buurtLoaders(ctx, this.service).buurtenVanStadsdeel.load(sd.dbId)).map(toBuurtModel);
  }
}

@Resolver(() => MedewerkerModel)
export class MedewerkerResolver {
  constructor(private readonly service: BuurtenService) {}

  @Rollen(Rol.BEHEERDER, Rol.BELEIDSMEDEWERKER)
  @Mutation(() => MedewerkerModel)
  medewerkerRegistreren(@Args('input') input: MedewerkerInput) {
    return this.service.medewerkerRegistreren(input);
  }

  @ResolveField(() => [BuurtModel])
  async buurten(m: MedewerkerModel, _args: unknown, ctx: GqlContext) {
    return (await buurtLoaders(ctx, this.service).buurtenVanMedewerker.load(m.dbId)).map(toBuurtModel);
  }
}
