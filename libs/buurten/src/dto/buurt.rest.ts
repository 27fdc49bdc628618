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

/** RFC 7946 3.1.1: a position is [lon, lat] (WGS84), optionally with a height. */
const POSITIE = { type: 'array', minItems: 2, maxItems: 3, items: { type: 'number' } };
/** RFC 7946 3.1.6: a linear ring is closed, so it has at least four positions. */
const RING = { type: 'array', minItems: 4, items: POSITIE };

/**
 * The GeoJSON (RFC 7946) answers of `Accept: application/geo+json`, for the OpenAPI document:
 * a Feature per buurt with the buurt's outline as geometry (Polygon or MultiPolygon; null when
 * the outline is unknown) and the same fields as the JSON answer as properties.
 */
export function buurtFeatureSchema(eigenschappen: string): Record<string, unknown> {
  return {
    type: 'object',
    description: 'GeoJSON Feature (RFC 7946): de buurt met haar (gegeneraliseerde) grens in WGS84',
    required: ['type', 'id', 'geometry', 'properties'],
    properties: {
      type: { type: 'string', enum: ['Feature'] },
      id: { type: 'string', example: 'BU09171000', description: 'CBS-buurtcode' },
      geometry: {
        oneOf: [
          {
            type: 'object',
            title: 'Polygon',
            required: ['type', 'coordinates'],
            properties: { type: { type: 'string', enum: ['Polygon'] }, coordinates: { type: 'array', items: RING } },
          },
          {
            type: 'object',
            title: 'MultiPolygon',
            required: ['type', 'coordinates'],
            properties: {
              type: { type: 'string', enum: ['MultiPolygon'] },
              coordinates: { type: 'array', items: { type: 'array', items: RING } },
            },
          },
          // RFC 7946 3.2: an unlocated Feature has geometry null.
          { type: 'object', title: 'Geen grens', nullable: true, enum: [null] },
        ],
      },
      properties: { $ref: eigenschappen },
    },
  };
}

export function buurtFeatureCollectionSchema(eigenschappen: string): Record<string, unknown> {
  return {
    type: 'object',
    description: 'GeoJSON FeatureCollection (RFC 7946) van alle buurten',
    required: ['type', 'features'],
    properties: {
      type: { type: 'string', enum: ['FeatureCollection'] },
      features: { type: 'array', items: buurtFeatureSchema(eigenschappen) },
    },
  };
}
