import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Standpunt } from '../participatie.entity';

/** One reaction in a participation report: its position, who (kind) and what was done with it. No words of residents. */
export class OpenDataVerslagAntwoordDto {
  @ApiPropertyOptional({ enum: Standpunt, enumName: 'Standpunt', nullable: true })
  standpunt!: Standpunt | null;
  @ApiProperty({ example: 'bewoner', description: '"bewoner", of de naam van de partnerorganisatie' })
  van!: string;
  @ApiProperty({ example: '2027-03-14' })
  ontvangenOp!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Wat de gemeente ermee deed; leeg zolang onbeantwoord' })
  antwoord!: string | null;
}

/** The participation report of a published plan (Omgevingswet), computed from the record. */
export class OpenDataParticipatieverslagDto {
  @ApiProperty({ description: 'Stabiel id van de participatie (hetzelfde als in GraphQL)' })
  participatieId!: string;
  @ApiProperty({ example: 'Herinrichting Pancratiusplein' })
  titel!: string;
  @ApiProperty({ example: 'Ruimtelijke ontwikkeling' })
  afdeling!: string;
  @ApiProperty()
  vraag!: string;
  @ApiProperty({ type: [String], example: ['Terschuren'] })
  buurten!: string[];
  @ApiProperty({ description: 'Aantal buurtregisseurs dat vóór publicatie is geïnformeerd' })
  aantalGeinformeerdeRegisseurs!: number;
  @ApiProperty({ example: '2027-03-01', description: 'Datum waarop de buurtregisseurs zijn geïnformeerd' })
  regisseursGeinformeerdOp!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-03-02' })
  gepubliceerdOp!: string | null;
  @ApiProperty({ example: '2027-03-02' })
  openVan!: string;
  @ApiProperty({ example: '2027-03-30' })
  openTot!: string;
  @ApiProperty()
  reacties!: number;
  @ApiProperty()
  voor!: number;
  @ApiProperty()
  tegen!: number;
  @ApiProperty()
  neutraal!: number;
  @ApiProperty()
  zonderStandpunt!: number;
  @ApiProperty()
  vanBewoners!: number;
  @ApiProperty()
  vanPartners!: number;
  @ApiProperty()
  beantwoord!: number;
  @ApiProperty()
  onbeantwoord!: number;
  @ApiProperty({ type: [OpenDataVerslagAntwoordDto] })
  antwoorden!: OpenDataVerslagAntwoordDto[];
}

export class OpenDataParticipatieverslagenDto {
  @ApiProperty({ type: [OpenDataParticipatieverslagDto] })
  verslagen!: OpenDataParticipatieverslagDto[];
}
