import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DatumTijdScalar, toGlobalId } from '@buurtwerk/core';
import type { BijlageEntity } from './bijlage.entity';

@ObjectType('Bijlage', { description: 'A photo or document attached to a record; download it at `url`.' })
export class BijlageModel {
  @Field(() => ID)
  id!: string;
  @Field()
  bestandsnaam!: string;
  @Field({ description: 'The type sniffed from the content (not the one the uploader sent).' })
  inhoudstype!: string;
  @Field(() => Int, { description: 'Size in bytes.' })
  grootte!: number;
  @Field({ description: 'Path of the download, relative to the API (GET; access follows the record).' })
  url!: string;
  @Field(() => DatumTijdScalar)
  aangemaaktOp!: Date;
}

export function toBijlageModel(e: BijlageEntity): BijlageModel {
  return Object.assign(new BijlageModel(), {
    id: toGlobalId('Bijlage', e.id),
    bestandsnaam: e.bestandsnaam,
    inhoudstype: e.inhoudstype,
    grootte: e.grootte,
    url: `/api/v1/bijlagen/${e.id}`,
    aangemaaktOp: e.aangemaaktOp,
  });
}
