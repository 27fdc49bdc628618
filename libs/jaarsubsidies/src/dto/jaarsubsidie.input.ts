import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CentenScalar, DatumScalar, JsonScalar, OptioneleTekst, Tekst } from '@buurtwerk/core';
import { BegrotingSoort, LagereVaststellingGrond, Voorschotschema, WijzigingSoort } from '../jaarsubsidie.entity';

registerEnumType(BegrotingSoort, {
  name: 'BegrotingSoort',
  description: 'A cost line, own income, or a subsidy from someone else.',
});
registerEnumType(Voorschotschema, { name: 'Voorschotschema', description: 'Advances per quarter or per month (Awb 4:95).' });
registerEnumType(WijzigingSoort, {
  name: 'JaarsubsidieWijzigingSoort',
  description: 'What kind of change is reported (Awb 4:38).',
});
registerEnumType(LagereVaststellingGrond, {
  name: 'LagereVaststellingGrond',
  description: 'Awb 4:46 lid 2: the grounds for settling below the grant.',
});

const MMDD = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType()
export class JaarvoorwaardeInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{1,40}$/, { message: 'is een code in hoofdletters, cijfers en _' })
  code!: string;

  @Field()
  @Tekst(500)
  omschrijving!: string;

  /** Checked by the service (known operators and facts only). */
  @Field(() => JsonScalar, { description: 'JSON Logic over the facts of a yearly application (JAARFEITNAMEN).' })
  @Allow()
  regel!: unknown;
}

