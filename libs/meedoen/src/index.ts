export { MeedoenModule } from './meedoen.module';
export { VrijwilligersService } from './vrijwilligers.service';
export { VrijwilligersMatching, laadMatchInterval } from './vrijwilligers-matching';
export {
  VerzoekStatus,
  VrijwilligersaanmeldingEntity,
  VrijwilligersprofielEntity,
  VrijwilligerStatus,
  VrijwilligersThema,
  VrijwilligersverzoekEntity,
} from './vrijwilligers.entity';
export { VrijwilligersverzoekModel, toVrijwilligersverzoekModel } from './vrijwilligers.model';
export { BijlagenService } from './bijlagen/bijlagen.service';
export { BijlageEntity, BijlageRecord } from './bijlagen/bijlage.entity';
export { type BijlageOpslag, LokaleOpslag, S3Opslag } from './bijlagen/bijlage-opslag';
export { laadBijlagenConfig } from './bijlagen/bijlage.config';
export { BuurtvolgenService, laadOverzichtInterval } from './buurtvolgen/buurtvolgen.service';
export { BuurtvolgerEntity } from './buurtvolgen/buurtvolger.entity';
export { SamenwerkingsverzoekEntity, SamenwerkingStatus } from './samenwerking/samenwerkingsverzoek.entity';
