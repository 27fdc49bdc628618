import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { DatumScalar, Tekst } from '@buurtwerk/core';

@InputType()
export class GelijkgesteldeDagInput {
  @Field(() => DatumScalar)
  @IsString()
  datum!: string;

  @Field({
    description:
      'Citation of the decree, e.g. "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag".',
  })
  @Tekst(1000)
  besluit!: string;
}
