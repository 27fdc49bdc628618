import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DatumTijdScalar, Node, toGlobalId } from '@buurtwerk/core';
import { PersoonsgegevenVeld } from '@buurtwerk/privacy';
import {
  type VrijwilligersaanmeldingEntity,
  type VrijwilligersprofielEntity,
  type VrijwilligersverzoekEntity,
  VerzoekStatus,
  VrijwilligerStatus,
  VrijwilligersThema,
} from './vrijwilligers.entity';
import { staatOpen, TOESTEMMING } from './vrijwilligers.rules';

registerEnumType(VerzoekStatus, { name: 'VrijwilligersverzoekStatus' });
registerEnumType(VrijwilligerStatus, {
  name: 'VrijwilligerStatus',
  valuesMap: {
    AANGEMELD: { description: 'Has one of the places.' },
    WACHTLIJST: { description: 'On the waiting list; moves up in order of receipt when someone withdraws.' },
    AFGEMELD: { description: 'Withdrawn.' },
  },
});
registerEnumType(VrijwilligersThema, { name: 'VrijwilligersThema' });

@ObjectType('Vrijwilligersverzoek', {
  implements: () => [Node],
  description: 'A request for volunteers by an organisation or a granted initiative. Public; who signed up is not.',
})
export class VrijwilligersverzoekModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'What the volunteers will do.' })
  titel!: string;
  @Field()
  beschrijving!: string;
  @Field(() => VrijwilligersThema)
  thema!: VrijwilligersThema;
  @Field(() => DatumTijdScalar)
  begin!: Date;
  @Field(() => DatumTijdScalar, { nullable: true })
  eind!: Date | null;
  @Field()
  locatie!: string;
  @Field(() => Int, { description: 'How many volunteers are needed.' })
  aantal!: number;
  @Field(() => Int, { description: 'Places still free; after that signing up puts you on the waiting list.' })
  plaatsenBeschikbaar!: number;
  @Field(() => Int, { description: 'How many are on the waiting list.' })
  wachtlijst!: number;
  @Field(() => [String])
  vaardigheden!: string[];
  @Field(() => Int, { nullable: true })
  minimumLeeftijd!: number | null;
  @Field({ description: 'A certificate of conduct (VOG) is needed.' })
  vogNodig!: boolean;
  @Field(() => VerzoekStatus)
  status!: VerzoekStatus;
  @Field({ description: 'Open for sign-ups now (open and not over).' })
  open!: boolean;
  @Field({ description: "The organisation's name or the initiative's title." })
  organisatorNaam!: string;
  @Field(() => ID, { nullable: true })
  organisatieId!: string | null;
  @Field(() => ID, { nullable: true })
  initiatiefId!: string | null;
  @Field({ description: 'The consent text a volunteer agrees to when signing up.' })
  toestemmingstekst!: string;
  @Field(() => DatumTijdScalar)
  geplaatstOp!: Date;
  dbId!: string;
  buurtDbId!: string;
  organisatieDbId!: string | null;
  initiatiefDbId!: string | null;
}

@ObjectType('Vrijwilligersaanmelding', { description: "A volunteer's own sign-up (only they see it)." })
export class VrijwilligersaanmeldingModel {
  @Field(() => ID)
  id!: string;
  @Field(() => VrijwilligerStatus)
  status!: VrijwilligerStatus;
  @Field(() => Int, { nullable: true, description: 'Position on the waiting list (1-based), null when not waiting.' })
  wachtlijstPositie!: number | null;
  @Field({ description: 'The organiser confirmed you.' })
  bevestigd!: boolean;
  @Field(() => DatumTijdScalar)
  aangemeldOp!: Date;
  verzoekDbId!: string;
}

@ObjectType('Vrijwilliger', { description: 'A sign-up as the organiser of the request sees it: personal data, organiser only.' })
export class VrijwilligerModel {
  @Field(() => ID)
  id!: string;
  @PersoonsgegevenVeld()
  @Field()
  naam!: string;
  @PersoonsgegevenVeld()
  @Field()
  email!: string;
  @PersoonsgegevenVeld()
  @Field(() => String, { nullable: true })
  telefoon!: string | null;
  @PersoonsgegevenVeld()
  @Field(() => String, { nullable: true })
  toelichting!: string | null;
  @Field(() => VrijwilligerStatus)
  status!: VrijwilligerStatus;
  @Field(() => Int, { nullable: true })
  wachtlijstPositie!: number | null;
  @Field(() => DatumTijdScalar, { nullable: true, description: 'When the organiser confirmed this volunteer.' })
  bevestigdOp!: Date | null;
  @Field(() => DatumTijdScalar)
  aangemeldOp!: Date;
}

