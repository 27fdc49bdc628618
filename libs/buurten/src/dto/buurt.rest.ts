import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class PuntDto {
  @ApiProperty({ example: 50.9238, description: 'WGS84 breedtegraad' })
  lat!: number;
  @ApiProperty({ example: 5.914, description: 'WGS84 lengtegraad' })
  lon!: number;
}

export class BuurtDto {
  @ApiProperty({ example: 'BU09171000', description: 'CBS-buurtcode' })
  code!: string;
  @ApiProperty({ example: 'Maria Gewanden' })
  naam!: string;
  @ApiProperty({ example: 'WK091710', description: 'CBS-wijkcode' })
  wijkcode!: string;
  @ApiProperty({ example: 'Wijk 10 Maria Gewanden en Terschuren' })
  wijknaam!: string;
  @ApiPropertyOptional({ example: 'Hoensbroek', nullable: true, type: String })
  stadsdeel!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number })
  inwoners!: number | null;
  @ApiPropertyOptional({ type: PuntDto, nullable: true })
  ligging!: PuntDto | null;
  @ApiProperty({ example: '2026-11-29T19:57:00.000Z', description: 'RFC 3339' })
  gewijzigdOp!: string;
}

export class BuurtenLijstDto {
  @ApiProperty({ type: [BuurtDto] })
  buurten!: BuurtDto[];
}
