import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CentenScalar, DatumScalar, DatumTijdScalar, Node, Paginated, toGlobalId } from '@buurtwerk/core';
import { TermijnStatus, termijnStatus } from '@buurtwerk/initiatives';
import { PersoonsgegevenVeld } from '@buurtwerk/privacy';
import {
  BezwaarBeslissing,
  type BezwaarEntity,
  BezwaarHoedanigheid,
  BezwaarStatus,
  HoorzittingAfzienGrond,
} from './bezwaar.entity';

registerEnumType(BezwaarStatus, { name: 'BezwaarStatus' });
registerEnumType(BezwaarHoedanigheid, {
  name: 'BezwaarHoedanigheid',
  description:
    'AANVRAGER: the applicant (or a member of the applying organisation); BELANGHEBBENDE: another interested party (Awb 1:2).',
});
registerEnumType(BezwaarBeslissing, { name: 'BezwaarBeslissing', description: 'The decision on the objection (Awb 7:11).' });
registerEnumType(HoorzittingAfzienGrond, {
  name: 'HoorzittingAfzienGrond',
  description: 'Awb 7:3 sub a–e: the only grounds on which the hearing may be waived.',
});

@ObjectType('BezwaarHerziening', { description: "One request's granted amount before and after the revision on objection." })
export class BezwaarHerzieningModel {
  @Field(() => ID)
  aanvraagId!: string;
  @Field(() => CentenScalar)
  van!: number;
  @Field(() => CentenScalar)
  naar!: number;
}

@ObjectType('Bezwaar', {
  implements: () => [Node],
  description: 'An objection against a decision on an initiative (Awb chapters 6 and 7). Only the objector and staff see it.',
})
export class BezwaarModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'BZW-YYYY-NNNN.' })
  referentie!: string;
  @Field(() => BezwaarStatus)
  status!: BezwaarStatus;
  @Field(() => BezwaarHoedanigheid)
  hoedanigheid!: BezwaarHoedanigheid;
  @PersoonsgegevenVeld()
  @Field({ description: 'Name of the objector (from the signed-in identity, Awb 6:5).' })
  indiener!: string;
  @PersoonsgegevenVeld()
  @Field({ description: 'Address of the objector (Awb 6:5).' })
  adres!: string;
  @PersoonsgegevenVeld()
  @Field(() => String, { nullable: true, description: 'An interested party: why the decision affects them directly.' })
  belang!: string | null;
  @PersoonsgegevenVeld()
  @Field({ description: 'The grounds of the objection (Awb 6:5).' })
  gronden!: string;
  @Field(() => DatumTijdScalar, { description: 'Moment of receipt (Awb 6:9).' })
  ingediendOp!: Date;
  @Field(() => DatumTijdScalar, { description: 'When the decision objected to was taken.' })
  besluitGenomenOp!: Date;
  @Field(() => DatumScalar, {
    nullable: true,
    description:
      'The day the decision was made known (Awb 3:41); the term starts the day after. Null: not made known yet (Awb 6:10).',
  })
  besluitBekendgemaaktOp!: string | null;
  @Field(() => DatumScalar, { description: 'Last day of the objection term (Awb 6:7-6:8, Atw).' })
  bezwaartermijnEinde!: string;
  @Field({ description: 'Received within the term (Awb 6:9). A late objection is registered and flagged.' })
  tijdig!: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Awb 6:11: whether staff judged the lateness excusable (null: not judged).',
  })
  termijnoverschrijdingVerschoonbaar!: boolean | null;
  @Field(() => String, { nullable: true })
  termijnoverschrijdingMotivering!: string | null;
  @Field(() => String, { nullable: true, description: 'The staff member handling it.' })
  behandeldDoor!: string | null;
  @Field(() => DatumTijdScalar, { nullable: true, description: 'The hearing (Awb 7:2).' })
  hoorzittingOp!: Date | null;
  @Field(() => String, { nullable: true })
  hoorzittingPlaats!: string | null;
  @Field(() => HoorzittingAfzienGrond, { nullable: true, description: 'The hearing was waived on this ground (Awb 7:3).' })
  hoorzittingAfgezienGrond!: HoorzittingAfzienGrond | null;
  @Field(() => String, { nullable: true })
  hoorzittingAfgezienMotivering!: string | null;
  @Field({ description: 'An advisory committee is used (Awb 7:13): the decision term is 12 weeks.' })
  adviescommissie!: boolean;
  @Field(() => DatumScalar, { description: 'Decision on the objection due (Awb 7:10, Atw), including a deferral.' })
  beslissenUiterlijk!: string;
  @Field(() => TermijnStatus, { nullable: true, description: 'For the work queue; null once decided or withdrawn.' })
  termijnStatus!: TermijnStatus | null;
  @Field(() => Int, { description: 'Weeks the decision was deferred (Awb 7:10 lid 3; at most 6, once).' })
  verdagingWeken!: number;
  @Field(() => Int, { description: "Awb 7:10 lid 4: further deferral with the objector's consent, in weeks (0: none)." })
  verderUitstelWeken!: number;
  @Field(() => String, { nullable: true })
  verdagingMotivering!: string | null;
  @Field(() => BezwaarBeslissing, { nullable: true })
  beslissing!: BezwaarBeslissing | null;
  @Field(() => String, { nullable: true, description: 'Reasons of the decision on the objection (Awb 7:12).' })
  beslissingMotivering!: string | null;
  @Field(() => DatumTijdScalar, { nullable: true })
  beslistOp!: Date | null;
  @Field(() => String, { nullable: true, description: 'The official who decided under mandate on behalf of the college.' })
  beslistDoor!: string | null;
  @Field(() => [BezwaarHerzieningModel], { description: 'GEGROND with new amounts: what changed per request.' })
  herziening!: BezwaarHerzieningModel[];
  @Field(() => DatumScalar, {
    nullable: true,
    description:
      'Appeal to the rechtbank Limburg possible until (Awb 6:7, 6:8, 8:1): six weeks from the day after the letter on the objection was sent; null until it is sent.',
  })
  beroepMogelijkTot!: string | null;
  @PersoonsgegevenVeld()
  @Field(() => String, { nullable: true, description: 'The letter on the objection as text (the document itself: `brieven`).' })
  brief!: string | null;
  @Field(() => DatumTijdScalar, { nullable: true })
  ingetrokkenOp!: Date | null;
  @Field(() => DatumTijdScalar)
  gewijzigdOp!: Date;
  dbId!: string;
  initiatiefDbId!: string;
  besluitDbId!: string;
}

