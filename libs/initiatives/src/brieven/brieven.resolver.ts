import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Gebruiker, type GqlContext, HuidigeGebruiker, Ingelogd, isMedewerker, Rol, Rollen } from '@buurtwerk/core';
import { BesluitModel } from '../besluit.model';
import { InitiatiefModel, toInitiatiefModel } from '../initiatief.model';
import { Berichtkanaal, type BriefEntity } from './brief.entity';
import {
  BriefModel,
  BrieftekstBlokModel,
  BrieftekstInput,
  toBriefModel,
  toBrieftekstBlokModel,
  VerzendstandModel,
} from './brief.model';
import { briefLoaders } from './brieven.loader';
import { BrievenService } from './brieven.service';

const TEKSTSCHRIJVERS = [Rol.BELEIDSMEDEWERKER, Rol.BEHEERDER];

/** The letters in an initiative's file and the applicant's channel (Awb 2:14). */
@Resolver(() => InitiatiefModel)
export class InitiatiefBrievenResolver {
  constructor(private readonly brievenService: BrievenService) {}

  @ResolveField(() => [BriefModel], {
    description: 'Every letter in the file, oldest first: only for the applicant and staff (else empty).',
  })
  async brieven(i: InitiatiefModel, _args: unknown, ctx: GqlContext) {
    if (i.zicht !== 'volledig') {
      return [];
    }
    const rijen = await briefLoaders(ctx, this.brievenService).perInitiatief.load(i.dbId);
    return Promise.all(rijen.map((b) => model(b, ctx, this.brievenService)));
  }

  @ResolveField(() => VerzendstandModel, {
    nullable: true,
    description: 'Staff only: how many letters of the file wait for the mail server or failed (else null).',
  })
  async verzendstand(i: InitiatiefModel, _args: unknown, ctx: GqlContext) {
    if (i.zicht !== 'volledig' || !isMedewerker(ctx.req.gebruiker ?? null)) {
      return null;
    }
    return briefLoaders(ctx, this.brievenService).verzendstand.load(i.dbId);
  }

  @ResolveField(() => Berichtkanaal, {
    nullable: true,
    description:
      'Awb 2:14: how letters reach the applicant (their choice; else e-mail when known). Only for the applicant and staff.',
  })
  async berichtkanaal(i: InitiatiefModel) {
    return i.zicht === 'volledig' ? this.brievenService.kanaalVan(i.dbId, i.indienerEmail) : null;
  }

  @Ingelogd()
  @Mutation(() => InitiatiefModel, {
    description: 'Awb 2:14: the applicant chooses how to receive letters about this initiative.',
  })
  async berichtkanaalKiezen(
    @Args('initiatiefId', { type: () => ID }) initiatiefId: string,
    @Args('kanaal', { type: () => Berichtkanaal }) kanaal: Berichtkanaal,
    @HuidigeGebruiker() gebruiker: Gebruiker,
  ) {
    return toInitiatiefModel(await this.brievenService.kanaalKiezen(initiatiefId, kanaal, gebruiker), 'volledig');
  }

  @Rollen(...TEKSTSCHRIJVERS)
  @Query(() => [BrieftekstBlokModel], { description: "The municipality's wording of letters, per regeling ('' = default)." })
  async brieftekstBlokken(@Args('regelingCode', { type: () => String, nullable: true }) regelingCode?: string | null) {
    return (await this.brievenService.brieftekstenLijst(regelingCode)).map(toBrieftekstBlokModel);
  }

  @Rollen(...TEKSTSCHRIJVERS)
  @Mutation(() => BrieftekstBlokModel, { description: 'Word one part of one kind of letter for a regeling (or the default).' })
  async brieftekstOpslaan(@Args('input') input: BrieftekstInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    return toBrieftekstBlokModel(await this.brievenService.brieftekstOpslaan(input, gebruiker));
  }
}

@Resolver(() => BesluitModel)
export class BesluitBriefResolver {
  constructor(private readonly brievenService: BrievenService) {}

  @ResolveField(() => BriefModel, {
    nullable: true,
    description: 'The letter of this decision (the node is only for the applicant and staff).',
  })
  async brief(b: BesluitModel, _args: unknown, ctx: GqlContext) {
    const [brief] = await briefLoaders(ctx, this.brievenService).perBesluit.load(b.dbId);
    return brief && b.volledig ? model(brief, ctx, this.brievenService) : null;
  }
}

async function model(b: BriefEntity, ctx: GqlContext, service: BrievenService): Promise<BriefModel> {
  return toBriefModel(b, b.verzondenOp ? undefined : await briefLoaders(ctx, service).mailstatus.load(b.id));
}
