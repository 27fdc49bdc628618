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
