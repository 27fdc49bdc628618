import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class JaarverslagArgs {
  @Field(() => Int, { description: 'Calendar year (Europe/Amsterdam).' })
  @IsInt()
  jaar!: number;

  @Field(() => ID, { nullable: true, description: 'The report of one buurt.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  buurtId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The report of one stadsdeel.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  stadsdeelId?: string | null;
}
