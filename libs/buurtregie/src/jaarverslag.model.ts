import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CentenScalar } from '@buurtwerk/core';
import { JaarverslagSchaal } from './jaarverslag.rules';

registerEnumType(JaarverslagSchaal, {
  name: 'JaarverslagSchaal',
  description: 'The area of a year report: one buurt, a stadsdeel or the whole city.',
});

@ObjectType('JaarverslagInitiatieven')
export class JaarverslagInitiatievenModel {
  @Field(() => Int, { description: 'Submitted in the year.' })
  ontvangen!: number;
  @Field(() => Int, { description: 'Latest decision on the request in the year: granted (also partly).' })
  toegekend!: number;
  @Field(() => Int, { description: 'Latest decision on the request in the year: refused.' })
  afgewezen!: number;
  @Field(() => Int, { description: 'Latest decision on the request in the year: not handled (Awb 4:5).' })
  buitenBehandeling!: number;
}

@ObjectType('JaarverslagInstrument', { description: 'Money per instrument of the menukaart, in cents.' })
export class JaarverslagInstrumentModel {
  @Field()
  instrument!: string;
  @Field(() => CentenScalar, { description: 'Granted by decisions of the year.' })
  toegekend!: number;
  @Field(() => CentenScalar, { description: 'Settled by settlements of the year (Awb 4:42).' })
  vastgesteld!: number;
}

@ObjectType('JaarverslagPlafond', {
  description: 'Use of a subsidy ceiling of the year (the whole ceiling, as kept by its ledger).',
})
export class JaarverslagPlafondModel {
  @Field()
  regeling!: string;
  @Field(() => String, { nullable: true, description: 'The stadsdeel of the ceiling; null for a city-wide one.' })
  stadsdeel!: string | null;
  @Field(() => CentenScalar)
  bedrag!: number;
  @Field(() => CentenScalar)
  verleend!: number;
  @Field(() => CentenScalar)
  gereserveerd!: number;
  @Field(() => Float, { nullable: true, description: 'Granted as a percentage of the ceiling.' })
  benutProcent!: number | null;
}

@ObjectType('JaarverslagBeslistermijnen', {
  description: 'Decisions on requests in the year against their legal term (Awb 4:13).',
})
export class JaarverslagBeslistermijnenModel {
  @Field(() => Int)
  besluiten!: number;
  @Field(() => Int)
  binnenTermijn!: number;
  @Field(() => Int)
  teLaat!: number;
  @Field(() => Int)
  zonderTermijn!: number;
  @Field(() => Float, { nullable: true, description: 'Calendar days from submission to decision, on average.' })
  gemiddeldeDagen!: number | null;
}

@ObjectType('JaarverslagActiviteiten')
export class JaarverslagActiviteitenModel {
  @Field(() => Int, { description: 'Activities of partners starting in the year, not cancelled.' })
  doorgegaan!: number;
  @Field(() => Int)
  geannuleerd!: number;
}

@ObjectType('JaarverslagNetwerkbijeenkomsten')
export class JaarverslagNetwerkbijeenkomstenModel {
  @Field(() => Int, { description: 'Held (past and not cancelled).' })
  gehouden!: number;
  @Field(() => Int, { description: 'Still to come in the year.' })
  gepland!: number;
  @Field(() => Int)
  geannuleerd!: number;
  @Field(() => Int, {
    description: 'Confirmed sign-ups for the held meetings (the software records sign-ups, not who came).',
  })
  aanmeldingen!: number;
}

@ObjectType('JaarverslagAfdeling', { description: 'Signals reported in the year, per department.' })
export class JaarverslagAfdelingModel {
  @Field()
  afdeling!: string;
  @Field(() => Int)
  gemeld!: number;
  @Field(() => Int)
  afgehandeld!: number;
  @Field(() => Int, { description: 'Handled on or before the last day of the response term.' })
  binnenTermijn!: number;
  @Field(() => Float, { nullable: true, description: 'Calendar days from reporting to handling, on average.' })
  gemiddeldeDagen!: number | null;
}

@ObjectType('JaarverslagBehoeften')
export class JaarverslagBehoeftenModel {
  @Field(() => Int, { description: 'Brought in during the year and put on the agenda.' })
  geopend!: number;
  @Field(() => Int, { description: 'Answered during the year.' })
  beantwoord!: number;
}

@ObjectType('JaarverslagPanel')
export class JaarverslagPanelModel {
  @Field(() => Int, { description: 'Votes put before a buurtpanel in the year.' })
  stemmingen!: number;
  @Field(() => Int, { description: 'Votes cast by members.' })
  stemmen!: number;
  @Field(() => Int, { description: 'Votes that could have been cast (members per vote).' })
  mogelijkeStemmen!: number;
  @Field(() => Float, { nullable: true })
  deelnameProcent!: number | null;
}

@ObjectType('JaarverslagConcierges', { description: 'The buurtconciërge pilot in the buurten of the area.' })
export class JaarverslagConciergesModel {
  @Field(() => Int)
  verzoeken!: number;
  @Field(() => Int)
  opgepakt!: number;
  @Field(() => Int)
  doorverwijzingen!: number;
  @Field(() => Int)
  contacten!: number;
  @Field(() => Float)
  uren!: number;
}

@ObjectType('Jaarverslag', {
  description:
    'The year report of buurtregie for one buurt, a stadsdeel or the city: computed from the record each time, without personal data.',
})
export class JaarverslagModel {
  @Field(() => Int)
  jaar!: number;
  @Field(() => JaarverslagSchaal)
  schaal!: JaarverslagSchaal;
  @Field({ description: 'Name of the area ("Heerlen" for the city).' })
  gebied!: string;
  @Field(() => JaarverslagInitiatievenModel)
  initiatieven!: JaarverslagInitiatievenModel;
  @Field(() => [JaarverslagInstrumentModel])
  geldPerInstrument!: JaarverslagInstrumentModel[];
  @Field(() => [JaarverslagPlafondModel])
  plafonds!: JaarverslagPlafondModel[];
  @Field(() => JaarverslagBeslistermijnenModel)
  beslistermijnen!: JaarverslagBeslistermijnenModel;
  @Field(() => JaarverslagActiviteitenModel)
  activiteiten!: JaarverslagActiviteitenModel;
  @Field(() => JaarverslagNetwerkbijeenkomstenModel)
  netwerkbijeenkomsten!: JaarverslagNetwerkbijeenkomstenModel;
  @Field(() => [JaarverslagAfdelingModel])
  signalen!: JaarverslagAfdelingModel[];
  @Field(() => JaarverslagBehoeftenModel)
  behoeften!: JaarverslagBehoeftenModel;
  @Field(() => JaarverslagPanelModel)
  panel!: JaarverslagPanelModel;
  @Field(() => JaarverslagConciergesModel, { nullable: true, description: 'Null when no buurt of the area is in the pilot.' })
  concierges!: JaarverslagConciergesModel | null;
}
