import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, ValidateBy } from 'class-validator';
import { isGeldigeDatum, parseGlobalId } from '@buurtwerk/core';
import { AmbtsdragerFunctie } from '../belangenconflict.entity';

function isIdVan(type: string): PropertyDecorator {
  return ValidateBy({
    name: `id${type}`,
    validator: {
      validate: (waarde: unknown) => typeof waarde === 'string' && parseGlobalId(waarde)?.type === type,
      defaultMessage: () => `is geen geldig id van een ${type.toLowerCase()}.`,
    },
  });
}

/** Query of `GET /api/v1/nevenfunctieregister`; every value arrives as text. */
export class NevenfunctieregisterQuery {
  @ApiPropertyOptional({
    type: String,
    format: 'date',
    example: '2027-03-15',
    description: 'Alleen nevenfuncties die op deze datum liepen; zonder peildatum de hele geschiedenis',
  })
  @IsOptional()
  @ValidateBy({
    name: 'datum',
    validator: {
      validate: (waarde: unknown) => typeof waarde === 'string' && isGeldigeDatum(waarde),
      defaultMessage: () => 'moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2027-03-15',
    },
  })
  peildatum?: string;

  @ApiPropertyOptional({ description: 'Alleen de nevenfuncties van deze ambtsdrager (id zoals in GraphQL)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @isIdVan('Ambtsdrager')
  ambtsdragerId?: string;

  @ApiPropertyOptional({ description: 'Alleen de nevenfuncties bij deze organisatie (id zoals in GraphQL)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @isIdVan('Organisatie')
  organisatieId?: string;
}

/**
 * One entry of the public register (Gemeentewet art. 12, 41b). The office holder's sign-in
 * identity (`gebruikerId`) is an internal link for conflict detection and never published.
 */
export class NevenfunctieDto {
  @ApiProperty({ description: 'Stabiel id (hetzelfde als in GraphQL)' })
  id!: string;
  @ApiProperty({ description: 'Id van de ambtsdrager (zoals in GraphQL)' })
  ambtsdragerId!: string;
  @ApiProperty({ example: 'J. Jansen' })
  ambtsdragerNaam!: string;
  @ApiProperty({ enum: AmbtsdragerFunctie, enumName: 'AmbtsdragerFunctie' })
  ambtsdragerFunctie!: AmbtsdragerFunctie;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Partij voor Heerlen' })
  partij!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Id van de organisatie, als die in het systeem staat' })
  organisatieId!: string | null;
  @ApiProperty({ example: 'Stichting Buurtleven' })
  organisatieNaam!: string;
  @ApiProperty({ example: 'Voorzitter' })
  functie!: string;
  @ApiProperty()
  bezoldigd!: boolean;
  @ApiProperty({ type: String, format: 'date', example: '2026-01-01' })
  vanaf!: string;
  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Einddatum; beëindigde functies blijven in het register',
  })
  tot!: string | null;
  @ApiProperty({ type: String, format: 'date-time', description: 'RFC 3339' })
  gemeldOp!: string;
}

export class NevenfunctieregisterDto {
  @ApiProperty({ type: [NevenfunctieDto] })
  nevenfuncties!: NevenfunctieDto[];
}
