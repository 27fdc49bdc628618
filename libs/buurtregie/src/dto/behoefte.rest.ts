import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { BehoefteBron, BehoefteSoort, BehoefteStatus } from '../behoefte.entity';

/** Query of `GET /api/v1/open-data/buurtagenda`; every value arrives as text. */
export class OpenDataBuurtagendaQuery {
  @ApiPropertyOptional({ description: 'CBS-buurtcode: alleen de agenda van deze buurt', example: 'BU09171000' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^BU\d{8}$/, { message: 'moet een CBS-buurtcode zijn, bijvoorbeeld BU09171000' })
  buurtcode?: string;
}

/**
 * One need of a buurtagenda as open data. No personal data (docs/domein.md, invariant 12): not who
 * brought it in or who supports it, only how many; a partner organisation is named.
 */
export class OpenDataBehoefteDto {
  @ApiProperty({ description: 'Stabiel id (hetzelfde als in GraphQL)' })
  id!: string;
  @ApiProperty({ example: 'BU09171001' })
  buurtcode!: string;
  @ApiProperty({ example: 'Terschuren' })
  buurtnaam!: string;
  @ApiProperty({ enum: BehoefteSoort, enumName: 'BehoefteSoort' })
  soort!: BehoefteSoort;
  @ApiProperty({ example: 'ontmoeting' })
  thema!: string;
  @ApiProperty({ example: 'Een plek om elkaar te ontmoeten' })
  titel!: string;
  @ApiProperty()
  omschrijving!: string;
  @ApiProperty({ enum: BehoefteBron, enumName: 'BehoefteBron' })
  bron!: BehoefteBron;
  @ApiProperty({
    enum: [BehoefteStatus.OPEN, BehoefteStatus.OPGEPAKT, BehoefteStatus.BEANTWOORD, BehoefteStatus.VERVALLEN],
    enumName: 'OpenDataBehoefteStatus',
  })
  status!: BehoefteStatus;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Alleen als een partnerorganisatie het inbracht' })
  organisatieNaam!: string | null;
  @ApiProperty({ description: 'Aantal bewoners dat de behoefte steunt' })
  steun!: number;
  @ApiProperty({ description: 'Aantal gekoppelde initiatieven' })
  initiatieven!: number;
  @ApiProperty({ description: 'Aantal gekoppelde activiteiten' })
  activiteiten!: number;
  @ApiProperty({ description: 'Aantal gekoppelde plannen' })
  plannen!: number;
  @ApiProperty({ description: 'Aantal gekoppelde signalen' })
  signalen!: number;
  @ApiProperty({ example: '2027-03-14', description: 'Datum van inbreng (Europe/Amsterdam)' })
  ingebrachtOp!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-09-01' })
  beantwoordOp!: string | null;
}

export class OpenDataBuurtagendaDto {
  @ApiProperty({ type: [OpenDataBehoefteDto] })
  behoeften!: OpenDataBehoefteDto[];
}
