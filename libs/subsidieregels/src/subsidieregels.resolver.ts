import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DatumScalar, type Gebruiker, type GqlContext, HuidigeGebruiker, Public, Rol, Rollen, toGlobalId } from '@buurtwerk/core';
import { buurtLoaders, BuurtenService, StadsdeelModel } from '@buurtwerk/buurten';
import {
  InstrumentInput,
  InstrumentWijzigingInput,
  SubsidieplafondInput,
  SubsidieregelingInput,
} from './dto/subsidieregeling.input';
import {
  InstrumentModel,
  SubsidieplafondModel,
  SubsidieregelingModel,
  toSubsidieplafondModel,
  toSubsidieregelingModel,
} from './subsidieregeling.model';
import { subsidieLoaders } from './subsidieregels.loader';
import { SubsidieregelsService } from './subsidieregels.service';

const REGELBEHEER = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];

@Resolver(() => InstrumentModel)
export class InstrumentResolver {
  constructor(private readonly service: SubsidieregelsService) {}

  @Public()
  @Query(() => [InstrumentModel])
  menukaart(@Args('alleenActief', { type: () => Boolean, nullable: true, defaultValue: true }) alleenActief: boolean) {
    return this.service.menukaart(alleenActief !== false);
  }

  @Rollen(...REGELBEHEER)
  @Mutation(() => InstrumentModel)
  instrumentToevoegen(@Args('input') input: InstrumentInput) {
    return this.service.instrumentToevoegen(input);
  }

  @Rollen(...REGELBEHEER)
  @Mutation(() => InstrumentModel)
  instrumentDeactiveren(@Args('id', { type: () => ID }) id: string) {
    return this.service.instrumentDeactiveren(id);
  }

  @Rollen(...REGELBEHEER)
  @Mutation(() => InstrumentModel, {
    description:
      'Changes the texts and the rule of a menukaart item (its soort stays); submitted requests keep their rule version.',
  })
  instrumentWijzigen(@Args('id', { type: () => ID }) id: string, @Args('input') input: InstrumentWijzigingInput) {
    return this.service.instrumentWijzigen(id, input);
  }

  @Rollen(...REGELBEHEER)
  @Mutation(() => InstrumentModel, { description: 'Puts an item that was taken off the menukaart back on it.' })
  instrumentActiveren(@Args('id', { type: () => ID }) id: string) {
    return this.service.instrumentActiveren(id);
  }

  @ResolveField(() => SubsidieregelingModel, {
    nullable: true,
    description: 'The subsidy rule that governs it (required for FINANCIELE_BIJDRAGE).',
  })
  async regeling(@Parent() i: InstrumentModel, @Context() ctx: GqlContext) {
    if (!i.regelingCode) {
      return null;
    }
    const r = await subsidieLoaders(ctx, this.service).huidigeRegeling.load(i.regelingCode);
    return r ? toSubsidieregelingModel(r) : null;
  }
}

@Resolver(() => SubsidieregelingModel)
export class SubsidieregelingResolver {
  constructor(private readonly service: SubsidieregelsService) {}

  @Public()
  @Query(() => [SubsidieregelingModel])
  subsidieregelingen(@Args('peildatum', { type: () => DatumScalar, nullable: true }) peildatum?: string) {
    return this.service.subsidieregelingen(peildatum);
  }

  @Rollen(...REGELBEHEER)
  @Mutation(() => SubsidieregelingModel)
  subsidieregelingVaststellen(@Args('input') input: SubsidieregelingInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.subsidieregelingVaststellen(input, gebruiker);
  }

  @Rollen(...REGELBEHEER)
  @Mutation(() => SubsidieplafondModel)
  subsidieplafondVaststellen(@Args('input') input: SubsidieplafondInput) {
    return this.service.subsidieplafondVaststellen(input);
  }

  @ResolveField(() => [SubsidieplafondModel])
  async plafonds(@Parent() r: SubsidieregelingModel, @Context() ctx: GqlContext) {
    return (await subsidieLoaders(ctx, this.service).plafonds.load(r.code)).map(toSubsidieplafondModel);
  }
}

@Resolver(() => SubsidieplafondModel)
export class SubsidieplafondResolver {
  constructor(private readonly buurten: BuurtenService) {}

  @ResolveField(() => StadsdeelModel, { nullable: true })
  async stadsdeel(@Parent() p: SubsidieplafondModel, @Context() ctx: GqlContext) {
    const sd = p.stadsdeelDbId ? await buurtLoaders(ctx, this.buurten).stadsdeel.load(p.stadsdeelDbId) : null;
    return sd ? Object.assign(new StadsdeelModel(), { id: toGlobalId('Stadsdeel', sd.id), dbId: sd.id, naam: sd.naam }) : null;
  }
}
