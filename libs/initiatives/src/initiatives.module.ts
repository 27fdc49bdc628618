import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuurtenModule } from '@buurtwerk/buurten';
import { ConflictOfInterestModule } from '@buurtwerk/conflict-of-interest';
import { PartnersModule } from '@buurtwerk/partners';
import { SubsidieregelsModule } from '@buurtwerk/subsidieregels';
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

@Module({
  imports: [
    BuurtenModule,
    PartnersModule,
    SubsidieregelsModule,
    ConflictOfInterestModule,
    TypeOrmModule.forFeature([InitiatiefEntity, OndersteuningsaanvraagEntity, StatusWijzigingEntity, ReferentietellerEntity]),
  ],
  providers: [
    InitiatievenService,
    InitiatiefResolver,
    BesluitResolver,
    OndersteuningsaanvraagResolver,
    BuurtInitiatievenResolver,
    ActiviteitInitiatiefResolver,
  ],
  exports: [InitiatievenService],
})
export class InitiativesModule {}
