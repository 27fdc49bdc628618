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
  BesluitResolver,
  BuurtInitiatievenResolver,
  InitiatiefResolver,
  OndersteuningsaanvraagResolver,
} from './initiatieven.resolver';
import { InitiatievenService } from './initiatieven.service';
import { InitiatiefGewijzigdResolver } from './initiatief-gewijzigd.resolver';
import { InitiatiefGewijzigdService } from './initiatief-gewijzigd.service';
import { OpenDataInitiatievenController } from './open-data.controller';
import { TermijnBijwerker } from './termijn.bijwerker';
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
      TenderBeoordelingEntity,
      TenderVerdelingEntity,
    ]),
  ],
  controllers: [OpenDataInitiatievenController],
  providers: [
    InitiatievenService,
    InitiatiefGewijzigdService,
    InitiatiefGewijzigdResolver,
    InitiatiefResolver,
    BesluitResolver,
    OndersteuningsaanvraagResolver,
    BuurtInitiatievenResolver,
    ActiviteitInitiatiefResolver,
    InitiatiefTermijnResolver,
    BuurtpanelService,
    BuurtpanelResolver,
    PanelstemmingResolver,
    PanelstemmingSluiter,
    TermijnBijwerker,
    GrootboekService,
    BesluitvoorbereidingService,
    BesluitvoorbereidingResolver,
    TenderService,
    TenderResolver,
  ],
  exports: [InitiatievenService, BuurtpanelService],
})
export class InitiativesModule {}
