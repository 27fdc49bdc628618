import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { JaarverslagSchaal } from '../jaarverslag.rules';

/** Query of `GET /api/v1/open-data/jaarverslag`; every value arrives as text. */
export class OpenDataJaarverslagQuery {
  @ApiProperty({ description: 'Kalenderjaar', example: 2027 })
  @Type(() => Number)
  @IsInt({ message: 'moet een jaartal zijn, bijvoorbeeld 2027' })
  jaar!: number;

  @ApiPropertyOptional({ description: 'CBS-buurtcode: het verslag van deze buurt', example: 'BU09171000' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^BU\d{8}$/, { message: 'moet een CBS-buurtcode zijn, bijvoorbeeld BU09171000' })
  buurtcode?: string;

  @ApiPropertyOptional({ description: 'Id van een stadsdeel (als in GraphQL): het verslag van dat stadsdeel' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  stadsdeelId?: string;
}

/** One figure of the year report (long format); no personal data. */
export class OpenDataJaarcijferDto {
  @ApiProperty({ example: 2027 })
  jaar!: number;
  @ApiProperty({ enum: JaarverslagSchaal, enumName: 'JaarverslagSchaal' })
  schaal!: string;
  @ApiProperty({ example: 'Heerlen' })
  gebied!: string;
  @ApiProperty({
    description:
      'initiatieven, geld, plafonds, beslistermijnen, activiteiten, netwerkbijeenkomsten, signalen, behoeften, panel, concierges',
    example: 'initiatieven',
  })
  onderdeel!: string;
  @ApiProperty({ example: 'toegekend' })
  kenmerk!: string;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Aantal, bedrag in centen, dagen of procent (zie kenmerk)' })
  waarde!: number | null;
}

export class OpenDataJaarverslagDto {
  @ApiProperty({ type: [OpenDataJaarcijferDto] })
  cijfers!: OpenDataJaarcijferDto[];
}
