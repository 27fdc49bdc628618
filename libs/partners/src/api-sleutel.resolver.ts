import {
  Args,
  Context,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsOptional, IsString } from 'class-validator';
import {
  ApiSleutelService,
  type ApiSleutelEntity,
  DatumTijdScalar,
  fromGlobalId,
  type Gebruiker,
  type GqlContext,
  HuidigeGebruiker,
  Rol,
  Rollen,
  Tekst,
  toGlobalId,
} from '@buurtwerk/core';
import { OrganisatieModel, toOrganisatieModel } from './organisatie.model';
import { partnerLoaders } from './partners.loader';
import { PartnersService } from './partners.service';

@ObjectType('ApiSleutel')
export class ApiSleutelModel {
  @Field(() => ID)
  id!: string;
  @Field()
  naam!: string;
  @Field(() => [String], { description: 'lezen, activiteiten:schrijven, signalen:schrijven' })
  scopes!: string[];
  @Field(() => DatumTijdScalar)
  aangemaaktOp!: Date;
  @Field(() => DatumTijdScalar, { nullable: true })
  laatstGebruiktOp!: Date | null;
  @Field(() => DatumTijdScalar, { nullable: true })
  ingetrokkenOp!: Date | null;
  organisatieDbId!: string | null;
}

@ObjectType('ApiSleutelAangemaakt')
export class ApiSleutelAangemaaktModel {
  @Field({ description: 'The secret key. Shown only now: store it safely, it cannot be retrieved again.' })
  sleutel!: string;
  @Field(() => ApiSleutelModel)
  apiSleutel!: ApiSleutelModel;
}

@InputType()
export class ApiSleutelInput {
  @Field()
  @Tekst(200)
  naam!: string;

  @Field(() => [String])
  @ArrayNotEmpty()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  scopes!: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  organisatieId?: string | null;
}

function toApiSleutelModel(e: ApiSleutelEntity): ApiSleutelModel {
  return Object.assign(new ApiSleutelModel(), {
    id: toGlobalId('ApiSleutel', e.id),
    naam: e.naam,
    scopes: e.scopes,
    aangemaaktOp: e.aangemaaktOp,
    laatstGebruiktOp: e.laatstGebruiktOp,
    ingetrokkenOp: e.ingetrokkenOp,
    organisatieDbId: e.organisatieId,
  });
}

/** API keys for partner systems (Heerlen StandBy and others), managed by a BEHEERDER. */
@Resolver(() => ApiSleutelModel)
export class ApiSleutelResolver {
  constructor(
    private readonly sleutels: ApiSleutelService,
    private readonly partners: PartnersService,
  ) {}

  @Rollen(Rol.BEHEERDER)
  @Query(() => [ApiSleutelModel])
  async apiSleutels() {
    return (await this.sleutels.lijst()).map(toApiSleutelModel);
  }

  @Rollen(Rol.BEHEERDER)
  @Mutation(() => ApiSleutelAangemaaktModel)
  async apiSleutelAanmaken(@Args('input') input: ApiSleutelInput, @HuidigeGebruiker() gebruiker: Gebruiker) {
    const organisatieId = input.organisatieId ? fromGlobalId(input.organisatieId, 'Organisatie', 'input.organisatieId') : null;
    const { sleutel, entiteit } = await this.partners.apiSleutelAanmaken(
      { naam: input.naam.trim(), scopes: input.scopes, organisatieId, door: gebruiker.sub },
      this.sleutels,
    );
    return Object.assign(new ApiSleutelAangemaaktModel(), { sleutel, apiSleutel: toApiSleutelModel(entiteit) });
  }

  @Rollen(Rol.BEHEERDER)
  @Mutation(() => ApiSleutelModel)
  async apiSleutelIntrekken(@Args('id', { type: () => ID }) id: string) {
    return toApiSleutelModel(await this.sleutels.trekIn(fromGlobalId(id, 'ApiSleutel', 'id')));
  }

  @ResolveField(() => OrganisatieModel, { nullable: true })
  async organisatie(@Parent() s: ApiSleutelModel, @Context() ctx: GqlContext) {
    const org = s.organisatieDbId ? await partnerLoaders(ctx, this.partners).organisatie.load(s.organisatieDbId) : null;
    return org ? toOrganisatieModel(org) : null;
  }
}
