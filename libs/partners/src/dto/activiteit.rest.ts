import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, Matches, MaxLength, ValidateBy } from 'class-validator';
import { GeheelGetalTussen, isGeldigeDatum, MAX_PAGINA } from '@buurtwerk/core';

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIJDSTIP_MELDING = 'moet een tijdstip volgens RFC 3339 zijn, bijvoorbeeld 2027-03-15T18:30:00+01:00';

/**
 * A query value as an RFC 3339 date-time; anything else becomes an invalid date, which
 * `@IsDate` then refuses by name. A `+` of the offset that arrived unencoded reads as a space
 * (form encoding): accepted as `+`, it cannot mean anything else.
 */
function naarTijdstip({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') {
    return value;
  }
  const tekst = value.trim().replace(/ (\d{2}:\d{2})$/, '+$1');
  // JavaScript would read 30 February as 2 March: the calendar date is checked on its own.
  return RFC3339.test(tekst) && isGeldigeDatum(tekst.slice(0, 10)) ? new Date(tekst) : new Date(Number.NaN);
}

/**
 * A cursor from an earlier page: opaque to clients, but checked here so a damaged one is a 400
 * naming `after` instead of a database error. Its shape is that of the keyset order of the
 * activities (a timestamp and an id).
 */
function isActiviteitCursor(waarde: unknown): boolean {
  if (typeof waarde !== 'string' || !/^[A-Za-z0-9_-]{1,500}$/.test(waarde)) {
    return false;
  }
  try {
    const delen: unknown = JSON.parse(Buffer.from(waarde, 'base64url').toString('utf8'));
    return (
      Array.isArray(delen) &&
      delen.length === 2 &&
      typeof delen[0] === 'string' &&
      RFC3339.test(delen[0]) &&
      isGeldigeDatum(delen[0].slice(0, 10)) &&
      typeof delen[1] === 'string' &&
      UUID.test(delen[1])
    );
  } catch {
    return false;
  }
}

/** Query of `GET /api/v1/activiteiten`; every value arrives as text. */
export class ActiviteitenQuery {
  @ApiPropertyOptional({ description: 'CBS-buurtcode: alleen activiteiten in deze buurt', example: 'BU09171000' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^BU\d{8}$/, { message: 'moet een CBS-buurtcode zijn, bijvoorbeeld BU09171000' })
  buurtcode?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'Alleen activiteiten die op of na dit tijdstip nog bezig zijn (RFC 3339)',
    example: '2027-03-01T00:00:00+01:00',
  })
  @IsOptional()
  @Transform(naarTijdstip)
  @IsDate({ message: TIJDSTIP_MELDING })
  vanaf?: Date;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'Alleen activiteiten die voor dit tijdstip beginnen (RFC 3339)',
    example: '2027-04-01T00:00:00+02:00',
  })
  @IsOptional()
  @Transform(naarTijdstip)
  @IsDate({ message: TIJDSTIP_MELDING })
  tot?: Date;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'Delta: alleen wat op of na dit tijdstip is gewijzigd, geordend op wijzigingstijd (RFC 3339)',
  })
  @IsOptional()
  @Transform(naarTijdstip)
  @IsDate({ message: TIJDSTIP_MELDING })
  gewijzigdSinds?: Date;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGINA,
    default: 20,
    description: `Aantal per pagina (hoogstens ${MAX_PAGINA})`,
  })
  @IsOptional()
  @Type(() => Number)
  @GeheelGetalTussen(1, MAX_PAGINA)
  first?: number;

  @ApiPropertyOptional({ description: 'Cursor uit `volgende` van de vorige pagina' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @ValidateBy({
    name: 'cursor',
    validator: {
      validate: isActiviteitCursor,
      defaultMessage: () => 'is geen geldige cursor; gebruik `volgende` uit een eerder antwoord.',
    },
  })
  after?: string;
}

export class ActiviteitDto {
  @ApiProperty({ example: 'QWN0aXZpdGVpdDo...', description: 'Stabiel id (hetzelfde als in GraphQL)' })
  id!: string;
  @ApiProperty({ example: 'Buurtmoestuin: samen zaaien' })
  titel!: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  beschrijving!: string | null;
  @ApiProperty({ type: String, format: 'date-time', description: 'RFC 3339', example: '2027-03-15T17:30:00.000Z' })
  begin!: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'RFC 3339' })
  eind!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Buurthuis De Kroon' })
  locatie!: string | null;
  @ApiProperty({ example: 'BU09171000', description: 'CBS-buurtcode' })
  buurtcode!: string;
  @ApiProperty({ example: 'Maria Gewanden' })
  buurtnaam!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Id van de organisatie (zoals in GraphQL)' })
  organisatorId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Stichting Buurtleven (voorbeeld)' })
  organisatorNaam!: string | null;
  @ApiProperty()
  vrijwilligersGezocht!: boolean;
  @ApiProperty({ description: 'Een geannuleerde activiteit blijft in de lijst, zodat afnemers haar kunnen afvoeren' })
  geannuleerd!: boolean;
  @ApiProperty({ type: String, format: 'date-time', description: 'RFC 3339' })
  gewijzigdOp!: string;
}

export class ActiviteitenLijstDto {
  @ApiProperty({ type: [ActiviteitDto] })
  activiteiten!: ActiviteitDto[];
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'Cursor voor de volgende pagina (als `after`), of null op de laatste pagina; ook als `Link`-header met rel="next"',
  })
  volgende!: string | null;
}
