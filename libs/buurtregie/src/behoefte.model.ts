import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DatumTijdScalar, Node, toGlobalId } from '@buurtwerk/core';
import { BehoefteBron, type BehoefteEntity, BehoefteSoort, BehoefteStatus, KoppelingSoort } from './behoefte.entity';

registerEnumType(BehoefteSoort, {
  name: 'BehoefteSoort',
  valuesMap: {
    WENS: { description: 'Something the buurt would like to have or do.' },
    BEHOEFTE: { description: 'Something the buurt needs.' },
    KNELPUNT: { description: 'A bottleneck: something that goes wrong in the buurt.' },
  },
});
registerEnumType(BehoefteBron, { name: 'BehoefteBron', description: 'Where a need on the buurtagenda came from.' });
registerEnumType(BehoefteStatus, {
  name: 'BehoefteStatus',
  valuesMap: {
    INGEDIEND: { description: 'Brought in by a resident or partner; the buurtregisseur has not curated it yet (not public).' },
    OPEN: { description: 'On the agenda, nobody has taken it up yet.' },
    OPGEPAKT: { description: 'Someone (the municipality, a partner, residents) works on it.' },
    BEANTWOORD: { description: 'Answered: an initiative, plan or activity met it.' },
    VERVALLEN: { description: 'No longer relevant.' },
    AFGEWEZEN: { description: 'Not taken onto the agenda (e.g. not about this buurt); never public.' },
  },
});
registerEnumType(KoppelingSoort, { name: 'BehoefteKoppelingSoort' });

@ObjectType('BehoefteKoppeling', { description: 'A record of another module that answers or concerns a need.' })
export class BehoefteKoppelingModel {
  @Field(() => KoppelingSoort)
  soort!: KoppelingSoort;
  @Field(() => ID, { description: 'Global id of the linked Initiatief, Signaal, Plan or Activiteit (load it with node).' })
  objectId!: string;
  @Field(() => DatumTijdScalar)
  gekoppeldOp!: Date;
  objectDbId!: string;
}

/** The GraphQL type name of each kind of link, for its global id. */
export const KOPPELING_TYPE: Readonly<Record<KoppelingSoort, string>> = {
  [KoppelingSoort.INITIATIEF]: 'Initiatief',
  [KoppelingSoort.SIGNAAL]: 'Signaal',
  [KoppelingSoort.PLAN]: 'Plan',
  [KoppelingSoort.ACTIVITEIT]: 'Activiteit',
};

@ObjectType('Behoefte', {
  implements: () => [Node],
  description:
    "A wish, need or bottleneck on a buurt's agenda. Public when curated; never shows who brought it in or who supports it.",
})
export class BehoefteModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field(() => BehoefteSoort)
  soort!: BehoefteSoort;
  @Field()
  thema!: string;
  @Field()
  titel!: string;
  @Field()
  omschrijving!: string;
  @Field(() => BehoefteBron)
  bron!: BehoefteBron;
  @Field(() => BehoefteStatus)
  status!: BehoefteStatus;
  @Field(() => String, { nullable: true, description: 'Evidence: survey results, numbers, observations.' })
  onderbouwing!: string | null;
  @Field(() => String, { nullable: true, description: "The buurtregisseur's explanation of the current status." })
  statusToelichting!: string | null;
  @Field(() => Int, { description: 'How many residents support it.' })
  steun!: number;
  @Field({ description: 'Whether the signed-in caller supports it (false when not signed in).' })
  gesteundDoorMij!: boolean;
  @Field(() => [BehoefteKoppelingModel])
  koppelingen!: BehoefteKoppelingModel[];
  @Field(() => DatumTijdScalar)
  aangemaaktOp!: Date;
  @Field(() => DatumTijdScalar, { nullable: true })
  beantwoordOp!: Date | null;
  dbId!: string;
  buurtDbId!: string;
  organisatieDbId!: string | null;
}

export function toBehoefteModel(
  e: BehoefteEntity,
  extra: { steun: number; gesteundDoorMij: boolean; koppelingen: BehoefteKoppelingModel[] },
): BehoefteModel {
  return Object.assign(new BehoefteModel(), {
    id: toGlobalId('Behoefte', e.id),
    dbId: e.id,
    buurtDbId: e.buurtId,
    organisatieDbId: e.organisatieId,
    soort: e.soort,
    thema: e.thema,
    titel: e.titel,
    omschrijving: e.omschrijving,
    bron: e.bron,
    status: e.status,
    onderbouwing: e.onderbouwing,
    statusToelichting: e.statusToelichting,
    aangemaaktOp: e.aangemaaktOp,
    beantwoordOp: e.beantwoordOp,
    ...extra,
  });
}

export function toBehoefteKoppelingModel(k: { soort: KoppelingSoort; objectId: string; gekoppeldOp: Date }) {
  return Object.assign(new BehoefteKoppelingModel(), {
    soort: k.soort,
    objectId: toGlobalId(KOPPELING_TYPE[k.soort], k.objectId),
    objectDbId: k.objectId,
    gekoppeldOp: k.gekoppeldOp,
  });
}
