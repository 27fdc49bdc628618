import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength } from 'class-validator';
import { DatumScalar, DatumTijdScalar, MailStatus, toGlobalId } from '@buurtwerk/core';
import { Berichtkanaal, BriefBlok, type BriefEntity, BriefSoort, type BrieftekstEntity } from './brief.entity';

registerEnumType(BriefSoort, {
  name: 'BriefSoort',
  valuesMap: {
    ONTVANGSTBEVESTIGING: { description: 'Awb 4:3a: the request was received.' },
    AANVULLINGSVERZOEK: { description: 'Awb 4:5: information is missing; the decision term is suspended (4:15).' },
    BESLUIT: { description: 'A decision with its reasons and the objection notice (Awb 3:45-3:47).' },
    VERDAGING: { description: 'Awb 4:14: the decision takes longer; the new term and why (not a decision).' },
    BEZWAAR_ONTVANGST: { description: 'Awb 6:14: the objection was received.' },
    BESLISSING_OP_BEZWAAR: { description: 'Awb 7:11-7:12: the decision on an objection, with the notice of appeal (Awb 8:1).' },
  },
});
registerEnumType(Berichtkanaal, {
  name: 'Berichtkanaal',
  description: 'Awb 2:14: how the applicant receives letters.',
  valuesMap: {
    EMAIL: { description: 'By e-mail, with the letter as PDF.' },
    PORTAAL: { description: 'As a notification in the Buurtportaal.' },
  },
});
registerEnumType(BriefBlok, { name: 'BriefBlok', description: 'A part of a letter the municipality words itself.' });

export enum Verzendstatus {
  WACHTEND = 'WACHTEND',
  VERZONDEN = 'VERZONDEN',
  MISLUKT = 'MISLUKT',
  GEPLAATST = 'GEPLAATST',
}
registerEnumType(Verzendstatus, {
  name: 'Verzendstatus',
  valuesMap: {
    WACHTEND: { description: 'The mail is in the outbox (or being retried).' },
    VERZONDEN: { description: 'The mail was delivered to the mail server: the letter is sent.' },
    MISLUKT: { description: 'Delivery failed after every retry: staff must make the letter known another way.' },
    GEPLAATST: { description: 'Placed in the Buurtportaal (the applicant chose that channel).' },
  },
});

@ObjectType('Brief', { description: 'A letter in the file, stored unchangeably (sha256 of the PDF).' })
export class BriefModel {
  @Field(() => ID)
  id!: string;

  @Field(() => BriefSoort)
  soort!: BriefSoort;

  @Field({ description: 'Ons kenmerk, e.g. INI-2027-0042/3.' })
  kenmerk!: string;

  @Field()
  onderwerp!: string;

  @Field(() => DatumScalar, { description: 'Dagtekening.' })
  datum!: string;

  @Field(() => Berichtkanaal)
  kanaal!: Berichtkanaal;

  @Field(() => Verzendstatus)
  verzendstatus!: Verzendstatus;

  @Field(() => DatumTijdScalar, { nullable: true, description: 'When the mail was delivered or the letter placed (Awb 3:41).' })
  verzondenOp!: Date | null;

  @Field({ description: 'sha256 (hex) of the PDF as stored and sent.' })
  sha256!: string;

  @Field({ description: 'The letter as an accessible HTML page.' })
  html!: string;

  @Field({ description: 'Download of the PDF (GET with the same bearer token).' })
  pdfUrl!: string;

  @Field({ description: 'The HTML page (GET with the same bearer token).' })
  htmlUrl!: string;

  dbId!: string;
}

export function toBriefModel(e: BriefEntity, mail: { status: MailStatus } | undefined): BriefModel {
  const verzendstatus = e.verzondenOp
    ? e.kanaal === Berichtkanaal.PORTAAL
      ? Verzendstatus.GEPLAATST
      : Verzendstatus.VERZONDEN
    : mail?.status === MailStatus.MISLUKT
      ? Verzendstatus.MISLUKT
      : Verzendstatus.WACHTEND;
  return Object.assign(new BriefModel(), {
    id: toGlobalId('Brief', e.id),
    dbId: e.id,
    soort: e.soort,
    kenmerk: e.kenmerk,
    onderwerp: e.onderwerp,
    datum: e.datum,
    kanaal: e.kanaal,
    verzendstatus,
    verzondenOp: e.verzondenOp,
    sha256: e.sha256,
    html: e.html,
    pdfUrl: `/api/v1/brieven/${e.id}.pdf`,
    htmlUrl: `/api/v1/brieven/${e.id}.html`,
  });
}

@ObjectType('Verzendstand', { description: "Where the letters of a file stand with the mail server (staff's work queue)." })
export class VerzendstandModel {
  @Field(() => Int, { description: 'Letters waiting for the mail server (or being retried).' })
  wachtend!: number;

  @Field(() => Int, {
    description: 'Letters whose mail failed after every retry: staff must make them known another way (Awb 3:41).',
  })
  mislukt!: number;
}

@ObjectType('BrieftekstBlok', { description: "The municipality's wording of one part of one kind of letter, per regeling." })
export class BrieftekstBlokModel {
  @Field({ description: 'The regeling code; empty for the default of every regeling.' })
  regelingCode!: string;

  @Field({
    description:
      'ONTVANGSTBEVESTIGING, AANVULLINGSVERZOEK, VERDAGING, a BesluitSoort (TOEKENNING, AFWIJZING, ...), BEZWAAR_ONTVANGST or BESLISSING_OP_BEZWAAR.',
  })
  briefsoort!: string;

  @Field(() => BriefBlok)
  blok!: BriefBlok;

  @Field({
    description:
      'Plain text; paragraphs separated by an empty line; placeholders {naam} {referentie} {titel} {periode} {verantwoordenUiterlijk}.',
  })
  tekst!: string;

  @Field(() => DatumTijdScalar)
  gewijzigdOp!: Date;
}

export function toBrieftekstBlokModel(e: BrieftekstEntity): BrieftekstBlokModel {
  return Object.assign(new BrieftekstBlokModel(), {
    regelingCode: e.regelingCode,
    briefsoort: e.briefsoort,
    blok: e.blok,
    tekst: e.tekst,
    gewijzigdOp: e.gewijzigdOp,
  });
}

@InputType()
export class BrieftekstInput {
  @Field({ description: 'The regeling code; empty for the default.' })
  @IsString()
  @MaxLength(100)
  regelingCode!: string;

  @Field()
  @IsString()
  @MaxLength(60)
  briefsoort!: string;

  @Field(() => BriefBlok)
  @IsEnum(BriefBlok)
  blok!: BriefBlok;

  @Field({ description: 'Empty: the regeling uses the default again (for the default itself: the block is left out).' })
  @IsString()
  @MaxLength(4000)
  tekst!: string;
}