@ObjectType('Vrijwilligersprofiel', { description: "A resident's light volunteer profile (only they see it)." })
export class VrijwilligersprofielModel {
  @Field(() => [VrijwilligersThema])
  interesses!: VrijwilligersThema[];
  @Field(() => String, { nullable: true })
  beschikbaarheid!: string | null;
  @Field({ description: 'Mail me new requests that match my buurten and interests.' })
  mailBijNieuweVerzoeken!: boolean;
  @Field(() => String, { nullable: true, description: 'The verified address those mails go to.' })
  email!: string | null;
  buurtDbIds!: string[];
}

export function toVrijwilligersverzoekModel(e: VrijwilligersverzoekEntity, nu = new Date()): VrijwilligersverzoekModel {
  return Object.assign(new VrijwilligersverzoekModel(), {
    id: toGlobalId('Vrijwilligersverzoek', e.id),
    dbId: e.id,
    titel: e.titel,
    beschrijving: e.beschrijving,
    thema: e.thema,
    begin: e.begin,
    eind: e.eind,
    locatie: e.locatie,
    aantal: e.aantal,
    plaatsenBeschikbaar: Math.max(0, e.aantal - e.aangemeld),
    wachtlijst: e.wachtlijst,
    vaardigheden: e.vaardigheden ?? [],
    minimumLeeftijd: e.minimumLeeftijd,
    vogNodig: e.vogNodig,
    status: e.status,
    open: staatOpen(e, nu),
    organisatorNaam: e.organisatorNaam,
    organisatieId: e.organisatieId ? toGlobalId('Organisatie', e.organisatieId) : null,
    initiatiefId: e.initiatiefId ? toGlobalId('Initiatief', e.initiatiefId) : null,
    toestemmingstekst: TOESTEMMING.tekst,
    geplaatstOp: e.aangemaaktOp,
    buurtDbId: e.buurtId,
    organisatieDbId: e.organisatieId,
    initiatiefDbId: e.initiatiefId,
  });
}

export function toVrijwilligersaanmeldingModel(
  e: VrijwilligersaanmeldingEntity,
  wachtlijstPositie: number | null,
): VrijwilligersaanmeldingModel {
  return Object.assign(new VrijwilligersaanmeldingModel(), {
    id: toGlobalId('Vrijwilligersaanmelding', e.id),
    status: e.status,
    wachtlijstPositie: e.status === VrijwilligerStatus.WACHTLIJST ? wachtlijstPositie : null,
    bevestigd: e.bevestigdOp !== null && e.status === VrijwilligerStatus.AANGEMELD,
    aangemeldOp: e.aangemaaktOp,
    verzoekDbId: e.verzoekId,
  });
}

export function toVrijwilligerModel(e: VrijwilligersaanmeldingEntity, wachtlijstPositie: number | null): VrijwilligerModel {
  return Object.assign(new VrijwilligerModel(), {
    id: toGlobalId('Vrijwilligersaanmelding', e.id),
    naam: e.naam,
    email: e.email,
    telefoon: e.telefoon,
    toelichting: e.toelichting,
    status: e.status,
    wachtlijstPositie: e.status === VrijwilligerStatus.WACHTLIJST ? wachtlijstPositie : null,
    bevestigdOp: e.bevestigdOp,
    aangemeldOp: e.aangemaaktOp,
  });
}

export function toVrijwilligersprofielModel(e: VrijwilligersprofielEntity): VrijwilligersprofielModel {
  return Object.assign(new VrijwilligersprofielModel(), {
    interesses: e.interesses ?? [],
    beschikbaarheid: e.beschikbaarheid,
    mailBijNieuweVerzoeken: e.mailBijNieuweVerzoeken,
    email: e.email,
    buurtDbIds: e.buurtIds ?? [],
  });
}
