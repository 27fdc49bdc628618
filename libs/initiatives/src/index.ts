export { InitiativesModule } from './initiatives.module';
export { InitiatievenService } from './initiatieven.service';
export {
  InitiatiefEntity,
  OndersteuningsaanvraagEntity,
  StatusWijzigingEntity,
  ReferentietellerEntity,
  InitiatiefStatus,
  BesluitUitkomst,
  VaststellingsGrond,
} from './initiatief.entity';
export { InitiatiefModel, toInitiatiefModel } from './initiatief.model';
export { initiatiefLoaders } from './initiatieven.loader';
export { OVERGANGEN, PUBLIEKE_STATUSSEN, controleerOvergang, toetsInitiatief } from './initiatief.rules';
export { BuurtpanelService } from './buurtpanel.service';
export { BuurtpanelEntity, BuurtpanelLidEntity, PanelstemmingEntity, PanelstemEntity, Stemkeuze } from './buurtpanel.entity';
export { BuurtpanelModel, PanelstemmingModel } from './buurtpanel.model';
export { TermijnStatus, termijnStatus, WAARSCHUWINGSDAGEN } from './termijn.rules';
export type { BezwaarHerziening } from './dossier.rules';
export { AanvraagbesluitService } from './aanvraagbesluit.service';
export { IndieningService } from './indiening.service';
export { BehandelingService } from './behandeling.service';
export { VaststellingService } from './vaststelling.service';
export { DossierService } from './dossier.service';
export type { Bedragregel, Initiatiefcijfer } from './initiatieven.service';
export { BesluitenService, type BesluitInvoer } from './besluiten.service';
export { BesluitEntity, BesluitSoort, type BesluitRegel } from './besluit.entity';
export { BesluitModel, toBesluitModel } from './besluit.model';
export { BESTUURSORGAAN, MANDAATREGELING, mandaatTekst, uitkomstVan, AANVRAAGBESLUITEN } from './besluit.rules';
export { BehoeftenPoort, type BeantwoordtBehoefte } from './behoeften.poort';
export { BrievenService, BRIEF_MAIL, BRIEFTEKST_SOORTEN, type BezwaarbriefInvoer } from './brieven/brieven.service';
export { type BriefDocument, type Blok, datumVoluit, briefAlsTekst } from './brieven/brief.document';
export { GEMEENTE_AFZENDER, BEZWAAR_POSTADRES } from './brieven/brief.inhoud';
export { briefLoaders } from './brieven/brieven.loader';
export { briefHtml } from './brieven/brief.html';
export { briefPdf } from './brieven/brief.pdf';
export { BriefEntity, BriefSoort, Berichtkanaal, BriefBlok } from './brieven/brief.entity';
export { BriefModel, toBriefModel } from './brieven/brief.model';
export {
  InitiatiefHaken,
  type InitiatiefHaak,
  type StatusWijzigingGebeurtenis,
  type BesluitGebeurtenis,
} from './initiatief.haken';
