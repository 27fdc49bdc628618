import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { AanvragerSoort, Schaal } from '@buurtwerk/subsidieregels';
import { InitiatiefStatus } from '../initiatief.entity';

/** Query of `GET /api/v1/open-data/initiatieven`; every value arrives as text. */
export class OpenDataInitiatievenQuery {
  @ApiPropertyOptional({ description: 'CBS-buurtcode: alleen initiatieven in deze buurt', example: 'BU09171000' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^BU\d{8}$/, { message: 'moet een CBS-buurtcode zijn, bijvoorbeeld BU09171000' })
  buurtcode?: string;
}

/**
 * A granted initiative as open data. No personal data (docs/domein.md, invariant 12): no name, e-mail,
 * phone or address of the initiator, not even their `sub`; an applying organisation is named.
 */
export class OpenDataInitiatiefDto {
  @ApiProperty({ description: 'Stabiel id (hetzelfde als in GraphQL)' })
  id!: string;
  @ApiProperty({ example: 'INI-2027-0042' })
  referentie!: string;
  @ApiProperty({ example: 'Straatfeest Terschuren' })
  titel!: string;
  @ApiProperty({
    enum: [InitiatiefStatus.TOEGEKEND, InitiatiefStatus.UITGEVOERD, InitiatiefStatus.VASTGESTELD],
    enumName: 'OpenDataInitiatiefStatus',
  })
  status!: InitiatiefStatus;
  @ApiProperty({ enum: Schaal, enumName: 'Schaal' })
  schaal!: Schaal;
  @ApiProperty({ enum: AanvragerSoort, enumName: 'AanvragerSoort' })
  aanvragerSoort!: AanvragerSoort;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Alleen als een organisatie aanvraagt' })
  organisatieNaam!: string | null;
  @ApiProperty({ type: [String], example: ['BU09171001'], description: 'CBS-buurtcodes' })
  buurtcodes!: string[];
  @ApiProperty({ type: [String], example: ['Terschuren'] })
  buurtnamen!: string[];
  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    example: 50000,
    description: 'Toegekend bedrag in eurocenten (som over de aanvragen); null als er geen geld is gevraagd',
  })
  toegekendBedrag!: number | null;
  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    example: 40000,
    description: 'Vastgesteld bedrag in eurocenten (na afloop, nooit hoger dan toegekend); null tot de vaststelling',
  })
  vastgesteldBedrag!: number | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Datum van het besluit (Europe/Amsterdam)' })
  besluitDatum!: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  startdatum!: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  einddatum!: string | null;
}

export class OpenDataInitiatievenDto {
  @ApiProperty({ type: [OpenDataInitiatiefDto] })
  initiatieven!: OpenDataInitiatiefDto[];
}