@ObjectType('BezwaarConnection')
export class BezwaarConnection extends Paginated(BezwaarModel, 'Bezwaar') {}

const AFGEROND: readonly BezwaarStatus[] = [BezwaarStatus.BESLOTEN, BezwaarStatus.INGETROKKEN];

export function toBezwaarModel(e: BezwaarEntity, vandaag: string): BezwaarModel {
  return Object.assign(new BezwaarModel(), {
    id: toGlobalId('Bezwaar', e.id),
    dbId: e.id,
    initiatiefDbId: e.initiatiefId,
    besluitDbId: e.besluitId,
    referentie: e.referentie,
    status: e.status,
    hoedanigheid: e.hoedanigheid,
    indiener: e.indienerNaam,
    adres: e.indienerAdres,
    belang: e.belang,
    gronden: e.gronden,
    ingediendOp: e.ingediendOp,
    besluitGenomenOp: e.besluitGenomenOp,
    besluitBekendgemaaktOp: e.besluitBekendgemaaktOp,
    bezwaartermijnEinde: e.bezwaartermijnEinde,
    tijdig: e.tijdig,
    termijnoverschrijdingVerschoonbaar: e.termijnoverschrijdingVerschoonbaar,
    termijnoverschrijdingMotivering: e.termijnoverschrijdingMotivering,
    behandeldDoor: e.behandeldDoor,
    hoorzittingOp: e.hoorzittingOp,
    hoorzittingPlaats: e.hoorzittingPlaats,
    hoorzittingAfgezienGrond: e.hoorzittingAfgezienGrond,
    hoorzittingAfgezienMotivering: e.hoorzittingAfgezienMotivering,
    adviescommissie: e.adviescommissie,
    beslissenUiterlijk: e.beslissenUiterlijk,
    termijnStatus: termijnStatus(e.beslissenUiterlijk, AFGEROND.includes(e.status), vandaag),
    verdagingWeken: e.verdagingWeken,
    verderUitstelWeken: e.verderUitstelWeken,
    verdagingMotivering: e.verdagingMotivering,
    beslissing: e.beslissing,
    beslissingMotivering: e.beslissingMotivering,
    beslistOp: e.beslistOp,
    beslistDoor: e.beslistDoor,
    herziening: (e.herziening ?? []).map((h) =>
      Object.assign(new BezwaarHerzieningModel(), {
        aanvraagId: toGlobalId('Ondersteuningsaanvraag', h.aanvraagId),
        van: h.van,
        naar: h.naar,
      }),
    ),
    beroepMogelijkTot: e.beroepMogelijkTot,
    brief: e.brief,
    ingetrokkenOp: e.ingetrokkenOp,
    gewijzigdOp: e.gewijzigdOp,
  });
}
