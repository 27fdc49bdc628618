import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DatumTijdScalar, Node, toGlobalId } from '@buurtwerk/core';
import { type BuurtpanelEntity, type PanelstemEntity, type PanelstemmingEntity, Stemkeuze } from './buurtpanel.entity';
import { adviesVanUitkomst, PanelAdvies } from './buurtpanel.rules';
import { BesluitUitkomst, type Verschoning } from './initiatief.entity';

registerEnumType(Stemkeuze, { name: 'Stemkeuze' });
registerEnumType(PanelAdvies, {
  name: 'PanelAdvies',
  description:
    "The buurtpanel's advice. A residents' panel advises; the official with the mandate decides on behalf of the college.",
});

@ObjectType('PanelOverweging', {
  description:
    "One counted member's consideration, without who gave it: part of the panel's advice and of the decision's reasons.",
})
export class PanelOverwegingModel {
  @Field(() => Stemkeuze)
  keuze!: Stemkeuze;

  @Field()
  toelichting!: string;
}

@ObjectType('Buurtpanel', { implements: () => [Node] })
export class BuurtpanelModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field()
  naam!: string;

  @Field(() => Int, { description: 'Minimum number of votes cast (not counting recused members) for a valid outcome.' })
  quorum!: number;

  @Field(() => Int)
  aantalLeden!: number;

  @Field(() => DatumTijdScalar, {
    nullable: true,
    description: 'When the panel was ended: it keeps its votes and results but gets no new initiatives. Null while active.',
  })
  opgehevenOp!: Date | null;

  dbId!: string;
  buurtDbIds!: string[];
}

@ObjectType('Panelstem', { description: "The caller's own vote. Votes are secret: nobody else ever sees it." })
export class PanelstemModel {
  @Field(() => Stemkeuze)
  keuze!: Stemkeuze;

  @Field(() => String, { nullable: true })
  toelichting!: string | null;

  @Field(() => DatumTijdScalar)
  uitgebrachtOp!: Date;
}

@ObjectType('Panelstemming', {
  description:
    'A buurtpanel voting on an initiative. Individual votes are secret to everyone but the voter; the counts are public after closing.',
})
export class PanelstemmingModel {
  @Field(() => DatumTijdScalar, { description: 'Votes are accepted strictly before this moment.' })
  sluitOp!: Date;

  @Field({
    description: 'True once voting has been closed and counted: at sluitOp, or earlier once every non-recused member voted.',
  })
  gesloten!: boolean;

  @Field(() => DatumTijdScalar, { nullable: true })
  geslotenOp!: Date | null;

  @Field(() => Int, { description: 'Votes for; 0 while voting is open (counts are public only after closing).' })
  aantalVoor!: number;

  @Field(() => Int, { description: 'Votes against; 0 while voting is open (counts are public only after closing).' })
  aantalTegen!: number;

  @Field(() => Int, { description: 'Abstentions; 0 while voting is open (counts are public only after closing).' })
  aantalOnthouding!: number;

  @Field(() => BesluitUitkomst, {
    nullable: true,
    description:
      'The outcome the panel advises (TOEGEKEND: positive, AFGEWEZEN: negative). Null while voting is open or the quorum was not reached. The decision itself is the Besluit of the initiative, taken by an official on behalf of the college.',
  })
  uitkomst!: BesluitUitkomst | null;

  @Field(() => PanelAdvies, { nullable: true, description: 'The advice once voting closed with quorum; null otherwise.' })
  advies!: PanelAdvies | null;

  @Field(() => [PanelOverwegingModel], {
    description: "The counted members' considerations, without names, once voting closed; empty while open.",
  })
  overwegingen!: PanelOverwegingModel[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Once the official decided on this advice: whether the decision follows it. Null before that.',
  })
  adviesGevolgd!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the decision deviates from the advice (required then), or the remark added when following it.',
  })
  afwijkingsreden!: string | null;

  @Field(() => PanelstemModel, {
    nullable: true,
    description: "The caller's own vote (only a panel member who voted sees one); nobody sees anyone else's vote.",
  })
  mijnStem!: PanelstemModel | null;

  dbId!: string;
  initiatiefDbId!: string;
  panelDbId!: string;
  /** Stored at closing; while open they are determined when asked. */
  vasteVerschoningen: Verschoning[] | null = null;
  /** Who stepped aside is shown to staff and the initiator (as on the Besluit). */
  toonVerschoningen!: boolean;
}

export function toBuurtpanelModel(e: BuurtpanelEntity, aantalLeden: number): BuurtpanelModel {
  return Object.assign(new BuurtpanelModel(), {
    id: toGlobalId('Buurtpanel', e.id),
    dbId: e.id,
    naam: e.naam,
    quorum: e.quorum,
    aantalLeden,
    opgehevenOp: e.opgehevenOp,
    buurtDbIds: e.buurtIds,
  });
}

/** The public face of a vote: counts and outcome only once it is closed; the caller's own vote only. */
export function toPanelstemmingModel(
  e: PanelstemmingEntity,
  eigenStem: PanelstemEntity | null,
  toonVerschoningen: boolean,
): PanelstemmingModel {
  const gesloten = e.geslotenOp !== null;
  return Object.assign(new PanelstemmingModel(), {
    dbId: e.id,
    initiatiefDbId: e.initiatiefId,
    panelDbId: e.panelId,
    sluitOp: e.sluitOp,
    gesloten,
    geslotenOp: e.geslotenOp,
    aantalVoor: gesloten ? (e.aantalVoor ?? 0) : 0,
    aantalTegen: gesloten ? (e.aantalTegen ?? 0) : 0,
    aantalOnthouding: gesloten ? (e.aantalOnthouding ?? 0) : 0,
    uitkomst: gesloten ? e.uitkomst : null,
    advies: gesloten ? adviesVanUitkomst(e.uitkomst) : null,
    overwegingen: gesloten
      ? (e.overwegingen ?? []).map((o) =>
          Object.assign(new PanelOverwegingModel(), { keuze: o.keuze, toelichting: o.toelichting }),
        )
      : [],
    adviesGevolgd: e.adviesGevolgd ?? null,
    afwijkingsreden: e.afwijkingsreden ?? null,
    mijnStem: eigenStem
      ? Object.assign(new PanelstemModel(), {
          keuze: eigenStem.keuze,
          toelichting: eigenStem.toelichting,
          uitgebrachtOp: eigenStem.uitgebrachtOp,
        })
      : null,
    vasteVerschoningen: gesloten ? e.verschoningen : null,
    toonVerschoningen,
  });
}
