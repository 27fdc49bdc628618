import { Args, ArgsType, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsDate } from 'class-validator';
import { DataSource } from 'typeorm';
import { DatumTijdScalar, PaginaArgs, Paginated, pagineer, Public, VerwijderingEntity } from '@buurtwerk/core';

@ObjectType('Verwijdering', { description: 'Tombstone for delta sync: this object no longer exists.' })
export class VerwijderingModel {
  @Field(() => String, { description: 'GraphQL type of the deleted object, e.g. Activiteit.' })
  entiteit!: string;
  @Field(() => ID)
  id!: string;
  @Field(() => DatumTijdScalar)
  verwijderdOp!: Date;
}

@ObjectType('VerwijderingConnection')
export class VerwijderingConnection extends Paginated(VerwijderingModel, 'Verwijdering') {}

@ArgsType()
export class VerwijderdArgs extends PaginaArgs {
  @Field(() => DatumTijdScalar)
  @IsDate()
  sinds!: Date;
}

@Resolver(() => VerwijderingModel)
export class VerwijderdResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Query(() => VerwijderingConnection, {
    description:
      'Delta sync: objects deleted since `sinds`, in a stable order. Use together with the gewijzigdSinds lists (ids only, no data).',
  })
  verwijderd(@Args() args: VerwijderdArgs) {
    const qb = this.dataSource
      .getRepository(VerwijderingEntity)
      .createQueryBuilder('v')
      .where('v.verwijderd_op >= :sinds', { sinds: args.sinds });
    return pagineer(
      qb,
      [
        { expr: 'v.verwijderd_op', waarde: (v) => v.verwijderdOp },
        { expr: 'v.id', waarde: (v) => Number(v.id) },
      ],
      args,
      (v) => Object.assign(new VerwijderingModel(), { entiteit: v.entiteit, id: v.entiteitId, verwijderdOp: v.verwijderdOp }),
    );
  }
}
