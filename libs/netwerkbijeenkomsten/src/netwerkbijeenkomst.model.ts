import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DatumTijdScalar, Node, Paginated, toGlobalId, klok } from '@buurtwerk/core';
import { PersoonsgegevenVeld } from '@buurtwerk/privacy';
import {
  type AanmeldingEntity,
  AanmeldingStatus,
  BijeenkomstStatus,
  type NetwerkbijeenkomstEntity,
} from './netwerkbijeenkomst.entity';
import type { Jaaroverzicht } from './netwerkbijeenkomst.rules';
import { zichtbareStatus } from './netwerkbijeenkomst.rules';

registerEnumType(BijeenkomstStatus, { name: 'BijeenkomstStatus' });
/**
 * The GraphQL enum AanmeldingStatus: the stored states plus TE_BEVESTIGEN, the answer to every
 * sign-up (a held place waiting for the link in the mail). TE_BEVESTIGEN is never stored: a held
 * sign-up has its place in line (AANGEMELD or WACHTLIJST) and a deadline (`bevestigenVoor`).
 */
export const AanmeldingStatusVeld = { ...AanmeldingStatus, TE_BEVESTIGEN: 'TE_BEVESTIGEN' } as const;
export type AanmeldingStatusVeld = (typeof AanmeldingStatusVeld)[keyof typeof AanmeldingStatusVeld];
registerEnumType(AanmeldingStatusVeld, {
  name: 'AanmeldingStatus',
  valuesMap: {
    TE_BEVESTIGEN: {
      description:
        'Received: a place (or waiting-list place) is held until the link in the mail is followed (aanmeldingBevestigen); without confirmation it expires.',
    },
  },
});

@ObjectType('Netwerkbijeenkomst', { implements: () => [Node] })
export class NetwerkbijeenkomstModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field()
  titel!: string;
  @Field(() => String, { nullable: true })
  thema!: string | null;
  @Field(() => DatumTijdScalar)
  begin!: Date;
  @Field(() => DatumTijdScalar)
  eind!: Date;
  @Field()
  locatie!: string;
  @Field(() => Int)
  capaciteit!: number;
  @Field(() => BijeenkomstStatus)
  status!: BijeenkomstStatus;
  @Field(() => String, { nullable: true })
  verslag!: string | null;
  dbId!: string;
  buurtDbId!: string;
  besprokenInitiatiefDbIds!: string[];
  /** Last change of the meeting itself (not of its sign-ups): LAST-MODIFIED in the iCalendar feed. */
  gewijzigdOp!: Date;
}

@ObjectType('Aanmelding')
export class AanmeldingModel {
  @Field(() => ID)
  id!: string;
  @Field(() => AanmeldingStatusVeld)
  status!: AanmeldingStatusVeld;
  @Field(() => Int, { nullable: true, description: 'Position on the waiting list (1-based), null when not waiting.' })
  wachtlijstPositie!: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Secret for cancelling without an account. Since sign-ups are confirmed by mail it is sent only in the mail (in the confirm and cancel links), never in an answer, so this field is null.',
  })
  afmeldcode!: string | null;
}

@ObjectType('MijnBijeenkomstaanmelding', {
  description: 'One of your own sign-ups for a network meeting (made while signed in with your verified address).',
})
export class MijnBijeenkomstaanmeldingModel {
  @Field(() => ID, { description: 'The sign-up (Aanmelding) id, for mijnBijeenkomstaanmeldingAfmelden.' })
  id!: string;
  @Field(() => AanmeldingStatusVeld, { description: 'TE_BEVESTIGEN while the link in the mail has not been followed yet.' })
  status!: AanmeldingStatusVeld;
  @Field(() => Int, { nullable: true, description: 'Position on the waiting list (1-based), null when not waiting.' })
  wachtlijstPositie!: number | null;
  @Field(() => DatumTijdScalar)
  aangemeldOp!: Date;
  @Field(() => NetwerkbijeenkomstModel)
  bijeenkomst!: NetwerkbijeenkomstModel;
}

export function toMijnBijeenkomstaanmeldingModel(
  a: AanmeldingEntity,
  bijeenkomst: NetwerkbijeenkomstEntity,
  wachtlijstPositie: number | null,
): MijnBijeenkomstaanmeldingModel {
  return Object.assign(new MijnBijeenkomstaanmeldingModel(), {
    id: toGlobalId('Aanmelding', a.id),
    status: a.status !== AanmeldingStatus.AFGEMELD && a.bevestigenVoor !== null ? AanmeldingStatusVeld.TE_BEVESTIGEN : a.status,
    wachtlijstPositie: a.status === AanmeldingStatus.WACHTLIJST ? wachtlijstPositie : null,
    aangemeldOp: a.aangemaaktOp,
    bijeenkomst: toNetwerkbijeenkomstModel(bijeenkomst),
  });
}

