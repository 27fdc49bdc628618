export { InitiativesModule } from './initiatives.module';
export { InitiatievenService } from './initiatieven.service';
export {
  InitiatiefEntity,
  OndersteuningsaanvraagEntity,
  StatusWijzigingEntity,
  ReferentietellerEntity,
  InitiatiefStatus,
  BesluitUitkomst,
} from './initiatief.entity';
export { InitiatiefModel, toInitiatiefModel } from './initiatief.model';
export { initiatiefLoaders } from './initiatieven.loader';
export { OVERGANGEN, PUBLIEKE_STATUSSEN, controleerOvergang, toetsInitiatief } from './initiatief.rules';
export { BuurtpanelService } from './buurtpanel.service';
export { BuurtpanelEntity, BuurtpanelLidEntity, PanelstemmingEntity, PanelstemEntity, Stemkeuze } from './buurtpanel.entity';
export { BuurtpanelModel, PanelstemmingModel } from './buurtpanel.model';
export { BehoeftenPoort, type BeantwoordtBehoefte } from './behoeften.poort';
