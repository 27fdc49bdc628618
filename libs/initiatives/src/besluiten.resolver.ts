import { ResolveField, Resolver } from '@nestjs/graphql';
import { amsterdamseDatum, type GqlContext } from '@buurtwerk/core';
import { BelangenconflictModel } from '@buurtwerk/conflict-of-interest';
import { bezwaarMogelijkTot } from '@buurtwerk/subsidieregels';
import type { BesluitEntity } from './besluit.entity';
import { BesluitModel, toBesluitModel } from './besluit.model';
import { AANVRAAGBESLUITEN } from './besluit.rules';
import { besluitLoaders } from './besluiten.loader';
import { BesluitenService } from './besluiten.service';
import { InitiatiefModel } from './initiatief.model';
import { initiatiefLoaders } from './initiatieven.loader';
import { InitiatievenService } from './initiatieven.service';

/** The decisions in an initiative's file. */
@Resolver(() => InitiatiefModel)
export class InitiatiefBesluitenResolver {
  constructor(
    private readonly besluitenService: BesluitenService,
    private readonly initiatieven: InitiatievenService,
  ) {}

  // Per-row field resolvers as plain (parent, args, context) functions (CONTRIBUTING.md).
  @ResolveField(() => BesluitModel, {
    nullable: true,
    description: 'The decision on the request (the latest grant, partial grant or refusal).',
  })
  async besluit(i: InitiatiefModel, _args: unknown, ctx: GqlContext) {
    if (!i.besluit) {
      return null;
    }
    const rijen = await besluitLoaders(ctx, this.besluitenService).perInitiatief.load(i.dbId);
    const laatste = rijen.filter((b) => AANVRAAGBESLUITEN.includes(b.soort)).at(-1);
    return laatste ? this.model(i, laatste, ctx) : null;
  }

  @ResolveField(() => [BesluitModel], {
    description: 'Every decision in the file, oldest first: only for the applicant and staff (else empty).',
  })
  async besluiten(i: InitiatiefModel, _args: unknown, ctx: GqlContext) {
    if (i.zicht !== 'volledig') {
      return [];
    }
    const rijen = await besluitLoaders(ctx, this.besluitenService).perInitiatief.load(i.dbId);
    return Promise.all(rijen.map((b) => this.model(i, b, ctx)));
  }

  private async model(i: InitiatiefModel, b: BesluitEntity, ctx: GqlContext): Promise<BesluitModel> {
    const aanvragen = await initiatiefLoaders(ctx, this.initiatieven).aanvragen.load(i.dbId);
    const aanvraagbesluit = AANVRAAGBESLUITEN.includes(b.soort);
    const voorlopig =
      b.bezwaarMogelijkTot ??
      bezwaarMogelijkTot(
        amsterdamseDatum(b.genomenOp),
        await besluitLoaders(ctx, this.besluitenService).gelijkgesteld.load('alle'),
      );
    return toBesluitModel(b, {
      verleendBedrag: aanvragen.reduce((s, a) => s + (a.toegekendBedrag ?? 0), 0),
      verschoningen: aanvraagbesluit && i.zicht === 'volledig' && i.besluit ? i.besluit.verschoningen : [],
      voorlopigBezwaarTot: voorlopig,
      volledig: i.zicht === 'volledig',
      afwijking:
        aanvraagbesluit && i.zicht === 'volledig' && i.besluit
          ? { afwijkingen: i.besluit.afwijkingen, motivering: i.besluit.afwijkingMotivering }
          : undefined,
    });
  }
}

@Resolver(() => BesluitModel)
export class BesluitResolver {
  @ResolveField(() => [BelangenconflictModel], { description: 'Who stepped aside (Awb 2:4): only for the applicant and staff.' })
  verschoningen(b: BesluitModel) {
    return b.verschoningen.map((v) =>
      Object.assign(new BelangenconflictModel(), {
        persoon: v.persoon,
        grond: v.grond,
        toelichting: v.toelichting,
        organisatieDbId: v.organisatieId,
        gebruikerId: null,
      }),
    );
  }
}