/**
 * A sign-up as the organisers see it (invariant 12: personal data, staff only; every read of a
 * personal field is audited). `id` is the sign-up's id, the same as `Aanmelding.id`.
 */
@ObjectType('Deelnemer', { description: 'A sign-up as the organisers see it: personal data, staff only.' })
export class DeelnemerModel {
  @Field(() => ID)
  id!: string;
  @PersoonsgegevenVeld()
  @Field()
  naam!: string;
  @PersoonsgegevenVeld()
  @Field()
  email!: string;
  @Field(() => String, { nullable: true, description: 'e.g. bewoner, initiatiefnemer, buurtorganisatie, ambtenaar' })
  rol!: string | null;
  @PersoonsgegevenVeld()
  @Field(() => String, { nullable: true, description: 'Accessibility or dietary needs.' })
  wensen!: string | null;
  @Field(() => AanmeldingStatusVeld)
  status!: AanmeldingStatus;
  @Field(() => Int, { nullable: true, description: 'Position on the waiting list (1-based), null when admitted.' })
  wachtlijstPositie!: number | null;
  @Field(() => DatumTijdScalar, { description: 'When the sign-up was received.' })
  aangemeldOp!: Date;
  organisatieDbId!: string | null;
}

@ObjectType('DeelnemerConnection')
export class DeelnemerConnection extends Paginated(DeelnemerModel, 'Deelnemer') {}

@ObjectType('NetwerkbijeenkomstJaar', { description: 'Whether the promise of two network meetings a year was kept.' })
export class NetwerkbijeenkomstJaarModel {
  @Field(() => Int)
  jaar!: number;
  @Field(() => Int, { description: 'Meetings held or planned in this year; cancelled ones do not count.' })
  aantal!: number;
  @Field()
  afspraakNagekomen!: boolean;
}

export function toNetwerkbijeenkomstModel(e: NetwerkbijeenkomstEntity, nu = klok.nu()): NetwerkbijeenkomstModel {
  return Object.assign(new NetwerkbijeenkomstModel(), {
    id: toGlobalId('Netwerkbijeenkomst', e.id),
    dbId: e.id,
    titel: e.titel,
    thema: e.thema,
    begin: e.begin,
    eind: e.eind,
    locatie: e.locatie,
    capaciteit: e.capaciteit,
    status: zichtbareStatus(e.status, e.eind, nu),
    verslag: e.verslag,
    buurtDbId: e.buurtId,
    besprokenInitiatiefDbIds: e.besprokenInitiatiefIds ?? [],
    gewijzigdOp: e.gewijzigdOp,
  });
}

export function toAanmeldingModel(
  e: { id: string; status: AanmeldingStatus },
  wachtlijstPositie: number | null,
  afmeldcode: string | null,
): AanmeldingModel {
  return Object.assign(new AanmeldingModel(), {
    id: toGlobalId('Aanmelding', e.id),
    status: e.status,
    wachtlijstPositie: e.status === AanmeldingStatus.WACHTLIJST ? wachtlijstPositie : null,
    afmeldcode,
  });
}

export function toDeelnemerModel(a: AanmeldingEntity, wachtlijstPositie: number | null): DeelnemerModel {
  return Object.assign(new DeelnemerModel(), {
    id: toGlobalId('Aanmelding', a.id),
    naam: a.naam,
    email: a.email,
    rol: a.rol,
    wensen: a.wensen,
    status: a.status,
    wachtlijstPositie: a.status === AanmeldingStatus.WACHTLIJST ? wachtlijstPositie : null,
    aangemeldOp: a.aangemaaktOp,
    organisatieDbId: a.organisatieId,
  });
}

export function toJaarModel(j: Jaaroverzicht): NetwerkbijeenkomstJaarModel {
  return Object.assign(new NetwerkbijeenkomstJaarModel(), j);
}

/**
 * The answer to every `aanmelden`: received, confirm through the mail. It is the same for a new
 * address and for one that had signed up already (then `id` is a fresh reference that belongs to
 * no sign-up), so the answer never tells whether someone attends (invariant 9, issue 15).
 */
export function toOntvangenModel(id: string): AanmeldingModel {
  return Object.assign(new AanmeldingModel(), {
    id: toGlobalId('Aanmelding', id),
    status: AanmeldingStatusVeld.TE_BEVESTIGEN,
    wachtlijstPositie: null,
    afmeldcode: null,
  });
}
