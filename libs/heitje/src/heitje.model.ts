import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CentenScalar, DatumTijdScalar, toGlobalId } from '@buurtwerk/core';
import { PersoonsgegevenVeld } from '@buurtwerk/privacy';
import { DeelnameStatus, type HeitjeKlusEntity, KlusStatus, TransactieSoort } from './heitje.entity';

registerEnumType(KlusStatus, { name: 'HeitjeKlusStatus' });
registerEnumType(DeelnameStatus, { name: 'HeitjeDeelnameStatus' });
registerEnumType(TransactieSoort, { name: 'HeitjeTransactieSoort' });

@ObjectType('HeitjeKlus', { description: "A buurtklus on 't Heerlens Heitje job board." })
export class HeitjeKlusModel {
  @Field(() => ID)
  id!: string;
  @Field()
  titel!: string;
  @Field()
  beschrijving!: string;
  @Field(() => ID)
  buurtId!: string;
  @Field()
  buurtnaam!: string;
  @Field({ description: 'What the municipality supplies.' })
  materialen!: string;
  @Field(() => Int, { description: 'Heitjes per participant.' })
  beloning!: number;
  @Field(() => Int)
  plaatsen!: number;
  @Field(() => Int)
  plaatsenVrij!: number;
  @Field(() => ID)
  organisatieId!: string;
  @Field()
  organisatienaam!: string;
  @Field(() => KlusStatus)
  status!: KlusStatus;
  @Field(() => Int, { description: 'Heitjes still in the job budget.' })
  budget!: number;
}

export function toHeitjeKlusModel(
  k: HeitjeKlusEntity,
  extra: { buurtnaam: string; organisatienaam: string; bezet: number; budget: number },
): HeitjeKlusModel {
  return {
    id: toGlobalId('HeitjeKlus', k.id),
    titel: k.titel,
    beschrijving: k.beschrijving,
    buurtId: toGlobalId('Buurt', k.buurtId),
    buurtnaam: extra.buurtnaam,
    materialen: k.materialen,
    beloning: k.beloning,
    plaatsen: k.plaatsen,
    plaatsenVrij: Math.max(0, k.plaatsen - extra.bezet),
    organisatieId: toGlobalId('Organisatie', k.organisatieId),
    organisatienaam: extra.organisatienaam,
    status: k.status,
    budget: extra.budget,
  };
}

@ObjectType('HeitjeDeelname')
export class HeitjeDeelnameModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  klusId!: string;
  @Field()
  klustitel!: string;
  @PersoonsgegevenVeld()
  @Field()
  naam!: string;
  @Field(() => DeelnameStatus)
  status!: DeelnameStatus;
  @Field(() => String, { nullable: true })
  notitie!: string | null;
  @Field(() => DatumTijdScalar)
  geclaimdOp!: Date;
  @Field(() => DatumTijdScalar, { nullable: true })
  voltooidOp!: Date | null;
}

@ObjectType('HeitjeMutatie')
export class HeitjeMutatieModel {
  @Field(() => DatumTijdScalar)
  op!: Date;
  @Field(() => TransactieSoort)
  soort!: TransactieSoort;
  @Field()
  omschrijving!: string;
  @Field(() => Int, { description: 'Heitjes in (+) or out (−) of the wallet.' })
  bedrag!: number;
}

@ObjectType('HeitjePortemonnee')
export class HeitjePortemonneeModel {
  @Field(() => Int)
  saldo!: number;
  @Field(() => Int)
  verdiendDitJaar!: number;
  @Field(() => Int, { description: 'The most a resident may earn this calendar year.' })
  jaarplafond!: number;
  @Field(() => [HeitjeDeelnameModel])
  deelnames!: HeitjeDeelnameModel[];
  @Field(() => [HeitjeMutatieModel], { description: 'The latest 20 movements.' })
  mutaties!: HeitjeMutatieModel[];
}

@ObjectType('HeitjeBetaalcode')
export class HeitjeBetaalcodeModel {
  @Field()
  code!: string;
  @Field(() => Int)
  bedrag!: number;
  @Field(() => DatumTijdScalar)
  geldigTot!: Date;
}

@ObjectType('HeitjeWinkel')
export class HeitjeWinkelModel {
  @Field(() => ID)
  id!: string;
  @Field()
  naam!: string;
  @Field(() => ID)
  organisatieId!: string;
  @Field()
  actief!: boolean;
}

@ObjectType('HeitjeBetaling')
export class HeitjeBetalingModel {
  @Field(() => Int)
  bedrag!: number;
  @Field()
  winkel!: string;
  @Field(() => DatumTijdScalar)
  op!: Date;
}

@ObjectType('HeitjeAfrekeningsregel', { description: "One shop's month: heitjes accepted and what the municipality pays." })
export class HeitjeAfrekeningsregelModel {
  @Field(() => ID)
  winkelId!: string;
  @Field()
  winkel!: string;
  @Field(() => Int)
  betalingen!: number;
  @Field(() => Int)
  heitjes!: number;
  @Field(() => CentenScalar)
  bedrag!: number;
}
