import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { GeheelGetalTussen } from '@buurtwerk/core';
import { BijeenkomstStatus } from '../netwerkbijeenkomst.entity';

/** Query of `GET /api/v1/netwerkbijeenkomsten`; every value arrives as text. */
export class NetwerkbijeenkomstenQuery {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 2000,
    maximum: 2200,
    example: 2027,
    description: 'Kalenderjaar (Europe/Amsterdam) waarin de bijeenkomst begint',
  })
  @IsOptional()
  @Type(() => Number)
  @GeheelGetalTussen(2000, 2200)
  jaar?: number;
}

/** A meeting as published: no attendee data (docs/domein.md, invariant 12), only counts. */
export class NetwerkbijeenkomstDto {
  @ApiProperty({ description: 'Stabiel id (hetzelfde als in GraphQL)' })
  id!: string;
  @ApiProperty({ example: 'Netwerkbijeenkomst voorjaar' })
  titel!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Eenzaamheid in de buurt' })
  thema!: string | null;
  @ApiProperty({ type: String, format: 'date-time', description: 'RFC 3339', example: '2027-03-15T17:30:00.000Z' })
  begin!: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'RFC 3339', example: '2027-03-15T20:00:00.000Z' })
  eind!: string;
  @ApiProperty({ example: 'BU09171000', description: 'CBS-buurtcode van de gastbuurt' })
  buurtcode!: string;
  @ApiProperty({ example: 'Maria Gewanden' })
  buurtnaam!: string;
  @ApiProperty({ example: 'Buurthuis, Kerkstraat 1' })
  locatie!: string;
  @ApiProperty({ type: 'integer', example: 60 })
  capaciteit!: number;
  @ApiProperty({ type: 'integer', description: 'Vrije plaatsen (aanmelden kan daarna nog, op de wachtlijst)' })
  plaatsenBeschikbaar!: number;
  @ApiProperty({ enum: BijeenkomstStatus, enumName: 'BijeenkomstStatus' })
  status!: BijeenkomstStatus;
}

export class NetwerkbijeenkomstenLijstDto {
  @ApiProperty({ type: [NetwerkbijeenkomstDto] })
  netwerkbijeenkomsten!: NetwerkbijeenkomstDto[];
}
