import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DatumTijdScalar, Node, toGlobalId } from '@buurtwerk/core';
import { PersoonsgegevenVeld } from '@buurtwerk/privacy';
import { type BeraadAanmeldingEntity, BeraadStatus, type BurgerberaadEntity } from './beraad.entity';

registerEnumType(BeraadStatus, {
  name: 'BeraadStatus',
  valuesMap: {
    AANMELDEN: { description: 'Volunteers can register.' },
    VERDELING_BEREKEND: { description: 'Registration closed; the LEXIMIN distribution and inputs hash are published.' },
    GELOOT: { description: 'The panel is drawn with the published seed.' },
  },
});

@ObjectType('BeraadKenmerkwaarde')
export class BeraadKenmerkwaardeModel {
  @Field()
  waarde!: string;
  @Field()
  label!: string;
  @Field(() => Int, { description: 'At least this many panel members have this value.' })
  min!: number;
  @Field(() => Int, { description: 'At most this many panel members have this value.' })
  max!: number;
}

@ObjectType('BeraadKenmerk')
export class BeraadKenmerkModel {
  @Field()
  sleutel!: string;
  @Field()
  naam!: string;
  @Field(() => [BeraadKenmerkwaardeModel])
  waarden!: BeraadKenmerkwaardeModel[];
}

@ObjectType('Burgerberaad', {
  implements: () => [Node],
  description: "A citizens' assembly drawn by lot with LEXIMIN (docs/domein.md, invariant 13).",
})
export class BurgerberaadModel implements Node {
  @Field(() => ID)
  id!: string;
  @Field()
  onderwerp!: string;
  @Field()
  beschrijving!: string;
  @Field(() => Int)
  grootte!: number;
  @Field(() => [BeraadKenmerkModel])
  kenmerken!: BeraadKenmerkModel[];
  @Field(() => DatumTijdScalar)
  aanmeldenTot!: Date;
  @Field(() => BeraadStatus)
  status!: BeraadStatus;
  @Field({ description: 'How the public seed is obtained, announced before the distribution is computed.' })
  zaadBron!: string;
  @Field(() => String, { nullable: true, description: 'SHA-256 (hex) of the seed, when committed in advance.' })
  zaadToezegging!: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the canonical inputs (ids, features, quotas; no names).' })
  invoerHash!: string | null;
  @Field(() => DatumTijdScalar, { nullable: true })
  verdelingBerekendOp!: Date | null;
  @Field(() => Float, { nullable: true, description: 'The lowest selection probability of any volunteer (LEXIMIN).' })
  minimaleKans!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The lowest probability under the naive greedy draw on the same pool, estimated from simulated draws.',
  })
  naieveMinimaleKans!: number | null;
  @Field(() => Int, { nullable: true, description: 'Panels with positive probability in the distribution.' })
  panelenInVerdeling!: number | null;
  @Field(() => String, { nullable: true })
  zaad!: string | null;
  @Field(() => Float, { nullable: true, description: 'The number in [0,1) that seed and inputs hash determine.' })
  lotgetal!: number | null;
  @Field(() => Int, { nullable: true, description: 'Index (from 0) of the drawn panel in the canonical order.' })
  gekozenPanel!: number | null;
  @Field(() => DatumTijdScalar, { nullable: true })
  gelootOp!: Date | null;
  dbId!: string;
}

export function toBurgerberaadModel(b: BurgerberaadEntity): BurgerberaadModel {
  const stat = b.statistiek ?? {};
  // An instance of the class: node(id) resolves the Node's type by its constructor.
  return Object.assign(new BurgerberaadModel(), {
    id: toGlobalId('Burgerberaad', b.id),
    onderwerp: b.onderwerp,
    beschrijving: b.beschrijving,
    grootte: b.grootte,
    kenmerken: b.kenmerken,
    aanmeldenTot: b.aanmeldenTot,
    status: b.status,
    zaadBron: b.zaadBron,
    zaadToezegging: b.zaadToezegging,
    invoerHash: b.invoerHash,
    verdelingBerekendOp: b.verdelingBerekendOp,
    minimaleKans: typeof stat.minimaleKans === 'number' ? stat.minimaleKans : null,
    naieveMinimaleKans: typeof stat.naieveMinimaleKans === 'number' ? stat.naieveMinimaleKans : null,
    panelenInVerdeling: b.verdeling ? b.verdeling.length : null,
    zaad: b.zaad,
    lotgetal: b.lotgetal,
    gekozenPanel: b.gekozenPanel,
    gelootOp: b.gelootOp,
    dbId: b.id,
  });
}

@ObjectType('BeraadAntwoord')
export class BeraadAntwoordModel {
  @Field()
  sleutel!: string;
  @Field()
  waarde!: string;
}

@ObjectType('BeraadAanmelding', { description: "A volunteer's registration; staff only (personal data)." })
export class BeraadAanmeldingModel {
  @Field(() => ID)
  id!: string;
  // Staff reads of these leave a read-audit record (docs/domein.md, invariant 12).
  @PersoonsgegevenVeld()
  @Field()
  naam!: string;
  @PersoonsgegevenVeld()
  @Field(() => String, { nullable: true })
  email!: string | null;
  @PersoonsgegevenVeld()
  @Field(() => [BeraadAntwoordModel])
  kenmerken!: BeraadAntwoordModel[];
  @Field(() => Float, { nullable: true, description: 'LEXIMIN selection probability, once computed.' })
  selectiekans!: number | null;
  @Field()
  geselecteerd!: boolean;
  @Field(() => DatumTijdScalar)
  aangemeldOp!: Date;
}

export function toBeraadAanmeldingModel(a: BeraadAanmeldingEntity): BeraadAanmeldingModel {
  return {
    id: toGlobalId('BeraadAanmelding', a.id),
    naam: a.naam,
    email: a.email,
    kenmerken: Object.entries(a.kenmerken).map(([sleutel, waarde]) => ({ sleutel, waarde })),
    selectiekans: a.selectiekans,
    geselecteerd: a.geselecteerd,
    aangemeldOp: a.aangemeldOp,
  };
}

@ObjectType('BeraadPanel', { description: 'A panel in the support of the distribution; members by registration id.' })
export class BeraadPanelModel {
  @Field(() => Int)
  index!: number;
  @Field(() => Float)
  kans!: number;
  @Field(() => [ID])
  leden!: string[];
}
