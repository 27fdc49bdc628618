import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { VrijwilligersThema } from '../vrijwilligers.entity';

/** Query of `GET /api/v1/vrijwilligersverzoeken`; every value arrives as text. */
export class VrijwilligersverzoekenQuery {
  @ApiPropertyOptional({ example: 'BU09171001', description: 'Alleen vragen in deze buurt (CBS-buurtcode)' })
  @IsOptional()
  @Matches(/^BU\d{8}$/i, { message: 'moet een CBS-buurtcode zijn, zoals BU09171001' })
  buurtcode?: string;

  @ApiPropertyOptional({ enum: VrijwilligersThema, enumName: 'VrijwilligersThema' })
  @IsOptional()
  @IsEnum(VrijwilligersThema, { message: `moet een van ${Object.values(VrijwilligersThema).join(', ')} zijn` })
  thema?: VrijwilligersThema;
}

/** An open request for volunteers as published: never who signed up. */
export class VrijwilligersverzoekDto {
  @ApiProperty({ description: 'Stabiel id (hetzelfde als in GraphQL)' })
  id!: string;
  @ApiProperty({ example: 'Helpen bij de moestuin' })
  titel!: string;
  @ApiProperty()
  beschrijving!: string;
  @ApiProperty({ enum: VrijwilligersThema, enumName: 'VrijwilligersThema' })
  thema!: VrijwilligersThema;
  @ApiProperty({ type: String, format: 'date-time', description: 'RFC 3339', example: '2027-05-15T08:00:00.000Z' })
  begin!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'RFC 3339' })
  eind!: string | null;
  @ApiProperty({ example: 'BU09171001', description: 'CBS-buurtcode' })
  buurtcode!: string;
  @ApiProperty({ example: 'Heerlen-Centrum' })
  buurtnaam!: string;
  @ApiProperty({ example: 'Buurttuin, Kerkstraat 1' })
  locatie!: string;
  @ApiProperty({ type: 'integer', description: 'Hoeveel vrijwilligers nodig zijn' })
  aantal!: number;
  @ApiProperty({ type: 'integer', description: 'Vrije plaatsen (aanmelden kan daarna nog, op de wachtlijst)' })
  plaatsenBeschikbaar!: number;
  @ApiProperty({ type: [String] })
  vaardigheden!: string[];
  @ApiPropertyOptional({ type: 'integer', nullable: true })
  minimumLeeftijd!: number | null;
  @ApiProperty({ description: 'Een Verklaring Omtrent het Gedrag is nodig' })
  vogNodig!: boolean;
  @ApiProperty({ example: 'Buurtpunt Centrum', description: 'De organisatie of de titel van het initiatief' })
  organisator!: string;
}

export class VrijwilligersverzoekenLijstDto {
  @ApiProperty({ type: [VrijwilligersverzoekDto] })
  vrijwilligersverzoeken!: VrijwilligersverzoekDto[];
}
