import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  amsterdamseDatum,
  isMedewerker,
  type Gebruiker,
  type GqlContext,
  HuidigeGebruiker,
  Ingelogd,
  perVerzoek,
  Rol,
  Rollen,
  klok,
} from '@buurtwerk/core';
import { type GelijkgesteldeDagen, SubsidieregelsService } from '@buurtwerk/subsidieregels';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InitiatiefModel, toInitiatiefModel, type TermijnBron } from './initiatief.model';
import { BesluitModel } from './besluit.model';
import { AANVRAAGBESLUITEN } from './besluit.rules';
import { initiatiefLoaders } from './initiatieven.loader';
import { InitiatievenService } from './initiatieven.service';
import { DwangsomModel, toDwangsomModel } from './dwangsom.model';
import { dwangsomStand } from './dwangsom.rules';
import { DwangsomService, ingebrekestellingBeletsel } from './dwangsom.service';
import type { InitiatiefEntity } from './initiatief.entity';

/** The days equated with holidays, read once per request and only when a penalty is shown. */
function vrijeDagen(ctx: GqlContext, regels: SubsidieregelsService, dataSource: DataSource): Promise<GelijkgesteldeDagen> {
  return perVerzoek<string, GelijkgesteldeDagen>(ctx, 'gelijkgesteldeDagen', async (sleutels) => {
    const dagen = await regels.dagenVoorTermijnen(dataSource.manager);
    return sleutels.map(() => dagen);
  }).load('alle');
}

async function dwangsomVoor(
  bron: TermijnBron,
  ctx: GqlContext,
  regels: SubsidieregelsService,
  dataSource: DataSource,
): Promise<DwangsomModel | null> {
  if (!bron.ingebrekestellingOntvangen) {
    return null;
  }
  const vrij = await vrijeDagen(ctx, regels, dataSource);
  const stand = dwangsomStand(bron.ingebrekestellingOntvangen, bron.dwangsomGestoptOp, amsterdamseDatum(klok.nu()), vrij);
  return toDwangsomModel(stand, bron);
}

@Resolver(() => InitiatiefModel)
export class DwangsomResolver {
  constructor(
    private readonly service: DwangsomService,
    private readonly regels: SubsidieregelsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Ingelogd()
  @Mutation(() => InitiatiefModel, {
    description:
      'Awb 4:17: the initiator gives notice of default, once, after the decision term passed without a decision. The penalty accrues from two weeks later.',
  })
  ingebrekestellingIndienen(@Args('id', { type: () => ID }) id: string, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return this.service.ingebrekestellingIndienen(id, gebruiker);
  }

  @Rollen(Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER)
  @Mutation(() => InitiatiefModel, {
    description:
      'Awb 4:18: after the penalty stopped, decide on it: owed at the statutory amount, or not owed (Awb 4:17 lid 3), with reasons. Once.',
  })
  dwangsomVaststellen(
    @Args('id', { type: () => ID }) id: string,
    @Args('verschuldigd') verschuldigd: boolean,
    @Args('motivering') motivering: string,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return this.service.dwangsomVaststellen(id, verschuldigd, motivering, gebruiker);
  }

  @ResolveField(() => DwangsomModel, {
    nullable: true,
    description:
      'Awb 4:17: the penalty after a notice of default (accrued days and amount); null without one. Only for the initiator and staff.',
  })
  dwangsom(@Parent() i: InitiatiefModel, @Context() ctx: GqlContext) {
    return i.zicht === 'volledig' ? dwangsomVoor(i.termijnBron, ctx, this.regels, this.dataSource) : null;
  }

  @ResolveField(() => Boolean, {
    description:
      'Awb 4:17: whether the caller, the initiator, can give notice of default now (the term passed, no decision, not yet given).',
  })
  ingebrekestellingMogelijk(@Parent() i: InitiatiefModel, @HuidigeGebruiker() gebruiker: Gebruiker | null): boolean {
    if (!gebruiker || i.termijnBron.indienerSub !== gebruiker.sub) {
      return false;
    }
    return ingebrekestellingBeletsel(i.termijnBron as InitiatiefEntity, amsterdamseDatum(klok.nu())) === null;
  }
}

@Resolver(() => BesluitModel)
export class BesluitDwangsomResolver {
  constructor(
    private readonly regels: SubsidieregelsService,
    private readonly initiatieven: InitiatievenService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => DwangsomModel, {
    nullable: true,
    description:
      'Awb 4:17: on the decision on the request, the penalty owed for deciding late (it stopped on the day of this decision); null without a notice of default, on other kinds, and for anyone but the applicant and staff.',
  })
  async dwangsom(@Parent() b: BesluitModel, @Context() ctx: GqlContext, @HuidigeGebruiker() gebruiker: Gebruiker | null) {
    if (!AANVRAAGBESLUITEN.includes(b.soort)) {
      return null;
    }
    const e = await initiatiefLoaders(ctx, this.initiatieven).initiatief.load(b.initiatiefDbId);
    if (!e || !gebruiker || (e.indienerSub !== gebruiker.sub && !isMedewerker(gebruiker))) {
      return null;
    }
    return dwangsomVoor(toInitiatiefModel(e, 'volledig').termijnBron, ctx, this.regels, this.dataSource);
  }
}