@InputType({ description: 'The yearly cycle of a subsidy rule for buurtorganisaties.' })
export class JaarsubsidieregelingInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_-]{1,40}$/, { message: 'is een code in hoofdletters, cijfers, - en _' })
  code!: string;

  @Field()
  @Tekst(200)
  naam!: string;

  @Field({ description: 'The code of the subsidieregeling whose ceiling per book year holds the money.' })
  @Tekst(60)
  regelingCode!: string;

  @Field({ description: 'Last day to apply, MM-DD in the year before the book year (moved per the Atw).' })
  @Matches(MMDD, { message: 'is een dag als MM-DD, bijvoorbeeld 10-01' })
  aanvraagUiterlijk!: string;

  @Field({ description: 'Last day to render account, MM-DD in the year after the book year (Awb 4:44 lid 2).' })
  @Matches(MMDD, { message: 'is een dag als MM-DD, bijvoorbeeld 05-01' })
  verantwoordingUiterlijk!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Awb 4:44: the new term in days when no account came in time (28 when left out).',
  })
  @IsOptional()
  @IsInt()
  @Min(7)
  @Max(90)
  nieuweTermijnDagen?: number | null;

  @Field(() => Voorschotschema)
  @IsEnum(Voorschotschema)
  voorschotschema!: Voorschotschema;

  @Field(() => Int, { description: 'Share of the grant paid in advances (Awb 4:95), 0–100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  voorschotProcent!: number;

  @Field(() => CentenScalar, { description: "From this granted amount the account needs an accountant's statement." })
  @IsInt()
  @Min(0)
  accountantsverklaringVanaf!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Awb 4:38: a budget shift above this % of a line must be reported (10 when left out).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  meldingsdrempelProcent?: number | null;

  @Field(() => CentenScalar, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  maximumBedrag?: number | null;

  @Field(() => [Int], {
    nullable: true,
    description: 'Days before the account deadline that a reminder goes out (28 and 7 when left out).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(120, { each: true })
  herinneringDagen?: number[] | null;

  @Field(() => [JaarvoorwaardeInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => JaarvoorwaardeInput)
  voorwaarden?: JaarvoorwaardeInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Awb 4:37–4:38: obligations of every grant under this rule.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  verplichtingen?: string[] | null;
}

@InputType()
export class JaaractiviteitInput {
  @Field({ description: 'A short code of the activity in the plan, e.g. A1.' })
  @Matches(/^[A-Za-z0-9_-]{1,20}$/, { message: 'is een korte code, bijvoorbeeld A1' })
  code!: string;

  @Field()
  @Tekst(1000)
  omschrijving!: string;

  @Field(() => [String], { description: 'CBS buurtcodes (BU...).' })
  @IsArray()
  @ArrayMinSize(1, { message: 'noem minstens één buurt' })
  @ArrayMaxSize(60)
  @Matches(/^BU\d{8}$/, { each: true, message: 'is een CBS-buurtcode als BU09171000' })
  buurtcodes!: string[];

  @Field(() => [String])
  @IsArray()
  @ArrayMinSize(1, { message: 'noem minstens één doelgroep' })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  doelgroepen!: string[];

  @Field({ description: 'The unit of the planned output, e.g. "bijeenkomsten" or "deelnemers".' })
  @Tekst(60)
  eenheid!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  gepland!: number;
}

@InputType()
export class BegrotingsregelInput {
  @Field()
  @Matches(/^[A-Za-z0-9_-]{1,20}$/, { message: 'is een korte code, bijvoorbeeld K1' })
  code!: string;

  @Field()
  @Tekst(300)
  omschrijving!: string;

  @Field(() => BegrotingSoort)
  @IsEnum(BegrotingSoort)
  soort!: BegrotingSoort;

  @Field(() => CentenScalar)
  @IsInt()
  @Min(0)
  bedrag!: number;
}

@InputType()
export class VorigJaarInput {
  @Field(() => CentenScalar)
  @IsInt()
  @Min(0)
  kosten!: number;

  @Field(() => CentenScalar)
  @IsInt()
  @Min(0)
  inkomsten!: number;

  @Field(() => CentenScalar)
  @IsInt()
  @Min(0)
  subsidie!: number;

  @Field(() => Int, { nullable: true, description: 'People reached last year.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  bereik?: number | null;
}

@InputType({ description: 'An application for a yearly subsidy for one book year (Awb 4:1–4:2).' })
export class JaaraanvraagInput {
  @Field(() => ID, { description: 'The rule (Jaarsubsidieregeling).' })
  @IsString()
  @MaxLength(200)
  regelingId!: string;

  @Field(() => ID, { description: 'The organisation; the caller must be linked to it.' })
  @IsString()
  @MaxLength(200)
  organisatieId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  boekjaar!: number;

  @Field(() => CentenScalar)
  @IsInt()
  @Min(1)
  gevraagdBedrag!: number;

  @Field({ description: 'Where the letters go.' })
  @IsEmail({}, { message: 'is geen geldig e-mailadres' })
  @MaxLength(200)
  contactEmail!: string;

  @Field(() => [JaaractiviteitInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'noem minstens één activiteit' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => JaaractiviteitInput)
  activiteiten!: JaaractiviteitInput[];

  @Field(() => [BegrotingsregelInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'noem minstens één begrotingsregel' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => BegrotingsregelInput)
  begroting!: BegrotingsregelInput[];

  @Field(() => VorigJaarInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VorigJaarInput)
  vorigJaar?: VorigJaarInput | null;
}

@InputType({ description: 'Awb 4:29–4:34: the grant for the year; optionally multi-year under the budget proviso (Awb 4:34).' })
export class JaarsubsidieVerlenenInput {
  @Field(() => CentenScalar)
  @IsInt()
  @Min(1)
  bedrag!: number;

  @Field(() => Int, { nullable: true, description: 'Multi-year: the last book year of the grant; later years under Awb 4:34.' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  meerjarigTot?: number | null;

  @Field({ description: 'Awb 3:46: the reasons.' })
  @Tekst(10000)
  motivering!: string;

  @Field(() => [String], { nullable: true, description: 'Obligations for this grant on top of the rule’s (Awb 4:37–4:38).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  extraVerplichtingen?: string[] | null;
}

@InputType({ description: 'Awb 4:38: a material change the organisation reports during the year.' })
export class JaarsubsidieWijzigingInput {
  @Field(() => WijzigingSoort)
  @IsEnum(WijzigingSoort)
  soort!: WijzigingSoort;

  @Field()
  @Tekst(5000)
  omschrijving!: string;

  @Field(() => String, { nullable: true, description: 'The activity code that lapses, or the cost line a shift moves from.' })
  @OptioneleTekst(20)
  betreft?: string | null;

  @Field(() => CentenScalar, { nullable: true, description: 'For a budget shift: the amount moved.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  bedrag?: number | null;
}

@InputType({ description: 'Staff change the grant during the year (Awb 4:48–4:50; on a reported change, Awb 4:38).' })
export class JaarsubsidieWijzigenInput {
  @Field(() => CentenScalar)
  @IsInt()
  @Min(0)
  bedrag!: number;

  @Field()
  @Tekst(10000)
  motivering!: string;

  @Field(() => [ID], { nullable: true, description: 'The reported changes this decision deals with.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  wijzigingIds?: string[] | null;
}

@InputType()
export class RealisatieActiviteitInput {
  @Field()
  @IsString()
  @MaxLength(20)
  code!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  gerealiseerd!: number;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(2000)
  toelichting?: string | null;
}

@InputType()
export class RealisatieBegrotingInput {
  @Field()
  @IsString()
  @MaxLength(20)
  code!: string;

  @Field(() => CentenScalar)
  @IsInt()
  @Min(0)
  gerealiseerd!: number;
}

@InputType({ description: 'Awb 4:44: the account after the year: realised output and the financial statement.' })
export class JaarverantwoordingInput {
  @Field(() => [RealisatieActiviteitInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RealisatieActiviteitInput)
  activiteiten!: RealisatieActiviteitInput[];

  @Field(() => [RealisatieBegrotingInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RealisatieBegrotingInput)
  begroting!: RealisatieBegrotingInput[];

  @Field({ description: 'The activity report: what was done, for whom, what went differently.' })
  @Tekst(20000)
  verslag!: string;

  @Field(() => String, {
    nullable: true,
    description: "The accountant's statement (its kenmerk), required from the rule's amount.",
  })
  @OptioneleTekst(200)
  accountantsverklaring?: string | null;
}

@InputType()
export class KortingInput {
  @Field({ description: 'The budget line (code).' })
  @IsString()
  @MaxLength(20)
  code!: string;

  @Field(() => CentenScalar)
  @IsInt()
  @Min(0)
  bedrag!: number;

  @Field(() => LagereVaststellingGrond, { nullable: true })
  @IsOptional()
  @IsEnum(LagereVaststellingGrond)
  grond?: LagereVaststellingGrond | null;

  @Field(() => String, { nullable: true })
  @OptioneleTekst(5000)
  motivering?: string | null;
}

@InputType({ description: 'Awb 4:46: the settlement, at the grant unless reasons per line say otherwise.' })
export class JaarsubsidieVaststellenInput {
  @Field(() => [KortingInput], { nullable: true, description: 'Lines settled lower; none: settled at the grant.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => KortingInput)
  kortingen?: KortingInput[] | null;

  @Field()
  @Tekst(10000)
  motivering!: string;
}

@InputType({ description: 'Awb 4:44: settlement ex officio after the account did not come, also not in the new term.' })
export class AmbtshalveVaststellingInput {
  @Field(() => CentenScalar)
  @IsInt()
  @Min(0)
  bedrag!: number;

  @Field()
  @Tekst(10000)
  motivering!: string;
}

@InputType()
export class BetalingenVerwerktInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsString({ each: true })
  betalingIds!: string[];

  @Field(() => DatumScalar)
  @IsString()
  betaaldOp!: string;
}
