import { InitiatiefTermijnResolver } from './termijn.resolver';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { ConflictOfInterestModule } from '@buurtwerk/conflict-of-interest';
import { PartnersModule } from '@buurtwerk/partners';
import { SubsidieregelsModule } from '@buurtwerk/subsidieregels';
import { BuurtpanelEntity, BuurtpanelLidEntity, PanelstemEntity, PanelstemmingEntity } from './buurtpanel.entity';
import { BuurtpanelResolver, PanelstemmingResolver } from './buurtpanel.resolver';
import { BuurtpanelService } from './buurtpanel.service';
import { PanelstemmingSluiter } from './buurtpanel.sluiter';
import {
  InitiatiefEntity,
  OndersteuningsaanvraagEntity,
  ReferentietellerEntity,
  StatusWijzigingEntity,
} from './initiatief.entity';
import {
  ActiviteitInitiatiefResolver,
  BuurtInitiatievenResolver,
  InitiatiefResolver,
  OndersteuningsaanvraagResolver,
} from './initiatieven.resolver';
import { InitiatievenService } from './initiatieven.service';
import { DossierService } from './dossier.service';
import { IndieningService } from './indiening.service';
import { BehandelingService } from './behandeling.service';
import { AanvraagbesluitService } from './aanvraagbesluit.service';
import { VaststellingService } from './vaststelling.service';
import { BesluitEntity } from './besluit.entity';
import { BesluitenService } from './besluiten.service';
import { BesluitResolver, InitiatiefBesluitenResolver } from './besluiten.resolver';
import { BerichtkanaalkeuzeEntity, BriefEntity, BrieftekstEntity } from './brieven/brief.entity';
import { BrievenController } from './brieven/brieven.controller';
import { BesluitBriefResolver, InitiatiefBrievenResolver } from './brieven/brieven.resolver';
import { BrievenService } from './brieven/brieven.service';
import { InitiatiefGewijzigdResolver } from './initiatief-gewijzigd.resolver';
import { InitiatiefGewijzigdService } from './initiatief-gewijzigd.service';
import { OpenDataInitiatievenController } from './open-data.controller';
import { TermijnBijwerker } from './termijn.bijwerker';
import { AanvullingService } from './aanvulling.service';
import { VerdagingService } from './verdaging.service';
import { DwangsomService } from './dwangsom.service';
import { BesluitDwangsomResolver, DwangsomResolver } from './dwangsom.resolver';
import { TermijnHandelingenResolver } from './termijnhandelingen.resolver';
import { BehoeftenPoort } from './behoeften.poort';
import { InitiatiefHaken } from './initiatief.haken';
import { GrootboekService } from './grootboek.service';
import { BesluitvoorbereidingService } from './besluitvoorbereiding.service';
import { BesluitvoorbereidingResolver } from './besluitvoorbereiding.resolver';
import { TenderBeoordelingEntity, TenderVerdelingEntity } from './tender.entity';
import { TenderService } from './tender.service';
import { TenderResolver } from './tender.resolver';

@Module({
  imports: [
    BuurtenModule,
    PartnersModule,
    SubsidieregelsModule,
    ConflictOfInterestModule,
    TypeOrmModule.forFeature([
      InitiatiefEntity,
      OndersteuningsaanvraagEntity,
      StatusWijzigingEntity,
      ReferentietellerEntity,
      BuurtpanelEntity,
      BuurtpanelLidEntity,
      PanelstemmingEntity,
      PanelstemEntity,
      BesluitEntity,
      BriefEntity,
      BrieftekstEntity,
      BerichtkanaalkeuzeEntity,
      TenderBeoordelingEntity,
      TenderVerdelingEntity,
    ]),
  ],
  controllers: [OpenDataInitiatievenController, BrievenController],
  providers: [
    InitiatievenService,
    DossierService,
    IndieningService,
    BehandelingService,
    AanvraagbesluitService,
    VaststellingService,
    BesluitenService,
    BrievenService,
    InitiatiefBrievenResolver,
    BesluitBriefResolver,
    BesluitResolver,
    InitiatiefBesluitenResolver,
    InitiatiefGewijzigdService,
    InitiatiefGewijzigdResolver,
    InitiatiefResolver,
    OndersteuningsaanvraagResolver,
    BuurtInitiatievenResolver,
    ActiviteitInitiatiefResolver,
    InitiatiefTermijnResolver,
    BuurtpanelService,
    BuurtpanelResolver,
    PanelstemmingResolver,
    PanelstemmingSluiter,
    TermijnBijwerker,
    AanvullingService,
    VerdagingService,
    DwangsomService,
    DwangsomResolver,
    BesluitDwangsomResolver,
    TermijnHandelingenResolver,
    BehoeftenPoort,
    InitiatiefHaken,
    GrootboekService,
    BesluitvoorbereidingService,
    BesluitvoorbereidingResolver,
    TenderService,
    TenderResolver,
  ],
  exports: [
    InitiatievenService,
    DossierService,
    IndieningService,
    BehandelingService,
    AanvraagbesluitService,
    VaststellingService,
    BuurtpanelService,
    BesluitenService,
    BehoeftenPoort,
    BrievenService,
    InitiatiefHaken,
  ],
})
export class InitiativesModule {}
