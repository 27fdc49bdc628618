import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DatumScalar, DatumTijdScalar, Node, toGlobalId } from '@buurtwerk/core';
import { PlanModel, SignaalModel } from '@buurtwerk/signalen';
import { BehoefteModel } from './behoefte.model';
import { MdoActieStatus, type MdoActieEntity, type MdoEntity, MdoStatus } from './mdo.entity';
import { actieOverTijd } from './mdo.rules';

registerEnumType(MdoStatus, {
  name: 'MdoStatus',
  valuesMap: {
    GEPLAND: { description: 'Planned; the agenda is being prepared.' },
    GEHOUDEN: { description: 'Held; the minutes are on record.' },
  },
});
registerEnumType(MdoActieStatus, {
  name: 'MdoActieStatus',
  valuesMap: {
    OPEN: { description: 'The department works on it.' },
    AFGEROND: { description: 'Done; the result is on record.' },
    VERVALLEN: { description: 'No longer needed; the reason is on record.' },
  },
});

@ObjectType('MdoDeelnemer')
export class MdoDeelnemerModel {
  @Field()
  naam!: string;
  @Field()
  afdeling!: string;
}

@ObjectType('MdoActie', {
  description: 'A decision of an MDO for the responsible department, with a deadline; staff only.',
})
export class MdoActieModel {
  @Field(() => ID)
  id!: string;
  @Field()
  besluit!: string;
  @Field()
  afdeling!: string;
  @Field(() => DatumScalar)
  deadline!: string;
  @Field(() => MdoActieStatus)
  status!: MdoActieStatus;
  @Field({ description: 'Open and past its deadline.' })
  overTijd!: boolean;
  @Field(() => String, { nullable: true })
  resultaat!: string | null;
  @Field(() => String, { nullable: true, description: 'Progress noted at the latest follow-up.' })
  voortgang!: string | null;
  @Field(() => ID, { nullable: true, description: 'The Signaal it concerns (load it with node).' })
  signaalId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The Behoefte it concerns (load it with node).' })
  behoefteId!: string | null;
  @Field(() => ID, { description: 'The MDO that decided it.' })
  mdoId!: string;
  @Field(() => ID, { nullable: true, description: 'The later MDO in which it was last followed up.' })
  opgevolgdInMdoId!: string | null;
  @Field(() => DatumTijdScalar)
  aangemaaktOp!: Date;
  @Field(() => DatumTijdScalar, { nullable: true })
  afgerondOp!: Date | null;
  mdoDbId!: string;
}

@ObjectType('Mdo', {
  implements: () => [Node],
  description: 'A multidisciplinary consultation about one or more buurten; internal, staff only (minutes included).',
})
export class MdoModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field()
  titel!: string;
  @Field(() => DatumScalar)
  datum!: string;
  @Field(() => MdoStatus)
  status!: MdoStatus;
  @Field(() => [MdoDeelnemerModel])
  deelnemers!: MdoDeelnemerModel[];
  @Field(() => String, { nullable: true, description: 'The minutes.' })
  notulen!: string | null;
  @Field(() => DatumTijdScalar, { nullable: true })
  gehoudenOp!: Date | null;
  @Field(() => [MdoActieModel], { description: 'The actions this MDO decided.' })
  acties!: MdoActieModel[];
  dbId!: string;
  buurtDbIds!: string[];
}

@ObjectType('MdoAgenda', {
  description:
    'What an MDO discusses, drawn from the record of its buurten: open needs, overdue signals, plans, and the open actions of earlier MDOs to follow up.',
})
export class MdoAgendaModel {
  @Field(() => [BehoefteModel], { description: 'Needs of the buurtagenda that are open or taken up, most supported first.' })
  behoeften!: BehoefteModel[];
  @Field(() => [SignaalModel], { description: 'Open signals past their response term, oldest term first.' })
  signalen!: SignaalModel[];
  @Field(() => [PlanModel], { description: 'Plans touching these buurten that have not ended.' })
  plannen!: PlanModel[];
  @Field(() => [MdoActieModel], { description: 'Open actions of earlier MDOs about these buurten (follow-up).' })
  opvolging!: MdoActieModel[];
}

export function toMdoActieModel(e: MdoActieEntity, vandaag: string): MdoActieModel {
  return Object.assign(new MdoActieModel(), {
    id: toGlobalId('MdoActie', e.id),
    besluit: e.besluit,
    afdeling: e.afdeling,
    deadline: e.deadline,
    status: e.status,
    overTijd: actieOverTijd(e.status, e.deadline, vandaag),
    resultaat: e.resultaat,
    voortgang: e.voortgang,
    signaalId: e.signaalId ? toGlobalId('Signaal', e.signaalId) : null,
    behoefteId: e.behoefteId ? toGlobalId('Behoefte', e.behoefteId) : null,
    mdoId: toGlobalId('Mdo', e.mdoId),
    opgevolgdInMdoId: e.opgevolgdInMdoId ? toGlobalId('Mdo', e.opgevolgdInMdoId) : null,
    aangemaaktOp: e.aangemaaktOp,
    afgerondOp: e.afgerondOp,
    mdoDbId: e.mdoId,
  });
}

export function toMdoModel(e: MdoEntity, acties: MdoActieModel[]): MdoModel {
  return Object.assign(new MdoModel(), {
    id: toGlobalId('Mdo', e.id),
    dbId: e.id,
    buurtDbIds: e.buurtIds,
    titel: e.titel,
    datum: e.datum,
    status: e.status,
    deelnemers: e.deelnemers.map((d) => Object.assign(new MdoDeelnemerModel(), d)),
    notulen: e.notulen,
    gehoudenOp: e.gehoudenOp,
    acties,
  });
}
